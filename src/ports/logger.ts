/** Structured fields attached to a log line. Never put secrets here. */
export type LogFields = Record<string, unknown>;

/**
 * Where the library writes diagnostics, when a host wants them. The library
 * logs nothing by default; pass a logger (pino fits this shape) to opt in.
 */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** A logger that discards everything: the default. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};
