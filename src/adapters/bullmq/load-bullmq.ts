import { MissingPeerError } from '../../errors/missing-peer-error.js';

/** The `bullmq` module. */
export type BullmqModule = typeof import('bullmq');

/**
 * Loads the optional `bullmq` peer on first use, so importing the package
 * never needs it. Rejects with `MissingPeerError` when it is missing.
 */
export async function loadBullmq(
  importModule: () => Promise<BullmqModule> = () => import('bullmq'),
): Promise<BullmqModule> {
  try {
    return await importModule();
  } catch (error) {
    throw new MissingPeerError('bullmq', 'The BullMQ queue', error);
  }
}
