import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = resolve('node_modules/.bin/tsx');

describe('examples/custom-mapper', () => {
  it('syncs with a host mapping and resolves the manager', async () => {
    const output = await new Promise<string>((done, fail) => {
      execFile(tsx, ['examples/custom-mapper/custom-mapper.ts'], (error, stdout) =>
        error ? fail(error) : done(stdout),
      );
    });

    expect(output).toContain('created 2, managers resolved 1');
    expect(output).toMatch(/Alan Turing: Mathematician \(contractor\), team Research, manager 00u/);
  });
});
