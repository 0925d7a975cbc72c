import type { Client } from '@okta/okta-sdk-nodejs';
import { OktaRequestError } from '../errors/okta-request-error.js';
import { toOktaRequestError } from './okta-error.js';
import type { HeaderReader } from './okta-failure.js';
import type { Timer } from './timer.js';
import { transientWaitMs } from './transient-retry.js';

/** The SDK client a directory reads through, and how it retries. */
export interface OktaConnection {
  client: Client;
  timer: Timer;
  /** Retries of a read whose answer arrived broken. */
  maxRetries: number;
}

/** A successful Okta response, its body parsed as plain JSON. */
export interface OktaJsonResponse {
  status: number;
  headers: HeaderReader;
  body: unknown;
}

// The SDK types its requests and responses with node-fetch's types, which
// are not installed; these restate the parts the adapter uses.
interface SdkRequest {
  method: 'GET';
  headers: Record<string, string>;
  redirect: 'manual';
}

interface SdkResponse {
  status: number;
  headers: HeaderReader;
  text(): Promise<string>;
}

interface SdkHttp {
  http(url: string, request: SdkRequest): Promise<SdkResponse>;
}

/**
 * GETs one Okta URL through the SDK's own HTTP layer, so its auth, its
 * request executor (pacing, retries) and its headers all apply, but
 * without its model classes: the body stays plain JSON and dates stay ISO
 * strings. An answer whose body breaks off or is not JSON is asked for
 * again, with backoff, up to the connection's retries.
 *
 * @throws OktaRequestError for any failure, an unparsable body included.
 */
export async function getOktaJson(
  connection: OktaConnection,
  url: string,
): Promise<OktaJsonResponse> {
  for (let failures = 0; ; failures += 1) {
    try {
      return await readOnce(connection.client, url);
    } catch (error) {
      if (failures >= connection.maxRetries || !isBrokenBody(error)) {
        throw error;
      }

      await connection.timer.sleep(transientWaitMs(failures + 1, Math.random));
    }
  }
}

async function readOnce(client: Client, url: string): Promise<OktaJsonResponse> {
  const response = await send(client, url);
  const body = parseJson(await readText(response), response);

  return { status: response.status, headers: response.headers, body };
}

// Set on a body that failed mid-read or is not JSON, not on a failed send
// (the executor has retried that already).
const BROKEN_BODY = Symbol('broken body');

function isBrokenBody(error: unknown): boolean {
  return error instanceof OktaRequestError && Reflect.get(error, BROKEN_BODY) === true;
}

function markBroken(error: OktaRequestError): OktaRequestError {
  Reflect.set(error, BROKEN_BODY, true);

  return error;
}

async function send(client: Client, url: string): Promise<SdkResponse> {
  // The SDK mutates the request object, so each call builds a fresh one.
  // Redirects are not followed: a read never expects one, and following it
  // could carry the token off the org.
  const http = client.http as SdkHttp;
  const request: SdkRequest = {
    method: 'GET',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    redirect: 'manual',
  };

  try {
    return await http.http(url, request);
  } catch (error) {
    throw toOktaRequestError(error);
  }
}

async function readText(response: SdkResponse): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    throw markBroken(toOktaRequestError(error));
  }
}

function parseJson(text: string, response: SdkResponse): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const failure = toOktaRequestError({
      kind: 'unusable-response',
      problem: `Okta answered HTTP ${response.status} with a body that is not JSON`,
      status: response.status,
      headers: response.headers,
      cause: error,
    });

    throw markBroken(failure);
  }
}
