import type { EventHookHandler } from '../hooks/event-hook-handler.js';
import type { HookResponse } from '../hooks/hook-response.js';
import { type NodeMiddleware, type NodeRequest, send } from './node-http.js';
import { readBody } from './read-body.js';

/** Options of {@link createEventHookMiddleware}. */
export interface EventHookMiddlewareOptions {
  /** The tenant's hook handler, from `createEventHookHandler`. */
  handler: EventHookHandler;
  /** Told of every answer, for the host's logs; must not throw. */
  onAnswer?: (response: HookResponse) => void;
}

/**
 * Serves one tenant's event hook at the path it is mounted on, such as
 * `app.use('/okta/event-hooks', createEventHookMiddleware({ handler }))`.
 * Reads the raw body itself, so mount it before any JSON body parser.
 */
export function createEventHookMiddleware(options: EventHookMiddlewareOptions): NodeMiddleware {
  return (req, res, next) => {
    answerHook(options.handler, req)
      .then((response) => {
        options.onAnswer?.(response);
        send(res, response.status, response.headers, response.body);
      })
      .catch(next);
  };
}

/** Reads a request and lets the handler answer it. */
export async function answerHook(
  handler: EventHookHandler,
  req: NodeRequest,
): Promise<HookResponse> {
  const body = req.method === 'POST' ? await readBody(req, handler.maxBodyBytes) : undefined;

  return handler.handle({
    method: req.method ?? 'GET',
    headers: req.headers,
    ...(body === undefined ? {} : { body }),
  });
}
