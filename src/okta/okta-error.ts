import { OktaRequestError } from '../errors/okta-request-error.js';
import type { SyncErrorCode } from '../errors/sync-error.js';
import {
  type FailedResponse,
  type HeaderReader,
  isTokenRefusal,
  isUnusableResponse,
  readFailedResponse,
  readStringProperty,
  type TokenRefusal,
  type UnusableResponse,
} from './okta-failure.js';
import { describeStatus } from './okta-status-rule.js';
import { describeTokenRefusal } from './token-refusal-rule.js';

const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

// node-fetch's FetchError types that mean the connection failed or stalled.
const NETWORK_FETCH_TYPES = new Set(['system', 'request-timeout', 'body-timeout']);

const DEFAULT_UNUSABLE_ADVICE =
  'check the org URL points at an Okta org and that no proxy rewrites its answers';

/**
 * The one place that turns a failed Okta request into an
 * `OktaRequestError`. Accepts what the SDK throws (`OktaApiError`, its
 * `HttpError`, node-fetch's `FetchError`), any transport error, an
 * unusable response or a token refusal (this module's own), or an
 * `OktaRequestError`, which it returns as it is. Messages say what to do
 * and never contain the API token.
 */
export function toOktaRequestError(failure: unknown): OktaRequestError {
  if (failure instanceof OktaRequestError) {
    return failure;
  }

  if (isUnusableResponse(failure)) {
    return fromUnusableResponse(failure);
  }

  if (isTokenRefusal(failure)) {
    return fromTokenRefusal(failure);
  }

  const response = readFailedResponse(failure);

  return response === undefined
    ? fromTransportFailure(failure)
    : fromFailedResponse(response, failure);
}

function fromFailedResponse(response: FailedResponse, cause: unknown): OktaRequestError {
  const rule = describeStatus(response);
  const requestId = readRequestId(response.headers);
  const message = rule.message + describeRequestId(requestId);

  return new OktaRequestError(rule.code, message, {
    status: response.status,
    ...optional('oktaErrorCode', response.errorCode),
    ...optional('oktaErrorId', response.errorId),
    errorCauses: response.errorCauses,
    ...optional('requestId', requestId),
    retryable: rule.retryable,
    ...optional('retryAfterSeconds', rule.retryAfterSeconds),
    cause,
  });
}

function fromUnusableResponse(response: UnusableResponse): OktaRequestError {
  const requestId = readRequestId(response.headers);
  const advice = response.advice ?? DEFAULT_UNUSABLE_ADVICE;
  const message = `${response.problem}: ${advice}${describeRequestId(requestId)}`;

  return new OktaRequestError('ERR_OKTA_UNEXPECTED_RESPONSE', message, {
    ...optional('status', response.status),
    ...optional('requestId', requestId),
    retryable: false,
    cause: response.cause,
  });
}

function fromTokenRefusal(refusal: TokenRefusal): OktaRequestError {
  const rule = describeTokenRefusal(refusal);
  const requestId = readRequestId(refusal.headers);

  return new OktaRequestError(rule.code, rule.message + describeRequestId(requestId), {
    status: refusal.status,
    oktaErrorCode: refusal.error,
    ...optional('requestId', requestId),
    retryable: false,
    cause: { error: refusal.error, error_description: refusal.errorDescription },
  });
}

function fromTransportFailure(failure: unknown): OktaRequestError {
  const label = readTransportLabel(failure);

  if (!isNetworkFailure(failure)) {
    return unexpectedFailure(failure, label);
  }

  const message =
    `Could not reach Okta (${label}): check the network, any proxy and the ` +
    'org URL, then retry';

  return new OktaRequestError('ERR_OKTA_NETWORK', message, {
    retryable: true,
    cause: failure,
  });
}

function unexpectedFailure(failure: unknown, label: string): OktaRequestError {
  const message = `The request to Okta failed unexpectedly (${label}): see the error's cause`;
  const code: SyncErrorCode = 'ERR_OKTA_UNEXPECTED_RESPONSE';

  return new OktaRequestError(code, message, { retryable: false, cause: failure });
}

/**
 * True when a thrown value means the connection failed, was reset or
 * stalled past its timeout: no answer came, so a retry may succeed.
 */
export function isNetworkFailure(failure: unknown): boolean {
  const name = readStringProperty(failure, 'name');
  const fetchType = readStringProperty(failure, 'type');
  const code = readErrorCode(failure);

  if (name === 'FetchError') {
    return fetchType !== undefined && NETWORK_FETCH_TYPES.has(fetchType);
  }

  // Global fetch (undici) reports every transport failure as "fetch failed".
  const fetchFailed = readStringProperty(failure, 'message') === 'fetch failed';
  const systemFailure = code !== undefined && NETWORK_CODES.has(code);

  return fetchFailed || systemFailure || name === 'TimeoutError';
}

function readTransportLabel(failure: unknown): string {
  return (
    readErrorCode(failure) ??
    readStringProperty(failure, 'type') ??
    readStringProperty(failure, 'name') ??
    typeof failure
  );
}

function readErrorCode(failure: unknown): string | undefined {
  const cause = failure instanceof Error ? failure.cause : undefined;

  return readStringProperty(failure, 'code') ?? readStringProperty(cause, 'code');
}

function readRequestId(headers: HeaderReader | undefined): string | undefined {
  return headers?.get('x-okta-request-id') ?? undefined;
}

function describeRequestId(requestId: string | undefined): string {
  return requestId === undefined ? '' : ` (Okta request id ${requestId})`;
}

// exactOptionalPropertyTypes forbids `key: undefined`, so absent values are left out.
function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}
