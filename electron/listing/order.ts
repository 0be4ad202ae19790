// Row order shared by the tables: newest first, as `docker images` and `docker ps` show them.

/** Compares two ISO 8601 times, newest first; a missing time goes last. */
export function compareNewestFirst(a: string | null, b: string | null): number {
  if (a === b) {
    return 0;
  }
  if (a === null) {
    return 1;
  }
  if (b === null) {
    return -1;
  }
  return a < b ? 1 : -1;
}

/** Compares two strings by code unit, so the order does not depend on the locale. */
export function compareText(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
