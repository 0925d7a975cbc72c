import { z } from 'zod';

const message = 'must be the name of an Okta profile attribute: 1–100 characters, no spaces';

/** The name of an Okta profile attribute, such as `department`. */
export function profileAttribute() {
  return z
    .string({ error: message })
    .regex(/^\S{1,100}$/, { error: message })
    .meta({ allowed: '1 to 100 characters, no spaces' });
}
