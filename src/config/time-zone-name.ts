import { z } from 'zod';
import { isTimeZone } from '../mapping/time-zone.js';

const defaultMessage = 'must be an IANA time zone, such as Europe/London';

/** An IANA time zone this runtime knows, such as `Europe/London` or `UTC`. */
export function timeZoneName(message = defaultMessage) {
  return z
    .string({ error: message })
    .refine(isTimeZone, { error: message })
    .meta({ allowed: 'an IANA zone name, such as `Europe/London`' });
}
