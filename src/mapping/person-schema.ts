import { z } from 'zod';
import type { DirectoryPerson } from './directory-person.js';
import { isValidEmail } from './email.js';
import { parseCalendarDate, parseZonedDateTime } from './iso-dates.js';

const text = z.string({ error: 'must be text' });
const filled = text.refine((value) => value.trim() !== '', { error: 'must not be blank' });
const nullableText = filled.nullable();
const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** The schema every person a custom mapper returns must pass. */
export const directoryPersonSchema = z
  .object({
    oktaId: filled,
    email: text.refine(isValidEmail, { error: 'must be a valid email address (see docs)' }),
    fullName: filled,
    team: nullableText,
    jobTitle: nullableText,
    managerRef: nullableText,
    startDate: text
      .refine((value) => parseCalendarDate(value) !== null, {
        error: 'must be a real date written YYYY-MM-DD',
      })
      .nullable(),
    status: z.enum(['active', 'pending', 'suspended', 'deactivated'], {
      error: "must be 'active', 'pending', 'suspended' or 'deactivated'",
    }),
    oktaUpdatedAt: text
      .refine((value) => parseZonedDateTime(value) !== null, {
        error: 'must be an ISO 8601 date-time with a zone',
      })
      .nullable(),
    login: nullableText.optional(),
    employeeNumber: nullableText.optional(),
    attributes: z
      .record(z.string(), z.union([scalar, z.null(), z.array(scalar)]), {
        error: 'must map names to text, numbers, booleans, null or lists of them',
      })
      .optional(),
  })
  .strict();

/** A custom mapper's output, checked: the person, or the first bad field. */
export type CheckedPerson =
  | { ok: true; person: DirectoryPerson }
  | { ok: false; field: string; problem: string };

/**
 * Checks what a custom mapper returned for the user with `oktaId`: it must
 * be a complete `DirectoryPerson` with no unknown key, whose `oktaId` is
 * the user's own. The person is returned as given, not a parsed copy, so
 * nothing is trimmed and a key such as `__proto__` in `attributes` stays
 * a plain key.
 */
export function checkMappedPerson(value: unknown, oktaId: string): CheckedPerson {
  const result = directoryPersonSchema.safeParse(value, { reportInput: true });
  if (!result.success) {
    return firstProblem(result.error.issues);
  }

  if (result.data.oktaId !== oktaId) {
    return { ok: false, field: 'oktaId', problem: "must be the Okta user's own id" };
  }

  return { ok: true, person: value as DirectoryPerson };
}

function firstProblem(issues: readonly z.core.$ZodIssue[]): CheckedPerson {
  const [issue] = issues;
  if (issue === undefined || (issue.path.length === 0 && issue.code !== 'unrecognized_keys')) {
    return { ok: false, field: 'person', problem: 'must be a person object' };
  }

  if (issue.code === 'unrecognized_keys') {
    return { ok: false, field: issue.keys[0] ?? 'person', problem: 'is not a person field' };
  }

  const field = issue.path.map(String).join('.');
  const missing = issue.code === 'invalid_type' && issue.input === undefined;

  return { ok: false, field, problem: missing ? 'is missing' : issue.message };
}
