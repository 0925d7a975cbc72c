import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
import { captureIo } from '../support/capture-io.js';

describe('okta-sync demo', () => {
  it('syncs a generated org, plays three hook deliveries and matches the manifest', async () => {
    const io = captureIo();

    const code = await runCli(['demo', '--people', '300', '--seed', 'demo-test'], io);

    expect(io.err()).toBe('');
    expect(code).toBe(0);
    expect(io.out()).toMatch(/^Sync succeeded for tenant demo/m);
    expect(io.out()).toMatch(/^ {4}person 00udemohookstarter01: created$/m);
    expect(io.out()).toMatch(/^ {4}person 00u\w+: updated$/m);
    expect(io.out()).toMatch(/^ {4}person 00u\w+: deactivated$/m);
    expect(io.out()).toContain("matches the fake org's manifest, and every hook took effect");
  });
});
