// Sizes as Docker prints them: decimal units (1 kB = 1000 bytes) and three significant digits, the
// same as the SIZE column of `quayside images`.

const units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'] as const;

/** Formats a byte count like `docker images`, with a space before the unit: `24.8 MB`. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  // Number(toPrecision) drops the trailing zeros, as Go's `%.3g` does.
  return `${Number(value.toPrecision(3))} ${units[unit] ?? 'B'}`;
}
