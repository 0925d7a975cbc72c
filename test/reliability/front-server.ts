import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeOrg } from '../../src/testing/fake-org/fake-org.js';
import { handleRequest } from '../../src/testing/fake-org/handle-request.js';

/**
 * What the front does with one answer of the org: send it as it is (or
 * changed), or cut it: send its headers and half its body, then drop the
 * connection, as a proxy that dies mid-stream does. `cut-body` promises
 * the whole length in `Content-Length`; `cut-chunked` sends the body in
 * chunks, as Okta does for large answers.
 */
export type TamperResult = Response | Cut;

type Cut = 'cut-body' | 'cut-chunked';

/** Changes the org's answer to the `count`-th request (1-based). */
export type Tamper = (response: Response, count: number) => TamperResult | Promise<TamperResult>;

/**
 * A fake org served over real HTTP behind a front the test controls: the
 * org behind it can be swapped (a rotated token, same URL), and answers
 * can be tampered with. Every request reaching it is logged.
 */
export interface FrontServer {
  url: string;
  /** `METHOD /path?query` of every request received, oldest first. */
  readonly requests: readonly string[];
  /** Serves another org from now on, at the same URL. */
  use(org: FakeOrg): void;
  /** Tampers with the answers from now on; null for none. */
  tamper(tamper: Tamper | null): void;
  close(): Promise<void>;
}

const servers: Server[] = [];

/**
 * Serves `org` on `host` (any 127.0.0.0/8 address). With a null org it
 * answers nothing but 404s: a trap that only counts what reaches it.
 */
export async function serveFront(org: FakeOrg | null, host = '127.0.0.1'): Promise<FrontServer> {
  const state = { org, tamper: null as Tamper | null, requests: [] as string[], origin: '' };
  const server = createServer((incoming, outgoing) => {
    void answer(state, incoming, outgoing);
  });

  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  servers.push(server);
  state.origin = `http://${host}:${(server.address() as AddressInfo).port}`;

  return {
    url: state.origin,
    requests: state.requests,
    use: (next) => {
      state.org = next;
    },
    tamper: (next) => {
      state.tamper = next;
    },
    close: () => closeServer(server),
  };
}

/** Closes every front server opened so far; for `afterEach`. */
export async function closeFronts(): Promise<void> {
  await Promise.all(servers.splice(0).map(closeServer));
}

interface FrontState {
  org: FakeOrg | null;
  tamper: Tamper | null;
  requests: string[];
  origin: string;
}

async function answer(state: FrontState, incoming: IncomingMessage, outgoing: ServerResponse) {
  state.requests.push(`${incoming.method} ${incoming.url}`);

  if (state.org === null) {
    outgoing.writeHead(404, { 'content-type': 'application/json' }).end('{}');
    return;
  }

  const request = await toRequest(state.origin, incoming);
  const response = await handleRequest(state.org, request);

  if (response.type === 'error') {
    incoming.socket.destroy();
    return;
  }

  const result = state.tamper ? await state.tamper(response, state.requests.length) : response;

  if (result instanceof Response) {
    await write(result, outgoing, null);
    return;
  }

  await write(response, outgoing, result);
  // The rest of the body never arrives: the client sees it break off.
  incoming.socket.destroy();
}

async function toRequest(origin: string, incoming: IncomingMessage): Promise<Request> {
  const headers = new Headers();

  for (const [name, value] of Object.entries(incoming.headers)) {
    for (const item of Array.isArray(value) ? value : [value ?? '']) {
      headers.append(name, item);
    }
  }

  const method = incoming.method ?? 'GET';
  const chunks: Buffer[] = [];

  for await (const chunk of incoming) {
    chunks.push(Buffer.from(chunk as Uint8Array));
  }

  const body = method === 'GET' || method === 'HEAD' ? undefined : Buffer.concat(chunks);

  return new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
}

async function write(response: Response, outgoing: ServerResponse, cut: Cut | null) {
  const body = Buffer.from(await response.arrayBuffer());

  for (const [name, value] of response.headers) {
    outgoing.setHeader(name, name === 'link' ? value.split(/,\s*(?=<)/) : value);
  }

  if (cut !== 'cut-chunked') {
    outgoing.setHeader('content-length', body.length);
  }

  outgoing.writeHead(response.status);

  if (cut === null) {
    outgoing.end(body);
    return;
  }

  await new Promise((resolve) => {
    outgoing.write(body.subarray(0, Math.floor(body.length / 2)), resolve);
  });
}

function closeServer(server: Server): Promise<void> {
  if (!server.listening) {
    return Promise.resolve();
  }

  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
