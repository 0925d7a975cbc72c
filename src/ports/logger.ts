/** Structured fields attached to a log line. Never put secrets here. */
export type LogFields = Record<string, unknown>;

/**
 * Where the library writes diagnostics, when a host wants them. The library
 * logs nothing by default; pass a logger (pino fits this shape) to opt in.
 */
export interface Logger {
  /** Detail for tracing what the library did. Must not throw. */
  debug(message: string, fields?: LogFields): void;
  /** Something worth knowing that needs nobody to act. Must not throw. */
  info(message: string, fields?: LogFields): void;
  /**
   * Something went wrong that the library worked around, such as a
   * starter's activation that could not be queued. Must not throw.
   */
  warn(message: string, fields?: LogFields): void;
  /** Something failed that someone should look at. Must not throw. */
  error(message: string, fields?: LogFields): void;
}

/** A logger that discards everything: the default. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};
