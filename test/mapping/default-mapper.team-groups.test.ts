import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import { createMapper } from '../../src/mapping/create-mapper.js';
import { createDefaultMapper } from '../../src/mapping/default-mapper.js';
import type { DefaultMapperOptions } from '../../src/mapping/default-mapper-options.js';
import type { OktaUser } from '../../src/okta/okta-user.js';
import { expectPerson, mappingContext, mapUntrusted } from './mapping-harness.js';

const profile = { email: 'jane@example.com', firstName: 'Jane', department: 'Finance' };
const byGroup: DefaultMapperOptions = { teamSource: 'group', teamGroupPrefix: 'Team: ' };

function teamOf(groups: unknown, options: DefaultMapperOptions = byGroup): string | null {
  const user = { id: '00u1', status: 'ACTIVE', profile, groups };

  return expectPerson(mapUntrusted(user, options)).team;
}

describe('createDefaultMapper() team from a group rule', () => {
  describe('when teamSource is group', () => {
    it.each<[string, unknown, string | null]>([
      ['strips the prefix', ['Team: Sales'], 'Sales'],
      ['takes the first group', ['Team: Support', 'Team: Sales'], 'Support'],
      ['cleans the rest', ['Team:   Customer\tSuccess  '], 'Customer Success'],
      ['keeps a name without the prefix', ['Sales EMEA'], 'Sales EMEA'],
      ['strips only an exact-case prefix', ['team: sales'], 'team: sales'],
      ['skips a group that is only the prefix', ['Team: ', 'Team: Sales'], 'Sales'],
      ['skips a name that is not text', [42, null, 'Team: Sales'], 'Sales'],
      ['keeps Unicode', ['Team: Ventes Île-de-France'], 'Ventes Île-de-France'],
      ['gives null for no group', [], null],
      ['gives null when groups are missing', undefined, null],
      ['gives null when groups is not a list', 'Team: Sales', null],
    ])('%s (%j → %j)', (_title, groups, team) => {
      expect(teamOf(groups)).toBe(team);
    });

    it('ignores the team attribute', () => {
      expect(teamOf([])).toBeNull();
    });

    it('takes the group name whole without a prefix', () => {
      expect(teamOf(['Team: Sales'], { teamSource: 'group' })).toBe('Team: Sales');
    });

    it('reads groups only as the user own property', () => {
      const user = Object.create({ groups: ['Team: Sales'] }) as Record<string, unknown>;
      Object.assign(user, { id: '00u1', status: 'ACTIVE', profile });

      expect(expectPerson(mapUntrusted(user, byGroup)).team).toBeNull();
    });
  });

  describe('when teamSource is attribute (the default)', () => {
    it('reads the team attribute and ignores groups', () => {
      expect(teamOf(['Team: Sales'], {})).toBe('Finance');
      expect(teamOf(['Team: Sales'], { teamSource: 'attribute' })).toBe('Finance');
    });
  });

  describe('when an attribute map or a function strategy is used', () => {
    it('applies the group rule from the options', () => {
      const user: OktaUser = { id: '00u1', status: 'ACTIVE', profile, groups: ['Team: Sales'] };
      const fromMap = createMapper({ attributes: { jobTitle: 'title' } }, byGroup);
      const fromFunction = createMapper((_user, context) => {
        if (context.standard.kind !== 'person') throw new Error('expected a person');

        return context.standard.person;
      }, byGroup);

      expect(expectPerson(fromMap.map(user, mappingContext)).team).toBe('Sales');
      expect(expectPerson(fromFunction.map(user, mappingContext)).team).toBe('Sales');
    });
  });

  describe('when the options are wrong', () => {
    it.each<[unknown, string]>([
      [{ teamSource: 'groups' }, 'teamSource'],
      [{ teamSource: 1 }, 'teamSource'],
      [{ teamGroupPrefix: '' }, 'teamGroupPrefix'],
      [{ teamGroupPrefix: 'x'.repeat(101) }, 'teamGroupPrefix'],
      [{ teamGroupPrefix: ['Team: '] }, 'teamGroupPrefix'],
    ])('refuses %j, naming %s', (options, field) => {
      const create = () => createDefaultMapper(options as DefaultMapperOptions);

      expect(create).toThrow(ConfigError);
      expect(create).toThrow(
        expect.objectContaining({ issues: [expect.objectContaining({ field })] }),
      );
    });
  });
});
