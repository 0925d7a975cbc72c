import cliProgress from 'cli-progress';
import type { SyncEngine } from '../engine/sync-engine.js';

/**
 * Shows a progress bar on `stream` while the engine runs, only when the
 * stream is a terminal, so piped output and `--json` stay clean. Returns
 * the function that stops it.
 */
export function showProgress(
  engine: SyncEngine,
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  total: number | undefined,
): () => void {
  if (!stream.isTTY) {
    return () => {};
  }

  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: total ? 'Syncing {bar} {value}/{total} people' : 'Syncing… {value} people read',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const onProgress = ({ users }: { users: number }) => bar.update(users);

  bar.start(total ?? 0, 0);
  engine.events.on('run:progress', onProgress);

  return () => {
    engine.events.off('run:progress', onProgress);
    bar.stop();
  };
}
