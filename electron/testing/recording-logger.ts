// A logger that keeps its entries in memory, so tests can assert what was logged.

import type { LogFields, Logger, LogLevel } from '../log.js';

/** One logged line. */
export interface LogEntry {
  readonly level: LogLevel;
  readonly message: string;
  readonly fields: LogFields;
}

/** Creates a logger and the list it appends every entry to. */
export function recordingLogger(): { readonly log: Logger; readonly entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const record =
    (level: LogLevel) =>
    (message: string, fields: LogFields = {}): void => {
      entries.push({ level, message, fields });
    };
  return {
    log: {
      debug: record('debug'),
      info: record('info'),
      warn: record('warn'),
      error: record('error'),
    },
    entries,
  };
}
