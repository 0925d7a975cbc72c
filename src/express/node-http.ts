import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A request as Express 4 and 5 give it to middleware: Node's request,
 * with the body a host's parser may have read already.
 */
export type NodeRequest = IncomingMessage & {
  /** The body a parser such as `express.json()` read, if one ran. */
  body?: unknown;
};

/** Express's `next`: called with an error, or with nothing to pass on. */
export type NextFunction = (error?: unknown) => void;

/**
 * A middleware that runs on Express 4 and 5 alike (and on plain
 * `node:http`): it uses only Node's request and response, never rejects,
 * and passes failures to `next`.
 */
export type NodeMiddleware<Req extends IncomingMessage = NodeRequest> = (
  req: Req,
  res: ServerResponse,
  next: NextFunction,
) => void;

/** Writes a response with a JSON body. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  send(res, status, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify(body));
}

/** Writes a whole response: status, headers and body. */
export function send(
  res: ServerResponse,
  status: number,
  headers: Readonly<Record<string, string>>,
  body: string,
): void {
  res.statusCode = status;

  for (const [name, value] of Object.entries(headers)) {
    res.setHeader(name, value);
  }

  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}
