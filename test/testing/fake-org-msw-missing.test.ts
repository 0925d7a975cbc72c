import { afterEach, describe, expect, it, vi } from 'vitest';
import { MissingPeerError } from '../../src/errors/missing-peer-error.js';

describe('createFakeOrgHandlers', () => {
  afterEach(() => {
    vi.doUnmock('msw');
    vi.resetModules();
  });

  describe('when msw is not installed', () => {
    it('rejects with a MissingPeerError naming msw', async () => {
      vi.doMock('msw', () => {
        throw new Error("Cannot find package 'msw'");
      });
      const { createFakeOrg, createFakeOrgHandlers } = await import(
        '../../src/testing/fake-org/index.js'
      );
      const handlers = createFakeOrgHandlers(createFakeOrg({ users: [] }));

      await expect(handlers).rejects.toBeInstanceOf(MissingPeerError);
      await expect(handlers).rejects.toMatchObject({
        code: 'ERR_PEER_MISSING',
        packageName: 'msw',
      });
    });
  });
});
