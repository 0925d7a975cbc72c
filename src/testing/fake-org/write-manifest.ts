import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { OrgManifest } from './org-manifest.js';

/**
 * Writes a manifest as pretty JSON (with a final newline), creating the
 * folder if needed, so other processes such as benchmarks can read it.
 */
export async function writeManifest(manifest: OrgManifest, filePath: string): Promise<void> {
  await mkdir(dirname(filePath), { recursive: true });
  await writeFile(filePath, `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}
