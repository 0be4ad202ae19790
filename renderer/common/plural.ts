/** Returns `one` for a count of 1, else `many`. */
export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/** Joins names as a sentence does: `a`, `a and b`, `a, b and c`. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) {
    return names[0] ?? '';
  }
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}
