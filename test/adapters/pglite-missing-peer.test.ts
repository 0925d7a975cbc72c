import { describe, expect, it } from 'vitest';
import { loadPglite } from '../../src/adapters/postgres/load-pglite.js';
import { MissingPeerError } from '../../src/errors/missing-peer-error.js';

function failingImport(code: string) {
  return () => Promise.reject(Object.assign(new Error('import failed'), { code }));
}

describe('loadPglite', () => {
  describe('when @electric-sql/pglite is not installed', () => {
    it('rejects with a MissingPeerError naming the package', async () => {
      const error = await loadPglite(failingImport('ERR_MODULE_NOT_FOUND')).catch((e) => e);

      expect(error).toBeInstanceOf(MissingPeerError);
      expect(error).toMatchObject({
        code: 'ERR_PEER_MISSING',
        packageName: '@electric-sql/pglite',
      });
      expect(error.message).toContain('The PGlite store');
    });
  });

  describe('when the package fails to load for another reason', () => {
    it('rejects with that error', async () => {
      await expect(loadPglite(failingImport('ERR_OTHER'))).rejects.toThrow('import failed');
    });
  });

  describe('when the package is installed', () => {
    it('resolves to the module', async () => {
      const module = await loadPglite();

      expect(module.PGlite).toBeTypeOf('function');
    });
  });
});
