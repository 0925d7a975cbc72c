import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigError } from '../../errors/config-error.js';
import type { FakeOrg } from './fake-org.js';
import { handleRequest } from './handle-request.js';
import { oktaErrorBody } from './okta-error-body.js';

/** Options of {@link serveFakeOrg}. */
export interface ServeFakeOrgOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number;
  /** Only loopback is allowed: a fake org is never reachable from outside. */
  host?: '127.0.0.1';
}

/** A fake org listening on 127.0.0.1. */
export interface FakeOrgServer {
  /** The org URL to give clients, such as `http://127.0.0.1:49152`. */
  url: string;
  /** Stops listening and drops open connections. Idempotent. */
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

/**
 * Serves a fake org over real HTTP on 127.0.0.1, for the CLI, the Okta
 * SDK and end-to-end tests. Request URLs are rebuilt on the bound address,
 * never on the `Host` header, so `Link` URLs always point back here.
 *
 * @throws ConfigError when the port or host is not allowed.
 */
export async function serveFakeOrg(
  org: FakeOrg,
  options: ServeFakeOrgOptions = {},
): Promise<FakeOrgServer> {
  const port = checkOptions(options);
  let origin = '';
  const server = createServer((incoming, outgoing) => {
    void answer(org, origin, incoming, outgoing);
  });

  await listen(server, port);
  origin = `http://${HOST}:${(server.address() as AddressInfo).port}`;

  return { url: origin, close: () => closeServer(server) };
}

function checkOptions(options: ServeFakeOrgOptions): number {
  const { port = 0, host = HOST } = options;

  if (host !== HOST) {
    throw new ConfigError([{ field: 'host', message: `only ${HOST} is allowed` }]);
  }

  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError([{ field: 'port', message: 'must be an integer from 0 to 65535' }]);
  }

  return port;
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function answer(
  org: FakeOrg,
  origin: string,
  incoming: IncomingMessage,
  outgoing: ServerResponse,
): Promise<void> {
  try {
    const response = await handleRequest(org, await toFetchRequest(origin, incoming));

    // A dropped connection: the client sees a reset, not an answer.
    if (response.type === 'error') {
      incoming.socket.destroy();

      return;
    }

    await writeResponse(response, outgoing);
  } catch {
    writeInternalError(outgoing);
  }
}

async function toFetchRequest(origin: string, incoming: IncomingMessage): Promise<Request> {
  const headers = new Headers();

  for (const [name, value] of Object.entries(incoming.headers)) {
    for (const item of Array.isArray(value) ? value : [value ?? '']) {
      headers.append(name, item);
    }
  }

  const method = incoming.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(incoming);

  return new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
}

async function readBody(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];

  for await (const chunk of incoming) {
    chunks.push(Buffer.from(chunk as Uint8Array));
  }

  return Buffer.concat(chunks);
}

async function writeResponse(response: Response, outgoing: ServerResponse): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());

  for (const [name, value] of response.headers) {
    outgoing.setHeader(name, name === 'link' ? splitLinks(value) : value);
  }

  outgoing.setHeader('Content-Length', body.length);
  outgoing.writeHead(response.status);
  outgoing.end(body);
}

// Fetch joins repeated Link headers with ", "; Okta sends one line each.
function splitLinks(joined: string): string[] {
  return joined.split(/,\s*(?=<)/);
}

function writeInternalError(outgoing: ServerResponse): void {
  if (outgoing.headersSent) {
    outgoing.destroy();

    return;
  }

  const body = oktaErrorBody('E0000009', 'Internal Server Error');
  outgoing.writeHead(500, { 'Content-Type': 'application/json' });
  outgoing.end(JSON.stringify(body));
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
