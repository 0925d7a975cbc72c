import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'okta-sync-bench-'));
const out = join(folder, 'benchmarks.md');

afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs `bench/run-bench.ts --quick` as `npm run bench:quick` would. */
function runQuickBench(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', 'bench/run-bench.ts', '--quick', '--out', out],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';

    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

// Timings of a quick run mean nothing and are never asserted: it fails on
// errors and on the hard gates (request counts, 429s) only.
describe('the quick benchmark', () => {
  describe('when run on small orgs', () => {
    it('passes every hard gate and writes every section', async () => {
      const { code, output } = await runQuickBench();

      expect(output).not.toMatch(/^failed /m);
      expect(code, output).toBe(0);

      const markdown = readFileSync(out, 'utf8');

      for (const section of ['1. Floors', '2. Full sync', '3. The same', '4. Incremental']) {
        expect(markdown).toContain(`## ${section}`);
      }

      for (const section of ['5. Event hook', '6. Rate budget', '7. Event to person']) {
        expect(markdown).toContain(`## ${section}`);
      }
    }, 300_000);
  });
});
