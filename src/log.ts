import pino from "pino";
import type { LogLevel } from "./config.js";

/** Options of createLogger. */
export interface LoggerOptions {
  /** Lowest level written. */
  level: LogLevel;
  /** Where JSON lines go; stdout when unset. Tests pass a stream to read the lines back. */
  destination?: pino.DestinationStream;
}

export const defaultLoggerOptions: LoggerOptions = { level: "info" };

/**
 * The one structured (JSON lines) logger of the process. Stdout is written synchronously: pino's
 * default buffered stream flushes at exit and retries forever once the reader of stdout is gone
 * (EPIPE), so the process never exits; written synchronously, EPIPE just stops the logging.
 */
export function createLogger(opts: Partial<LoggerOptions> = {}): pino.Logger {
  const { level, destination } = { ...defaultLoggerOptions, ...opts };
  return pino({ level }, destination ?? pino.destination({ dest: 1, sync: true }));
}
