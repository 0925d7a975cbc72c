import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = resolve('node_modules/.bin/tsx');

describe('examples/express-minimal', () => {
  it('syncs as an admin and applies a raw hook delivery, over HTTP', async () => {
    const output = await new Promise<string>((done, fail) => {
      execFile(tsx, ['examples/express-minimal/try-it.ts'], (error, stdout) =>
        error ? fail(error) : done(stdout),
      );
    });

    expect(output).toContain('sync: member 403, admin 202\n');
    expect(output).toMatch(/^last report: succeeded, \d+ created$/m);
    expect(output).toMatch(/^hook: 200; .+ is now "Head of Trying Things"$/m);
  });
});
