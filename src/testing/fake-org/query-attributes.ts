import type { OktaUser } from '../../okta/okta-user.js';
import { invalidQuery } from './query-tokens.js';
import type { UserPredicate } from './user-roster.js';

/** `filter` is Okta's strict, case-sensitive query; `search` the broad one. */
export type QueryDialect = 'filter' | 'search';

const FILTER_EQUALS = new Set([
  'status',
  'id',
  'lastUpdated',
  'profile.login',
  'profile.email',
  'profile.firstName',
  'profile.lastName',
]);
const SEARCH_TOP_LEVEL = new Set([
  'status',
  'id',
  'created',
  'activated',
  'statusChanged',
  'lastUpdated',
  'type.id',
]);
const DATES = new Set(['created', 'activated', 'statusChanged', 'lastUpdated']);
const CONTAINS = new Set([
  'profile.firstName',
  'profile.lastName',
  'profile.email',
  'profile.login',
]);
const ORDERINGS = new Set(['gt', 'ge', 'lt', 'le']);

type AttributeReader = (user: OktaUser) => unknown;

/**
 * Compiles `attribute operator "value"` into a predicate, refusing what
 * Okta's documentation says the dialect does not support.
 *
 * @throws OktaRequestError (`ERR_OKTA_INVALID_QUERY`) when unsupported.
 */
export function compileComparison(
  dialect: QueryDialect,
  attribute: string,
  operator: string,
  value: string,
): UserPredicate {
  const op = operator.toLowerCase();

  if (!isSupported(dialect, attribute, op)) {
    throw invalidQuery(`${dialect} does not support ${attribute} ${operator}`);
  }

  const read = attributeReader(attribute);

  return DATES.has(attribute)
    ? compareDates(read, op, value)
    : compareText(read, op, value, dialect === 'search');
}

function isSupported(dialect: QueryDialect, attribute: string, op: string): boolean {
  if (dialect === 'filter') {
    return op === 'eq'
      ? FILTER_EQUALS.has(attribute)
      : ORDERINGS.has(op) && attribute === 'lastUpdated';
  }

  if (!SEARCH_TOP_LEVEL.has(attribute) && !attribute.startsWith('profile.')) {
    return false;
  }

  if (ORDERINGS.has(op)) {
    return DATES.has(attribute);
  }

  return op === 'eq' || op === 'sw' || (op === 'co' && CONTAINS.has(attribute));
}

function compareDates(read: AttributeReader, op: string, value: string): UserPredicate {
  const target = Date.parse(value);

  if (Number.isNaN(target)) {
    throw invalidQuery(`${value} is not a date`);
  }

  return (user) => {
    const raw = read(user);
    const actual = typeof raw === 'string' ? Date.parse(raw) : Number.NaN;

    return !Number.isNaN(actual) && ordered(actual, op, target);
  };
}

function ordered(actual: number, op: string, target: number): boolean {
  switch (op) {
    case 'gt':
      return actual > target;
    case 'ge':
      return actual >= target;
    case 'lt':
      return actual < target;
    case 'le':
      return actual <= target;
    default:
      return actual === target;
  }
}

// Search ignores case in values; filter does not (Okta's rules).
function compareText(
  read: AttributeReader,
  op: string,
  value: string,
  fold: boolean,
): UserPredicate {
  const normalise = fold ? (text: string) => text.toLowerCase() : (text: string) => text;
  const target = normalise(value);

  return (user) => {
    const raw = read(user);

    if (typeof raw !== 'string') {
      return false;
    }

    const actual = normalise(raw);

    if (op === 'sw') {
      return actual.startsWith(target);
    }

    return op === 'co' ? actual.includes(target) : actual === target;
  };
}

// Splits the dotted path once per query, not once per user.
function attributeReader(attribute: string): AttributeReader {
  if (attribute.startsWith('profile.')) {
    const key = attribute.slice('profile.'.length);

    return (user) => user.profile[key];
  }

  const path = attribute.split('.');

  return (user) => path.reduce<unknown>(step, user);
}

function step(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}
