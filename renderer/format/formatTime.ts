// Times as the tables show them: relative to now, with the full local time for a title.

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'always' });

const steps: readonly { readonly unit: Intl.RelativeTimeFormatUnit; readonly seconds: number }[] = [
  { unit: 'year', seconds: 365 * 24 * 3600 },
  { unit: 'month', seconds: 30 * 24 * 3600 },
  { unit: 'week', seconds: 7 * 24 * 3600 },
  { unit: 'day', seconds: 24 * 3600 },
  { unit: 'hour', seconds: 3600 },
  { unit: 'minute', seconds: 60 },
];

/** Formats an ISO 8601 time relative to `now`, for example `3 minutes ago`. */
export function formatRelativeTime(iso: string, now: number): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) {
    return 'unknown';
  }
  const elapsed = Math.round((now - time) / 1000);
  const magnitude = Math.abs(elapsed);
  for (const step of steps) {
    if (magnitude >= step.seconds) {
      return relative.format(-Math.trunc(elapsed / step.seconds), step.unit);
    }
  }
  return magnitude < 5 ? 'just now' : relative.format(-elapsed, 'second');
}

/** Formats an ISO 8601 time in full, in the user's locale and time zone. */
export function formatFullTime(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : time.toLocaleString();
}
