import { eventHookHandlerOptionsSchema } from '../config/event-hook-handler-options.js';
import { parseOptions } from '../config/parse-options.js';
import type { SyncQueue } from '../ports/sync-queue.js';
import { readDelivery } from './event-hook-delivery.js';
import type { EventLedger } from './event-ledger.js';
import { matchesSecret } from './header-secret.js';
import { type HookResponse, jsonResponse, refusal } from './hook-response.js';
import { queueDelivery } from './queue-delivery.js';

/** Request headers as Node gives them; names are matched ignoring case. */
export type HookHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/** A request to the hook URL, from any web framework. */
export interface HookRequest {
  /** The HTTP method, any case: GET verifies, POST delivers, others get 405. */
  method: string;
  /** The request's headers; the auth header is found among them. */
  headers: HookHeaders;
  /** The raw body; ignored for GET. */
  body?: string | Uint8Array;
}

/** Options of {@link createEventHookHandler}. */
export interface EventHookHandlerOptions {
  /** Where person jobs go; nothing else is done inside the request. */
  queue: SyncQueue;
  /** The tenant whose hook this is; every job is for this tenant. */
  tenantId: string;
  /**
   * The value Okta sends in the auth header (the hook's
   * `authScheme.value`), compared exactly. Two values allow a rotation.
   */
  secret: string | readonly string[];
  /** The auth header's name (`authScheme.key`); `authorization` by default. */
  headerName?: string;
  /** Largest body accepted, in bytes; 4 MiB by default. */
  maxBodyBytes?: number;
  /**
   * Filters events seen before, so a repeated delivery queues nothing;
   * none by default. Not needed for correctness: each job carries its
   * event's `uuid`, and the engine skips an event its store's ledger
   * holds. Never pass the store itself: the engine records events only
   * once applied, and recording them here would make it skip them.
   */
  ledger?: EventLedger | null;
}

/** Answers Okta's requests to one tenant's event hook URL. */
export interface EventHookHandler {
  /** The body size limit; adapters may stop reading past it. */
  readonly maxBodyBytes: number;
  /**
   * Answers one request. Never rejects: a failure inside (the queue
   * refusing a job) is a 500, which Okta retries once.
   */
  handle(request: HookRequest): Promise<HookResponse>;
}

const MAX_CHALLENGE_LENGTH = 2048;

/**
 * Makes the framework-free handler of an Okta event hook: the one-time
 * GET verification, then POSTs of events. A POST must carry the
 * configured header; its body is checked and each relevant event becomes
 * one "sync this person" job per target user. Nothing calls Okta in the
 * request, so the answer comes well inside Okta's 3 seconds.
 *
 * @throws ConfigError when an option is wrong.
 */
export function createEventHookHandler(options: EventHookHandlerOptions): EventHookHandler {
  const settings = resolveOptions(options);

  return {
    maxBodyBytes: settings.maxBodyBytes,
    handle: async (request) => {
      try {
        return await answer(settings, request);
      } catch (error) {
        return jsonResponse(500, { error: 'internal' }, { kind: 'failed', error });
      }
    },
  };
}

interface HandlerSettings {
  queue: SyncQueue;
  tenantId: string;
  secrets: readonly string[];
  headerName: string;
  maxBodyBytes: number;
  ledger: EventLedger | null;
}

function answer(settings: HandlerSettings, request: HookRequest): Promise<HookResponse> {
  const method = String(request.method).toUpperCase();
  const headers = lowerCaseHeaders(request.headers);

  if (method === 'GET') {
    return Promise.resolve(verify(settings, headers));
  }

  if (method !== 'POST') {
    const refused = refusal(405, 'method-not-allowed', 'use GET to verify or POST to deliver');

    return Promise.resolve({ ...refused, headers: { ...refused.headers, allow: 'GET, POST' } });
  }

  return deliver(settings, headers, request.body);
}

function verify(settings: HandlerSettings, headers: Map<string, HeaderValue>): HookResponse {
  const auth = headers.get(settings.headerName);

  // Okta may leave the auth header off the GET; when sent, it must match.
  if (auth !== undefined && !isAuthorized(settings, auth)) {
    return refusal(401, 'unauthorized', `the ${settings.headerName} header is wrong`);
  }

  const challenge = headers.get('x-okta-verification-challenge');

  if (typeof challenge !== 'string' || challenge === '') {
    return refusal(400, 'bad-request', 'the x-okta-verification-challenge header is missing');
  }

  if (challenge.length > MAX_CHALLENGE_LENGTH) {
    return refusal(400, 'bad-request', 'the verification challenge is too long');
  }

  return jsonResponse(200, { verification: challenge }, { kind: 'verified' });
}

async function deliver(
  settings: HandlerSettings,
  headers: Map<string, HeaderValue>,
  body: HookRequest['body'],
): Promise<HookResponse> {
  const auth = headers.get(settings.headerName);

  if (auth === undefined || !isAuthorized(settings, auth)) {
    return refusal(401, 'unauthorized', `the ${settings.headerName} header is missing or wrong`);
  }

  const bytes = toBytes(body);

  if (bytes.length > settings.maxBodyBytes) {
    return refusal(413, 'too-large', `the body is over ${settings.maxBodyBytes} bytes`);
  }

  const read = readDelivery(bytes.toString('utf8'));

  if (!read.ok) {
    return refusal(400, 'bad-request', read.reason);
  }

  return queueDelivery(settings, read.delivery);
}

type HeaderValue = string | readonly string[];

function isAuthorized(settings: HandlerSettings, value: HeaderValue): boolean {
  // A repeated auth header is refused: which one a proxy kept is unknown.
  return typeof value === 'string' && matchesSecret(value, settings.secrets);
}

function lowerCaseHeaders(headers: HookHeaders): Map<string, HeaderValue> {
  const lowered = new Map<string, HeaderValue>();

  for (const [name, value] of Object.entries(headers ?? {})) {
    if (value !== undefined) {
      lowered.set(name.toLowerCase(), value);
    }
  }

  return lowered;
}

function toBytes(body: HookRequest['body']): Buffer {
  if (body === undefined) {
    return Buffer.alloc(0);
  }

  return typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
}

/**
 * The options checked by their schema, so a wrong type is a coded error
 * naming the field, not a TypeError: a missing secret is a real mistake
 * (say, `OKTA_HOOK_SECRET` unset).
 */
function resolveOptions(options: EventHookHandlerOptions): HandlerSettings {
  const parsed = parseOptions(eventHookHandlerOptionsSchema, options);
  const secrets = typeof parsed.secret === 'string' ? [parsed.secret] : parsed.secret;

  return {
    queue: options.queue,
    tenantId: parsed.tenantId,
    secrets,
    headerName: parsed.headerName.toLowerCase(),
    maxBodyBytes: parsed.maxBodyBytes,
    ledger: options.ledger ?? null,
  };
}
