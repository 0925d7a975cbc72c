import type { StoredPerson } from '../../ports/stored-person.js';
import { oktaInstantText } from './okta-instant-text.js';

/**
 * The select list that reads a `people` row as a `StoredPerson`. Dates are
 * formatted in SQL so every driver returns the same strings.
 */
export const personSelectList = `id, okta_id AS "oktaId", email,
  full_name AS "fullName", team, job_title AS "jobTitle",
  manager_ref AS "managerRef", manager_okta_id AS "managerOktaId", status,
  to_char(start_date, 'YYYY-MM-DD') AS "startDate",
  okta_updated_at AS "oktaUpdatedAt", seen_generation AS "seenGeneration",
  login, employee_number AS "employeeNumber", attributes::text AS attributes,
  locked_fields AS "lockedFields",
  before_deactivation::text AS "beforeDeactivation"`;

/** Columns a write sets, in the order of {@link personValues}. */
export const personWriteColumns = [
  'okta_id',
  'email',
  'email_lower',
  'full_name',
  'team',
  'job_title',
  'manager_ref',
  'manager_okta_id',
  'status',
  'start_date',
  'okta_updated_at',
  'seen_generation',
  'login',
  'login_lower',
  'employee_number',
  'attributes',
  'locked_fields',
  'before_deactivation',
  'okta_updated_instant',
] as const;

/** SQL types of {@link personWriteColumns}, for casting parameters. */
export const personWriteTypes = [
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'date',
  'text',
  'integer',
  'text',
  'text',
  'text',
  'jsonb',
  'text[]',
  'jsonb',
  'timestamptz',
] as const;

/** Parameter values of one person, matching {@link personWriteColumns}. */
export function personValues(person: Omit<StoredPerson, 'id'>): unknown[] {
  return [
    person.oktaId,
    person.email,
    person.email.toLowerCase(),
    person.fullName,
    person.team,
    person.jobTitle,
    person.managerRef,
    person.managerOktaId,
    person.status,
    person.startDate,
    person.oktaUpdatedAt,
    person.seenGeneration,
    person.login ?? null,
    person.login?.toLowerCase() ?? null,
    person.employeeNumber ?? null,
    JSON.stringify(person.attributes ?? {}),
    person.lockedFields ?? [],
    person.beforeDeactivation ? JSON.stringify(person.beforeDeactivation) : null,
    // Null for text not in Okta's form: SQL then reads it (`personRows`).
    oktaInstantText(person.oktaUpdatedAt),
  ];
}

/** A row read with {@link personSelectList}, as a `StoredPerson`. */
export type PersonRow = Omit<StoredPerson, 'attributes' | 'beforeDeactivation'> & {
  attributes: string;
  beforeDeactivation: string | null;
};

/**
 * Turns a row into a `StoredPerson`. JSON columns are read as text and
 * parsed here, so every driver returns the same objects.
 */
export function toStoredPerson(row: PersonRow): StoredPerson {
  const { attributes, beforeDeactivation } = row;

  return {
    ...row,
    attributes: JSON.parse(attributes),
    beforeDeactivation: beforeDeactivation === null ? null : JSON.parse(beforeDeactivation),
  };
}
