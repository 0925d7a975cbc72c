import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import {
  createFakeOrg,
  generateOrg,
  type ServeFakeOrgOptions,
  serveFakeOrg,
  writeManifest,
} from '../../src/testing/fake-org/index.js';

describe('writeManifest', () => {
  describe('when given a path in a missing folder', () => {
    it('creates the folder and writes JSON that reads back equal', async () => {
      const folder = await mkdtemp(join(tmpdir(), 'fake-org-'));
      const filePath = join(folder, 'nested', 'manifest.json');
      const { manifest } = generateOrg({ people: 120, seed: 'file' });

      try {
        await writeManifest(manifest, filePath);
        const text = await readFile(filePath, 'utf8');

        expect(JSON.parse(text)).toEqual(manifest);
        expect(text.endsWith('}\n')).toBe(true);
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    });
  });
});

describe('serveFakeOrg', () => {
  describe('when asked for a host other than 127.0.0.1', () => {
    it('refuses with a ConfigError', async () => {
      const options = { host: '0.0.0.0' } as unknown as ServeFakeOrgOptions;

      await expect(serveFakeOrg(createFakeOrg({ users: [] }), options)).rejects.toThrow(
        ConfigError,
      );
    });
  });

  describe('when asked for an impossible port', () => {
    it('refuses with a ConfigError', async () => {
      const org = createFakeOrg({ users: [] });

      await expect(serveFakeOrg(org, { port: 70_000 })).rejects.toThrow(ConfigError);
    });
  });

  describe('when closed twice', () => {
    it('resolves both times', async () => {
      const server = await serveFakeOrg(createFakeOrg({ users: [] }));
      await server.close();

      await expect(server.close()).resolves.toBeUndefined();
    });
  });
});
