import { SyncError } from './sync-error.js';

/** An optional peer dependency that a subpath or command needs is absent. */
export class MissingPeerError extends SyncError {
  /** The npm package to install, such as `bullmq`. */
  readonly packageName: string;

  constructor(packageName: string, feature: string, cause?: unknown) {
    const message = `${feature} needs the package "${packageName}": npm install ${packageName}`;
    super('ERR_PEER_MISSING', message, { cause });
    this.packageName = packageName;
  }
}
