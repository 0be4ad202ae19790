/** Returns the first 12 hex digits of an ID, without `sha256:`, as every message shows IDs. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}
