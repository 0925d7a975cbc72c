import { z } from 'zod';
import { oktaIdPattern } from './okta-scope.js';

const maxGroupIds = 100;
const maxPrefixLength = 100;

const groupIdsMessage = `list 1 to ${maxGroupIds} different group ids, such as 00g1b2c3d4`;
const prefixMessage =
  `use the start of the team groups' names, such as "Team: " ` +
  `(1 to ${maxPrefixLength} characters on one line)`;

const groupIds = z
  .array(z.string({ error: groupIdsMessage }), { error: groupIdsMessage })
  .min(1, { error: groupIdsMessage })
  .max(maxGroupIds, { error: groupIdsMessage })
  .refine(isIdList, { error: groupIdsMessage })
  .optional()
  .describe('The team groups by id, in the order a mapper should prefer them.')
  .meta({ allowed: 'different Okta group ids, such as `00g1b2c3d4`' });

const namePrefix = z
  .string({ error: prefixMessage })
  .max(maxPrefixLength, { error: prefixMessage })
  .refine(isPrefix, { error: prefixMessage })
  .optional()
  .describe(
    "The start of every team group's name, such as `Team: `, compared exactly " +
      '(case included).',
  )
  .meta({ allowed: 'one line, not blank' });

/** The `teamGroups` of `OktaDirectoryOptions`: the groups that stand for teams. */
export const teamGroupsSchema = z
  .object({ groupIds, namePrefix }, { error: 'use { groupIds: [...] } or { namePrefix: "..." }' })
  .refine((given) => (given.groupIds === undefined) !== (given.namePrefix === undefined), {
    error: 'give either groupIds or namePrefix, exactly one of them',
  })
  .describe(
    'The groups that stand for teams, by id or by name prefix (exactly one). Each listed ' +
      "user's `groups` then holds the names of their team groups. Needs `okta.groups.read`.",
  )
  .meta({ tsType: 'TeamGroups' });

function isIdList(ids: readonly string[]): boolean {
  return ids.every((id) => oktaIdPattern.test(id)) && new Set(ids).size === ids.length;
}

function isPrefix(prefix: string): boolean {
  return prefix.trim() !== '' && !/\p{Cc}/u.test(prefix);
}
