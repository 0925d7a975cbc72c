import { describe, expect, it } from 'vitest';
import { MemoryPeople } from '../../src/adapters/memory/memory-people.js';
import type { StoredPerson } from '../../src/ports/stored-person.js';
import { personWrite } from '../../src/testing/contract/contract-fixtures.js';

function row(id: string, fields: Partial<StoredPerson> = {}): StoredPerson {
  const write = personWrite(`00u${id}`, { email: `${id}@example.com`, fullName: id });

  return { ...write, id, ...fields };
}

const idsOf = (rows: StoredPerson[]) => rows.map((person) => person.id).sort();

// The identifier index keeps one id alone and a set only for shared
// values; these cases move a value between the two shapes.
describe('MemoryPeople', () => {
  describe('when two rows share an email', () => {
    it('finds both, then the one left after the other is removed', () => {
      const people = new MemoryPeople();
      people.put(row('p1', { email: 'Same@example.com' }));
      people.put(row('p2', { email: 'same@EXAMPLE.com' }));

      expect(idsOf(people.byEmail('same@example.com'))).toEqual(['p1', 'p2']);

      people.remove('p1');

      expect(idsOf(people.byEmail('same@example.com'))).toEqual(['p2']);

      people.remove('p2');

      expect(people.byEmail('same@example.com')).toEqual([]);
    });
  });

  describe('when a row is written again under the same keys', () => {
    it('finds the newest version by Okta id and by identifier', () => {
      const people = new MemoryPeople();
      people.put(row('p1', { login: 'jane', employeeNumber: 'E1' }));
      people.put(row('p1', { login: 'JANE', employeeNumber: 'E1', fullName: 'Jane' }));

      expect(people.getByOktaId('00up1')?.fullName).toBe('Jane');
      expect(people.byIdentifier('login', 'jane').map((p) => p.fullName)).toEqual(['Jane']);
      expect(idsOf(people.byIdentifier('employeeNumber', 'E1'))).toEqual(['p1']);
    });
  });

  describe('when a row changes its keys', () => {
    it('is found under the new keys only', () => {
      const people = new MemoryPeople();
      people.put(row('p1', { login: 'old', employeeNumber: 'E1' }));
      people.put(row('p1', { oktaId: '00uNew', email: 'new@example.com', login: 'new' }));

      expect(people.getByOktaId('00up1')).toBeUndefined();
      expect(people.getByOktaId('00uNew')?.id).toBe('p1');
      expect(people.byEmail('p1@example.com')).toEqual([]);
      expect(people.byIdentifier('login', 'old')).toEqual([]);
      expect(people.byIdentifier('employeeNumber', 'E1')).toEqual([]);
      expect(idsOf(people.byIdentifier('login', 'new'))).toEqual(['p1']);
    });
  });

  describe('when a row sharing a value is written again', () => {
    it('keeps both rows under the value', () => {
      const people = new MemoryPeople();
      people.put(row('p1', { employeeNumber: 'E1' }));
      people.put(row('p2', { employeeNumber: 'E1' }));
      people.put(row('p2', { employeeNumber: 'E1', fullName: 'Again' }));

      expect(idsOf(people.byIdentifier('employeeNumber', 'E1'))).toEqual(['p1', 'p2']);
    });
  });
});
