import { SyncError, type SyncErrorCode } from './sync-error.js';

/** One entry of Okta's `errorCauses`. */
export interface OktaErrorCause {
  /** Okta's sentence about one thing wrong with the request. */
  errorSummary: string;
}

/** What is known about a failed Okta request. Secrets are never kept. */
export interface OktaRequestErrorDetails {
  /** HTTP status, or undefined when no response arrived. */
  status?: number;
  /** Okta's `errorCode`, such as `E0000011`. */
  oktaErrorCode?: string;
  /** Okta's `errorId`, quoted when asking Okta support. */
  oktaErrorId?: string;
  /** Okta's `errorCauses`, empty when Okta gave none. */
  errorCauses?: readonly OktaErrorCause[];
  /** The `X-Okta-Request-Id` response header. */
  requestId?: string;
  /** Whether repeating the same request later may succeed. */
  retryable: boolean;
  /** For rate limits: seconds until Okta's window resets. */
  retryAfterSeconds?: number;
  /** The lower-level failure, such as the SDK's or the network's error. */
  cause?: unknown;
}

/** A request to Okta that failed, with Okta's own error details. */
export class OktaRequestError extends SyncError {
  /** HTTP status, or undefined when no response arrived. */
  readonly status: number | undefined;
  /** Okta's `errorCode`, such as `E0000011`, when Okta sent one. */
  readonly oktaErrorCode: string | undefined;
  /** Okta's `errorId`: quote it when asking Okta support. */
  readonly oktaErrorId: string | undefined;
  /** Okta's `errorCauses`; empty when Okta gave none. */
  readonly errorCauses: readonly OktaErrorCause[];
  /** The `X-Okta-Request-Id` response header, when there was a response. */
  readonly requestId: string | undefined;
  /**
   * True when the same request may succeed later (a rate limit, Okta
   * briefly down); false when someone must fix something first.
   */
  readonly retryable: boolean;
  /** For rate limits: seconds until Okta's window resets; else undefined. */
  readonly retryAfterSeconds: number | undefined;

  constructor(code: SyncErrorCode, message: string, details: OktaRequestErrorDetails) {
    super(code, message, { cause: details.cause });
    this.status = details.status;
    this.oktaErrorCode = details.oktaErrorCode;
    this.oktaErrorId = details.oktaErrorId;
    this.errorCauses = details.errorCauses ?? [];
    this.requestId = details.requestId;
    this.retryable = details.retryable;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}
