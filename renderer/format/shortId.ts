/** Returns the first 12 hex digits of an ID, without `sha256:`, as every message shows IDs. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/**
 * Shortens a container ID to 12 digits when it is 64 hex digits, as Docker generates them. Any
 * other ID is a name a user chose (`ctr run IMAGE web`), so it is returned whole.
 */
export function shortContainerId(id: string): string {
  return /^[0-9a-f]{64}$/.test(id) ? id.slice(0, 12) : id;
}
