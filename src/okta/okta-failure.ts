import type { OktaErrorCause } from '../errors/okta-request-error.js';

/** Reads response headers by name, case-insensitively, as fetch does. */
export interface HeaderReader {
  get(name: string): string | null;
}

/**
 * A response that arrived whole but cannot be used: a body that is not the
 * JSON Okta documents, or a next link (or a stored one) that leaves the
 * org's user listing. The adapter describes it and hands it to
 * `toOktaRequestError`.
 */
export interface UnusableResponse {
  kind: 'unusable-response';
  /** What is wrong, as the start of a sentence. */
  problem: string;
  /** What to do; by default, check the org URL and any proxy. */
  advice?: string;
  status?: number;
  headers?: HeaderReader;
  cause?: unknown;
}

/**
 * Okta's token endpoint refusing a service app's token request with an
 * OAuth error body (`{"error": …, "error_description": …}`). The SDK does
 * not turn that into an error of its own, so the executor hands it to
 * `toOktaRequestError`.
 */
export interface TokenRefusal {
  kind: 'token-refused';
  status: number;
  /** OAuth's `error`, such as `invalid_client`. */
  error: string;
  errorDescription: string | undefined;
  headers?: HeaderReader;
}

/** True when `value` is a {@link TokenRefusal}. */
export function isTokenRefusal(value: unknown): value is TokenRefusal {
  return isRecord(value) && value.kind === 'token-refused';
}

/** The parts of a failed Okta response that the error model keeps. */
export interface FailedResponse {
  status: number;
  headers: HeaderReader | undefined;
  errorCode: string | undefined;
  errorSummary: string | undefined;
  errorId: string | undefined;
  errorCauses: OktaErrorCause[];
}

/** True when `value` is an {@link UnusableResponse}. */
export function isUnusableResponse(value: unknown): value is UnusableResponse {
  return isRecord(value) && value.kind === 'unusable-response';
}

/**
 * Reads a failed response from what the SDK threw: its `OktaApiError` (JSON
 * body) or its unexported `HttpError` (any other body). Both carry `status`
 * and `headers`; only the first has Okta's fields. Undefined when `value`
 * is not a response failure.
 */
export function readFailedResponse(value: unknown): FailedResponse | undefined {
  const status = isRecord(value) ? Number(value.status) : Number.NaN;

  if (!isRecord(value) || !Number.isInteger(status) || status < 100) {
    return undefined;
  }

  return {
    status,
    headers: isHeaderReader(value.headers) ? value.headers : undefined,
    errorCode: readString(value.errorCode),
    errorSummary: readString(value.errorSummary),
    errorId: readString(value.errorId),
    errorCauses: readCauses(value.errorCauses),
  };
}

/** Reads a string property of an unknown value, if it has one. */
export function readStringProperty(value: unknown, key: string): string | undefined {
  return isRecord(value) ? readString(value[key]) : undefined;
}

function readCauses(value: unknown): OktaErrorCause[] {
  if (!Array.isArray(value)) {
    return [];
  }

  const summaries = value.map((cause) => readStringProperty(cause, 'errorSummary'));

  return summaries
    .filter((summary) => summary !== undefined)
    .map((errorSummary) => ({ errorSummary }));
}

function readString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function isHeaderReader(value: unknown): value is HeaderReader {
  return isRecord(value) && typeof value.get === 'function';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
