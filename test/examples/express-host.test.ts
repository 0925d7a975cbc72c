import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const tsx = resolve('node_modules/.bin/tsx');

describe('examples/express-host', () => {
  let output = '';

  beforeAll(async () => {
    output = await new Promise<string>((done, fail) => {
      execFile(tsx, ['examples/express-host/index.ts'], (error, stdout) =>
        error ? fail(error) : done(stdout),
      );
    });
  });

  it('syncs and takes a hook delivery over HTTP against the fake org, then exits 0', () => {
    expect(output).toMatch(
      /^Fake Okta org on http:\/\/127\.0\.0\.1:\d+; host app on http:\/\/127\.0\.0\.1:\d+$/m,
    );
    expect(output).toContain('PUT /t/acme/integrations/okta as lin: 403\n');
    expect(output).toContain('POST /t/acme/okta/sync as ada: 202\n');
    expect(output).toMatch(/^ {2}worker: full-sync acme: succeeded \(\d+ created/m);
    expect(output).toContain('POST /t/acme/okta/event-hooks: 401\n');
    expect(output).toContain('POST /t/acme/okta/event-hooks: 200\n');
    expect(output).toMatch(/^ {2}worker: sync-person acme 00u\w+: 1 updated$/m);
    expect(output).toMatch(/^ {2}store: .+ is now "Head of Examples"$/m);
  });

  it('prints what docs/getting-started.md says it prints, ports aside', () => {
    const doc = readFileSync('docs/getting-started.md', 'utf8');
    const marker = '<!-- examples/express-host/index.ts prints: -->\n```text\n';
    const start = doc.indexOf(marker);
    const printed = start < 0 ? undefined : doc.slice(start + marker.length).split('```')[0];
    const withoutPorts = (text: string) => text.replaceAll(/127\.0\.0\.1:\d+/g, '127.0.0.1:…');

    expect(printed).toBeDefined();
    expect(withoutPorts(output)).toBe(withoutPorts(printed ?? ''));
  });
});
