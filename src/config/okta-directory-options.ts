import { z } from 'zod';
import { hostObjectWith } from './host-value.js';
import { oktaScopeSchema } from './okta-scope.js';
import { serviceAppCredentialsSchema } from './service-app-credentials.js';
import { teamGroupsSchema } from './team-groups.js';
import { wholeNumber } from './whole-number.js';

/** Okta's largest page of users, and the default. */
export const maxPageSize = 200;
/** Okta's largest page of app users, and the default. */
export const maxAppPageSize = 500;

const singleLine = 'use a single line of text';

/**
 * The settings of `createOktaDirectory`. Org URL rules and the
 * credentials' contents are checked after this, by `parseOrgUrl` and the
 * credentials module.
 */
export const oktaDirectoryOptionsSchema = z
  .object({
    orgUrl: z
      .string({ error: 'use the org URL as text, such as https://acme.okta.com' })
      .describe('The org URL, such as `https://acme.okta.com`; see the org URL rules.'),
    token: z
      .string({ error: 'use the API token as text' })
      .optional()
      .describe(
        'An SSWS API token, without the `SSWS ` prefix. Never logged. Give either this ' +
          'or `serviceApp`.',
      ),
    serviceApp: serviceAppCredentialsSchema.optional(),
    allowHttp: z
      .boolean({ error: 'use true or false' })
      .default(false)
      .describe('Allow a local fake org on a loopback host over `http:` (tests and demos only).'),
    allowedHosts: z
      .array(z.string({ error: 'use a domain name as text' }), {
        error: 'use a list of domain names',
      })
      .default([])
      .describe('Custom domains of the org that the host vouches for.'),
    scope: oktaScopeSchema.default({ kind: 'org' }),
    teamGroups: teamGroupsSchema.optional(),
    pageSize: wholeNumber(
      { min: 1, max: maxPageSize },
      `use a whole number from 1 to ${maxPageSize}`,
    )
      .default(maxPageSize)
      .describe('Users per page of user and group-member listings (Okta allows 200 at most).'),
    appPageSize: wholeNumber(
      { min: 1, max: maxAppPageSize },
      `use a whole number from 1 to ${maxAppPageSize}`,
    )
      .default(maxAppPageSize)
      .describe('App users per page of an app scope (Okta allows 500 at most).'),
    maxRetries: wholeNumber({ min: 0 }, 'use a whole number, 0 or more')
      .default(5)
      .describe(
        'How often one request is retried after a 429 or a transient failure; 0 disables. ' +
          'What still fails then reaches the caller marked retryable.',
      ),
    rateLimitShare: z
      .number({ error: 'use a number above 0 and at most 1' })
      .gt(0, { error: 'use a number above 0 and at most 1' })
      .lte(1, { error: 'use a number above 0 and at most 1' })
      .default(0.5)
      .describe(
        'The share of each Okta rate-limit bucket this process may use; requests are ' +
          "paced to it. 0.5 is Okta's default cap per token or app.",
      ),
    rateLimitPatienceMs: wholeNumber({ min: 0 }, 'use whole milliseconds, 0 or more')
      .default(5 * 60_000)
      .describe(
        'How long one request may keep waiting out 429s before the run fails with a ' +
          'retryable `ERR_OKTA_RATE_LIMITED`.',
      ),
    requestTimeoutMs: wholeNumber(
      { min: 1 },
      'use whole milliseconds, 1 or more: a read must not wait forever',
    )
      .default(30_000)
      .describe(
        'How long one attempt may take, answer included, before it is dropped and retried ' +
          'as a transient failure. There is no "no limit".',
      ),
    rateBudgets: hostObjectWith(
      ['budgetFor'],
      rateBudgetsMeta(),
      'use a RateBudgetRegistry',
    ).optional(),
    timer: hostObjectWith(
      ['now', 'sleep'],
      timerMeta(),
      'use a Timer, such as systemTimer',
    ).optional(),
    userAgent: z
      .string({ error: singleLine })
      .regex(/^[^\r\n]*$/, { error: singleLine })
      .default('@learnamp/okta-sync')
      .meta({ allowed: 'one line' })
      .describe("Put before the Okta SDK's `User-Agent`, so Okta's logs name the host."),
  })
  .describe('Options of `createOktaDirectory`: which org, how to sign in, what to list, how fast.');

function rateBudgetsMeta() {
  return {
    description: "The budgets shared per org; give your own to keep a directory's apart (tests).",
    tsType: 'RateBudgetRegistry',
    defaultText: 'the process-wide registry',
  };
}

function timerMeta() {
  return {
    description: 'Clock and waits of the adapter; tests pass a scaled timer.',
    tsType: 'Timer',
    defaultText: '`systemTimer` (real time)',
  };
}
