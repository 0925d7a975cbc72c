import { afterEach, describe, expect, it } from 'vitest';
import { exportTenant } from '../../src/engine/export-people.js';
import { idOf, person, startRig } from '../reliability/fault-rig.js';
import { closeFronts } from '../reliability/front-server.js';

afterEach(closeFronts);

const DEEP = '"__deep__"';
const MEGABYTE = 1024 * 1024;
const LOGIN_4 = '"login":"person.4@example.com"';

/** A JSON object nested `depth` levels deep, as text. */
function nestedJson(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/**
 * A fake org whose person 2 has a 1 MB title, person 3 a profile value
 * nested 10,000 deep (written into the answer's text: JSON.stringify
 * itself overflows the stack on it) and person 4 a `__proto__` key.
 */
async function hostileOrg() {
  const users = [
    person(1),
    person(2, { profile: { title: 'T'.repeat(MEGABYTE) } }),
    person(3, { profile: { costCenter: '__deep__' } }),
    person(4),
    person(5),
  ];
  const rig = await startRig({ users, directory: { pageSize: 200 } });
  const served = { deep: 0, proto: 0 };
  rig.front.tamper(async (response) => {
    const text = await response.text();
    served.deep += text.includes(DEEP) ? 1 : 0;
    served.proto += text.includes(LOGIN_4) ? 1 : 0;
    const hostile = text
      .replace(DEEP, nestedJson(10_000))
      .replace(LOGIN_4, `"__proto__":{"polluted":"yes"},"login":"x"`);

    return new Response(hostile, { status: response.status, headers: response.headers });
  });

  return { rig, served };
}

describe('a full sync over HTTP, for oversized and deeply nested profiles', () => {
  describe('when one title is 1 MB, one value 10,000 levels deep and one key __proto__', () => {
    it('syncs everyone, keeps the prototype clean, and a second run changes nothing', async () => {
      const { rig, served } = await hostileOrg();

      const report = await rig.sync();

      expect(served).toEqual({ deep: 1, proto: 1 });
      expect(report.status).toBe('succeeded');
      expect(report.counts).toMatchObject({ created: 5, skipped: 0 });
      expect(Reflect.get({}, 'polluted')).toBeUndefined();
      const people = (await exportTenant(rig.store, rig.tenantId)).people;
      const byId = new Map(people.map((row) => [row.oktaId, row]));
      expect(byId.get(idOf(2))?.jobTitle).toHaveLength(MEGABYTE);
      expect(byId.get(idOf(3))?.status).toBe('active');

      const again = await rig.sync();

      expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    });
  });
});
