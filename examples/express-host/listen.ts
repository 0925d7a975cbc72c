import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

/** An app listening on 127.0.0.1. */
export interface ListeningApp {
  /** Such as `http://127.0.0.1:49152`. */
  url: string;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}

/** Starts an app on a free port of 127.0.0.1, never on every interface. */
export function listen(app: Express, port = 0): Promise<ListeningApp> {
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(port, '127.0.0.1', () => {
      const address = server.address() as AddressInfo;

      resolve({ url: `http://127.0.0.1:${address.port}`, close: () => stop(server) });
    });

    server.once('error', reject);
  });
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
