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

/** The one structured (JSON lines) logger of the process. */
export function createLogger(opts: Partial<LoggerOptions> = {}): pino.Logger {
  const { level, destination } = { ...defaultLoggerOptions, ...opts };
  return destination ? pino({ level }, destination) : pino({ level });
}
