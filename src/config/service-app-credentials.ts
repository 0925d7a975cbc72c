import { z } from 'zod';

const clientIdMessage =
  "use the service app's client id from the Admin Console, such as 0oa1b2c3d4";
const keyMessage =
  'use the private key as PEM text or a JWK (RSA or EC) whose public key is registered on the app';

/**
 * The `serviceApp` of `OktaDirectoryOptions`. Only the shape is checked
 * here; the credentials module checks the key itself and never echoes it.
 */
export const serviceAppCredentialsSchema = z
  .object(
    {
      clientId: z.string({ error: clientIdMessage }).describe("The service app's client id."),
      privateKey: z.union([z.string(), z.looseObject({})], { error: keyMessage }).meta({
        description:
          'The private key whose public half is registered on the app: PEM text ' +
          '(PKCS#8 or PKCS#1) or a JWK, as an object or JSON text. Never logged.',
        tsType: 'string | JsonWebKeyObject',
      }),
      keyId: z
        .string({ error: 'use the key id shown on the app' })
        .optional()
        .describe("The `kid` of the registered key; a JWK's own `kid` by default."),
      scopes: z
        .union([z.string(), z.array(z.string())], { error: 'use a list of scopes' })
        .optional()
        .meta({
          description:
            'The scopes to ask for, as a list or a space-separated string. By default what ' +
            'the scope reads: `okta.users.read`, plus `okta.apps.read` or `okta.groups.read`.',
          tsType: 'string[] | string',
        }),
    },
    { error: 'use an object with clientId, privateKey and keyId' },
  )
  .describe('An OAuth 2.0 service app signing in with `private_key_jwt`, instead of an API token.')
  .meta({ tsType: 'ServiceAppCredentials' });
