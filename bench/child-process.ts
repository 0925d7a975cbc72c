import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** A message a bench child sends its parent: a `kind` and its fields. */
export interface ChildMessage {
  kind: string;
  [field: string]: unknown;
}

/**
 * Starts a bench script (a `.ts` file in this folder) in a Node process of
 * its own, run through tsx, with its settings as JSON in `argv[2]` and an
 * IPC channel for messages.
 */
export function forkBenchScript(script: string, settings: unknown): ChildProcess {
  const path = fileURLToPath(new URL(script, import.meta.url));

  return fork(path, [JSON.stringify(settings)], {
    execArgv: ['--expose-gc', '--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/**
 * Resolves to the child's next message of this kind. Rejects when the
 * child sends `{ kind: 'error' }`, exits first, or stays silent past
 * `timeoutMs`.
 */
export function nextMessage(
  child: ChildProcess,
  kind: string,
  timeoutMs = 600_000,
): Promise<ChildMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`no ${kind} message in ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onMessage = (message: ChildMessage) => {
      if (message.kind === 'error') finish(new Error(String(message.message)));
      else if (message.kind === kind) finish(undefined, message);
    };
    const onExit = (code: number | null) =>
      finish(new Error(`the child exited (${code}) before ${kind}`));
    const finish = (error?: Error, message?: ChildMessage) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(message as ChildMessage);
    };

    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Reads the JSON settings a parent passed to this bench child. */
export function readChildSettings<T>(): T {
  return JSON.parse(process.argv[2] ?? '{}') as T;
}

/** Sends a message to the parent process; resolves once it is handed over. */
export function tellParent(message: ChildMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.send === undefined) {
      resolve();
      return;
    }

    process.send(message, undefined, {}, (error) => (error ? reject(error) : resolve()));
  });
}

/** Stops a child and waits for it to be gone. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return;
  }

  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}
