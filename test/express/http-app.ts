import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import express4 from 'express4';

/** The Express major versions the router is tested on. */
export const expressVersions = [
  ['Express 5', express],
  ['Express 4', express4],
] as const;

/** An Express app listening on 127.0.0.1. */
export interface RunningApp {
  url: string;
  close(): Promise<void>;
}

/** Starts an app on a free port of 127.0.0.1. */
export function listen(app: express.Express): Promise<RunningApp> {
  return new Promise((resolve, reject) => {
    const server: Server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}`, close: () => close(server) });
    });
    server.once('error', reject);
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
