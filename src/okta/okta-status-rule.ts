import type { SyncErrorCode } from '../errors/sync-error.js';
import type { FailedResponse, HeaderReader } from './okta-failure.js';

/** How the error model treats one failed response. */
export interface StatusRule {
  code: SyncErrorCode;
  retryable: boolean;
  /** What happened and what to do, without the request id. */
  message: string;
  /** For 429: seconds until Okta's rate-limit window resets. */
  retryAfterSeconds?: number;
}

interface StatusText {
  code: SyncErrorCode;
  retryable: boolean;
  what: string;
  advice: string;
}

const STATUS_TEXTS: Readonly<Record<number, StatusText>> = {
  400: {
    code: 'ERR_OKTA_INVALID_QUERY',
    retryable: false,
    what: 'Okta refused the query',
    advice: 'check the listing filter and that the resume cursor came from this org',
  },
  401: {
    code: 'ERR_OKTA_UNAUTHORIZED',
    retryable: false,
    what: 'Okta rejected the credentials',
    advice:
      'check the API token is current and was pasted whole (a token expires after ' +
      '30 days unused or when its admin is deactivated); for a service app, check ' +
      'it still exists and is active',
  },
  403: {
    code: 'ERR_OKTA_FORBIDDEN',
    retryable: false,
    what: 'Okta refused the request',
    advice:
      "give the token's admin a role that can read users, and check the " +
      "token's network zone allows this machine",
  },
  404: {
    code: 'ERR_OKTA_NOT_FOUND',
    retryable: false,
    what: 'Okta found nothing at this address',
    advice: 'check the org URL and the user id',
  },
};

/**
 * Classifies a failed response by its HTTP status: the library error code,
 * whether a retry may help, and a message that says what to do.
 */
export function describeStatus(response: FailedResponse): StatusRule {
  if (response.status === 429) {
    return describeRateLimit(response);
  }

  if (response.status >= 500) {
    return describeUnavailable(response);
  }

  const text = STATUS_TEXTS[response.status] ?? unexpectedStatus(response.status);
  const causes = describeCauses(response);
  const message = `${text.what} (${label(response)}): ${text.advice}${causes}`;

  return { code: text.code, retryable: text.retryable, message };
}

function describeRateLimit(response: FailedResponse): StatusRule {
  if (response.headers?.get('x-rate-limit-limit') === '0') {
    return describeConcurrencyLimit(response);
  }

  const retryAfterSeconds = readRetryAfterSeconds(response.headers);
  const when = retryAfterSeconds === undefined ? 'later' : `in ${retryAfterSeconds} s`;
  const message =
    `Okta's rate limit was reached (${label(response)}): retry ${when}, run ` +
    "fewer syncs at once, or raise the token's share of the rate limit";

  return {
    code: 'ERR_OKTA_RATE_LIMITED',
    retryable: true,
    message,
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };
}

// Limit 0 marks Okta's concurrency limit: its reset is only an estimate.
function describeConcurrencyLimit(response: FailedResponse): StatusRule {
  const message =
    `Too many requests to Okta were in flight at once (${label(response)}): ` +
    'retry shortly, and run fewer syncs or other integrations at the same time';

  return { code: 'ERR_OKTA_RATE_LIMITED', retryable: true, message, retryAfterSeconds: 1 };
}

function describeUnavailable(response: FailedResponse): StatusRule {
  const message =
    `Okta could not answer (${label(response)}): retry later; a 500 on a ` +
    'listing often means it timed out, so a smaller pageSize may help';

  return { code: 'ERR_OKTA_UNAVAILABLE', retryable: true, message };
}

function unexpectedStatus(status: number): StatusText {
  return {
    code: 'ERR_OKTA_UNEXPECTED_RESPONSE',
    retryable: false,
    what: `Okta answered with HTTP ${status}, which a read never expects`,
    advice: 'check the org URL points at an Okta org and that no proxy sits in between',
  };
}

/**
 * Seconds from the response's `Date` to `X-Rate-Limit-Reset` (epoch
 * seconds), both from Okta's clock so local clock skew does not matter.
 */
function readRetryAfterSeconds(headers: HeaderReader | undefined): number | undefined {
  const resetSeconds = Number(headers?.get('x-rate-limit-reset') ?? Number.NaN);
  const dateMs = Date.parse(headers?.get('date') ?? '');

  if (!Number.isFinite(resetSeconds)) {
    return undefined;
  }

  const nowMs = Number.isNaN(dateMs) ? Date.now() : dateMs;

  return Math.max(0, Math.ceil((resetSeconds * 1000 - nowMs) / 1000));
}

function label(response: FailedResponse): string {
  return response.errorCode ?? `HTTP ${response.status}`;
}

function describeCauses(response: FailedResponse): string {
  const summaries = response.errorCauses.map((cause) => cause.errorSummary);

  return summaries.length === 0 ? '' : `. Okta says: ${summaries.join('; ')}`;
}
