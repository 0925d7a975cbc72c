import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-sync-store.js';
import { loopBreak, loopFrom } from '../../src/managers/loop-break.js';
import { takeBack } from '../../src/managers/take-back.js';
import { oktaUser } from '../support/list-directory.js';
import { managerSetup, noticesOf, tenantId } from './manager-harness.js';

const fresh =
  (...ids: string[]) =>
  (oktaId: string) =>
    ids.includes(oktaId);

describe('loopBreak', () => {
  it('picks the greatest Okta id among the closing person and fresh links', () => {
    expect(loopBreak(['00uB', '00uD', '00uC', '00uB'], fresh('00uD', '00uC'))).toBe('00uD');
  });

  it('never picks a link an earlier run wrote, however great its id', () => {
    expect(loopBreak(['00uB', '00uD', '00uC', '00uB'], fresh('00uC'))).toBe('00uC');
    expect(loopBreak(['00uB', '00uD', '00uB'], fresh())).toBe('00uB');
  });

  it('keeps the closing person when their id is the greatest', () => {
    expect(loopBreak(['00uZ', '00uA', '00uZ'], fresh('00uA'))).toBe('00uZ');
  });
});

describe('loopFrom', () => {
  it('tells the same loop from another person on it', () => {
    expect(loopFrom(['00uA', '00uB', '00uC', '00uA'], '00uC')).toEqual([
      '00uC',
      '00uA',
      '00uB',
      '00uC',
    ]);
  });
});

describe('a loop among people new to the run', () => {
  it('is broken at the greatest Okta id, whichever was created first', async () => {
    const [a, b] = [oktaUser({ id: '00uA' }), oktaUser({ id: '00uB' })];
    a.profile.managerId = b.id;
    b.profile.managerId = a.id;
    // B is created first, so the pass meets B → A first and applies it.
    const { sync, managers } = managerSetup([b, a], { pageSize: 1 });

    const report = await sync();

    expect(await managers()).toEqual(
      new Map([
        ['00uA', '00uB'],
        ['00uB', null],
      ]),
    );
    expect(report.managers).toEqual({ resolved: 1, pending: 1 });
    const [cycle] = noticesOf(report.notices, 'MANAGER_CYCLE');
    expect(cycle).toMatchObject({ oktaId: '00uB', value: '00uA' });
    expect(cycle?.others).toEqual(['00uB', '00uA', '00uB']);
    expect(noticesOf(report.notices, 'MANAGER_CYCLE')).toHaveLength(1);
  });

  it('keeps a link an earlier run resolved and leaves the new one out', async () => {
    const [b, d] = [oktaUser({ id: '00uB' }), oktaUser({ id: '00uD' })];
    d.profile.managerId = b.id;
    const setup = managerSetup([b, d]);
    await setup.sync();

    b.profile.managerId = d.id;
    const report = await setup.sync();

    // B's is the only reference this run resolves, so it is left out.
    expect(await setup.managers()).toEqual(
      new Map([
        ['00uB', null],
        ['00uD', '00uB'],
      ]),
    );
    expect(noticesOf(report.notices, 'MANAGER_CYCLE')).toEqual([
      expect.objectContaining({ oktaId: '00uB', others: ['00uB', '00uD', '00uB'] }),
    ]);
  });
});

describe('takeBack', () => {
  it('clears only links still as the pass wrote them, keeping the reference', async () => {
    const store = createMemoryStore();
    const person = {
      email: 'a@example.com',
      fullName: 'A',
      team: null,
      jobTitle: null,
      managerRef: '00uM',
      status: 'active' as const,
      startDate: null,
      oktaUpdatedAt: '2026-01-01T00:00:00.000Z',
      seenGeneration: 1,
    };
    await store.savePeople(tenantId, [
      { ...person, oktaId: '00uA', managerOktaId: '00uM' },
      { ...person, oktaId: '00uB', email: 'b@example.com', managerOktaId: '00uN' },
    ]);

    const cleared = await takeBack(store, tenantId, [
      { oktaId: '00uA', managerOktaId: '00uM' },
      { oktaId: '00uB', managerOktaId: '00uM' },
    ]);

    expect(cleared.map((row) => row.oktaId)).toEqual(['00uA']);
    const rows = await store.findPeopleByOktaIds(tenantId, ['00uA', '00uB']);
    const byId = new Map(rows.map((row) => [row.oktaId, row]));
    expect(byId.get('00uA')).toMatchObject({ managerRef: '00uM', managerOktaId: null });
    expect(byId.get('00uB')).toMatchObject({ managerOktaId: '00uN' });
  });
});
