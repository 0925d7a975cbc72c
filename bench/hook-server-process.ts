// Two Express 5 apps on 127.0.0.1 for the hook endpoint comparison: a
// bare JSON endpoint (express.json, answer { ok: true }) and the
// library's event hook middleware queueing into an in-memory queue whose
// worker does nothing. Started by the hook bench, which sends the load.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMemoryQueue } from '@learnamp/okta-sync';
import express, { type Express } from 'express';
import { createEventHookMiddleware } from '../src/express/event-hook-middleware.js';
import { createEventHookHandler } from '../src/hooks/event-hook-handler.js';
import { tellParent } from './child-process.js';
import { BENCH_HOOK_SECRET } from './hook-delivery.js';

const bare = express();
bare.post('/hook', express.json({ limit: '4mb' }), (request, response) => {
  response.json({ ok: true, events: request.body?.data?.events?.length ?? 0 });
});

const queue = createMemoryQueue({ worker: async () => {} });
const handler = createEventHookHandler({ queue, tenantId: 'bench', secret: BENCH_HOOK_SECRET });
const hook = express();
hook.use('/hook', createEventHookMiddleware({ handler }));

const bareServer = await listen(bare);
const hookServer = await listen(hook);
const servers = [bareServer, hookServer];

await tellParent({
  kind: 'ready',
  bareUrl: `${urlOf(bareServer)}/hook`,
  hookUrl: `${urlOf(hookServer)}/hook`,
});

const stop = () => {
  for (const server of servers) server.close();
  void queue.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('disconnect', stop);

function listen(app: Express): Promise<Server> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function urlOf(server: Server): string {
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
