// The one logger of the main process and the command. Lines go to standard error as
// `time level message key=value...`, at `info` and above unless QUAYSIDE_LOG_LEVEL sets another
// level. The command sets `warn`, so that its output stays what `docker rmi` prints. The log file
// (QUAYSIDE_LOG_FILE; empty for none) receives `info` and above at any level, so every removal can
// be undone by hand.

import { appendFileSync } from 'node:fs';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Structured fields of one log line. */
export type LogFields = Readonly<Record<string, string | number | boolean | null>>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Where a logger writes: standard error from `level` up, and a file from `info` up. */
export interface LogOptions {
  readonly level: LogLevel;
  readonly file: string | null;
  readonly write: (line: string) => void;
}

function isLogLevel(value: string | undefined): value is LogLevel {
  return value !== undefined && value in rank;
}

function formatValue(value: string | number | boolean | null): string {
  const text = String(value);
  return /^[^\s"=]+$/.test(text) ? text : JSON.stringify(text);
}

function formatLine(level: LogLevel, message: string, fields: LogFields): string {
  const pairs = Object.entries(fields).map(([key, value]) => `${key}=${formatValue(value)}`);
  return [new Date().toISOString(), level.toUpperCase(), message, ...pairs].join(' ');
}

/** Creates a logger; the defaults come from QUAYSIDE_LOG_LEVEL and QUAYSIDE_LOG_FILE. */
export function createLogger(options: Partial<LogOptions> = {}): Logger {
  const envLevel = process.env.QUAYSIDE_LOG_LEVEL;
  const level = options.level ?? (isLogLevel(envLevel) ? envLevel : 'info');
  const envFile = process.env.QUAYSIDE_LOG_FILE;
  const fromEnv = envFile === undefined || envFile === '' ? null : envFile;
  const file = options.file === undefined ? fromEnv : options.file;
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));

  const log = (lineLevel: LogLevel, message: string, fields: LogFields = {}): void => {
    const line = formatLine(lineLevel, message, fields);
    if (rank[lineLevel] >= rank[level]) {
      write(line);
    }
    if (file !== null && rank[lineLevel] >= rank.info) {
      appendFileSync(file, line + '\n');
    }
  };

  return {
    debug: (message, fields) => {
      log('debug', message, fields);
    },
    info: (message, fields) => {
      log('info', message, fields);
    },
    warn: (message, fields) => {
      log('warn', message, fields);
    },
    error: (message, fields) => {
      log('error', message, fields);
    },
  };
}

function discard(): void {
  // A silent logger writes nowhere.
}

/** A logger that drops everything, for unit tests that do not look at logs. */
export const silentLogger: Logger = createLogger({ level: 'error', file: null, write: discard });
