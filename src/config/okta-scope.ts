import { z } from 'zod';

/** Okta ids are short alphanumeric strings; anything else would change a path. */
export const oktaIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

const scopeMessage = 'use an object such as { kind: "org" }';
const kindMessage = 'use "org", "app", "groups" or "search"';
const appMessage = 'use the app id from the Admin Console, such as 0oa1b2c3d4';
const groupsMessage = 'list one or more group ids, such as 00g1b2c3d4';
const searchMessage = 'write one Okta search expression, such as profile.department eq "Sales"';

const groupIds = z
  .array(z.string({ error: groupsMessage }), { error: groupsMessage })
  .min(1, { error: groupsMessage })
  .refine((ids) => ids.every((id) => oktaIdPattern.test(id)), { error: groupsMessage })
  .describe('With `kind: "groups"`: the groups whose members are listed.')
  .meta({ allowed: 'Okta group ids, such as `00g1b2c3d4`' });

const search = z
  .string({ error: searchMessage })
  .refine((text) => text.trim() !== '' && !/[\r\n]/.test(text), { error: searchMessage })
  .describe('With `kind: "search"`: an Okta search expression selecting the users.')
  .meta({ allowed: 'one line, not blank, such as `profile.department eq "Sales"`' });

/** The `scope` of `OktaDirectoryOptions`: which people a directory lists. */
export const oktaScopeSchema = z
  .discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('org') }),
      z.object({
        kind: z.literal('app'),
        appId: z
          .string({ error: appMessage })
          .regex(oktaIdPattern, { error: appMessage })
          .describe('With `kind: "app"`: the app whose assigned people are listed.'),
      }),
      z.object({ kind: z.literal('groups'), groupIds }),
      z.object({ kind: z.literal('search'), search }),
    ],
    { error: (issue) => (issue.code === 'invalid_union' ? kindMessage : scopeMessage) },
  )
  .meta({
    description:
      'Which people to list: everyone in the org, the people assigned to one app, ' +
      'the members of some groups, or the users a search expression matches.',
    tsType: 'OktaScope',
  });
