import { z } from 'zod';
import { hostObject } from './host-value.js';
import { wholeNumber } from './whole-number.js';

/** What an HTTP header name may hold (RFC 9110 token characters). */
const headerNamePattern = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

const secretMessage = 'give one or two non-empty values, each on a single line';

const secretValue = z
  .string()
  .refine((value) => value.trim() !== '' && !/[\r\n]/.test(value), { error: secretMessage });

/** The name of the header Okta sends the hook secret in. */
export const hookHeaderName = z
  .string({ error: 'use the header name as text' })
  .regex(headerNamePattern, { error: 'must be an HTTP header name' })
  .default('authorization')
  .describe("The auth header's name (the hook's `authScheme.key`), matched ignoring case.")
  .meta({ allowed: 'an HTTP header name, such as `authorization`' });

/** The largest hook body accepted. */
export const hookMaxBodyBytes = wholeNumber(
  { min: 1 },
  'must be a whole number of bytes, 1 or more',
)
  .default(4 * 1024 * 1024)
  .describe('Largest body accepted, in bytes; a larger delivery is refused with 413.');

const ledgerMeta = {
  description:
    'Filters events seen before, so a repeated delivery queues nothing. Not needed: the ' +
    "engine skips an event its store's ledger holds. Never pass the store itself.",
  tsType: 'EventLedger | null',
  defaultText: '`null` (none)',
};

/** The optional filter of repeated events. */
export const hookLedger = hostObject(ledgerMeta).nullable().meta(ledgerMeta).optional();

/** The settings of `createEventHookHandler`. */
export const eventHookHandlerOptionsSchema = z
  .object({
    queue: hostObject(
      {
        description: 'Where person jobs go; nothing else happens in the request.',
        tsType: 'SyncQueue',
      },
      'pass the SyncQueue that person jobs go to',
    ),
    tenantId: z
      .string({ error: 'must be a non-empty string naming the tenant' })
      .refine((id) => id.trim() !== '', { error: 'must be a non-empty string naming the tenant' })
      .describe('The tenant whose hook this is; every job is for this tenant.')
      .meta({ allowed: 'not blank' }),
    secret: z
      .union([secretValue, z.array(secretValue).min(1, { error: secretMessage })], {
        error: 'set the hook secret the admin entered in Okta (text, or a list while rotating)',
      })
      .meta({
        description:
          'The value Okta sends in the auth header (`authScheme.value`), compared exactly ' +
          'in constant time. Two values allow a rotation. Never logged.',
        tsType: 'string | string[]',
        allowed: 'one line each, not blank',
      }),
    headerName: hookHeaderName,
    maxBodyBytes: hookMaxBodyBytes,
    ledger: hookLedger,
  })
  .describe("Options of `createEventHookHandler`: one tenant's Okta event hook.");
