// Text helpers of `quayside images` and `quayside ps`: Docker's table layout, relative times and
// decimal sizes, so the output reads like `docker images`.

/** Docker's tabwriter settings: cells at least 10 wide, 3 spaces between columns. */
const minCellWidth = 10;
const cellPadding = 3;

/** Counts code points, as Go's tabwriter counts runes. */
function runeCount(text: string): number {
  return Array.from(text).length;
}

/** Lays out rows as Docker's tabwriter: every column but the last padded to a common width. */
export function formatTable(rows: readonly (readonly string[])[]): readonly string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.slice(0, -1).forEach((cell, column) => {
      const width = Math.max(minCellWidth, runeCount(cell) + cellPadding);
      widths[column] = Math.max(widths[column] ?? 0, width);
    });
  }
  return rows.map((row) => {
    const cells = row.map((cell, column) => {
      const padding = (widths[column] ?? 0) - runeCount(cell);
      return column < row.length - 1 ? cell + ' '.repeat(Math.max(0, padding)) : cell;
    });
    return cells.join('').trimEnd();
  });
}

/**
 * Formats a duration as Docker's `HumanDuration` (docker/go-units): `Less than a second`,
 * `About a minute`, `3 minutes`, `About an hour`, `5 hours`, `3 days`, `2 weeks`, `4 months`.
 */
export function humanDuration(milliseconds: number): string {
  const seconds = Math.trunc(milliseconds / 1000);
  const minutes = Math.trunc(seconds / 60);
  const hours = Math.round(milliseconds / 3_600_000);
  if (seconds < 1) {
    return 'Less than a second';
  }
  if (seconds === 1) {
    return '1 second';
  }
  if (seconds < 60) {
    return `${seconds} seconds`;
  }
  if (minutes === 1) {
    return 'About a minute';
  }
  if (minutes < 60) {
    return `${minutes} minutes`;
  }
  if (hours === 1) {
    return 'About an hour';
  }
  if (hours < 48) {
    return `${hours} hours`;
  }
  if (hours < 24 * 7 * 2) {
    return `${Math.trunc(hours / 24)} days`;
  }
  if (hours < 24 * 30 * 2) {
    return `${Math.trunc(hours / 24 / 7)} weeks`;
  }
  if (hours < 24 * 365 * 2) {
    return `${Math.trunc(hours / 24 / 30)} months`;
  }
  return `${Math.trunc(Math.trunc(milliseconds / 3_600_000) / 24 / 365)} years`;
}

/** Formats a number as Go's `%.<precision>g`: significant digits, trailing zeros dropped. */
function formatSignificant(value: number, precision: number): string {
  if (value === 0) {
    return '0';
  }
  const [mantissa = '0', exponentText = '0'] = value.toExponential(precision - 1).split('e');
  const exponent = Number(exponentText);
  const trimZeros = (text: string): string =>
    text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  if (exponent < -4 || exponent >= precision) {
    const sign = exponent < 0 ? '-' : '+';
    return `${trimZeros(mantissa)}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return trimZeros(value.toFixed(Math.max(0, precision - 1 - exponent)));
}

const decimalUnits = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];

/** Formats bytes as Docker's `HumanSizeWithPrecision(size, 3)`: decimal units, `24.8MB`. */
export function humanSize(bytes: number): string {
  let size = bytes;
  let unit = 0;
  while (size >= 1000 && unit < decimalUnits.length - 1) {
    size /= 1000;
    unit += 1;
  }
  return `${formatSignificant(size, 3)}${decimalUnits[unit] ?? ''}`;
}

/** Formats how long ago an ISO 8601 time was, as `docker images`; `N/A` without a time. */
export function createdSince(created: string | null, now: Date): string {
  if (created === null) {
    return 'N/A';
  }
  return `${humanDuration(now.getTime() - Date.parse(created))} ago`;
}
