import type { MapOutcome } from './person-mapper.js';
import { checkMappedPerson } from './person-schema.js';
import { describeMapperFailure, describeMapperSkip } from './skip-reasons.js';
import type { SkipCode } from './skipped-person.js';

const skipCodes: ReadonlySet<string> = new Set<SkipCode>([
  'EMAIL_MISSING',
  'EMAIL_INVALID',
  'PROFILE_INVALID',
  'MAPPER_FAILED',
  'MAPPER_SKIPPED',
]);

/**
 * What a custom mapper returned for the user with `oktaId`, checked: a
 * valid person passes; a skip keeps its code and reason (a custom skip's
 * reason is quoted); anything else becomes a `MAPPER_FAILED` skip naming
 * the bad field. Skips are always named by the user's own id.
 */
export function checkMappedOutcome(outcome: unknown, oktaId: string): MapOutcome {
  const value = outcome as Partial<Record<string, unknown>> | null;

  if (value?.kind === 'skip') {
    return checkSkip(value.skip, oktaId);
  }

  if (value?.kind !== 'person') {
    return failed(oktaId, 'outcome', "must be { kind: 'person' } or { kind: 'skip' }");
  }

  const checked = checkMappedPerson(value.person, oktaId);

  return checked.ok
    ? { kind: 'person', person: checked.person }
    : failed(oktaId, checked.field, checked.problem);
}

function checkSkip(skip: unknown, oktaId: string): MapOutcome {
  const { code, reason } = (skip ?? {}) as Partial<Record<string, unknown>>;
  if (typeof code !== 'string' || !skipCodes.has(code)) {
    return failed(oktaId, 'skip.code', 'must be a known skip code');
  }

  if (typeof reason !== 'string' || reason.trim() === '') {
    return failed(oktaId, 'skip.reason', 'must be a sentence for the admin');
  }

  const text = code === 'MAPPER_SKIPPED' ? describeMapperSkip(reason) : reason;

  return { kind: 'skip', skip: { oktaId, code: code as SkipCode, reason: text } };
}

function failed(oktaId: string, field: string, problem: string): MapOutcome {
  const reason = describeMapperFailure(field, problem);

  return { kind: 'skip', skip: { oktaId, code: 'MAPPER_FAILED', reason } };
}
