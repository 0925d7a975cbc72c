import { EmailBook } from './email-book.js';
import { pickJobTitle } from './job-title.js';
import { FIRST_NAMES, LAST_NAMES, TIME_ZONES } from './name-pool.js';
import {
  countLeaders,
  type OrgStructure,
  pickDepartments,
  planStructure,
} from './org-structure.js';
import type { PlannedPerson } from './planned-person.js';
import { emailShapeOfKind, type PersonKind, planKinds, statusOfKind } from './population-mix.js';
import type { SeededRandom } from './seeded-random.js';
import { dateAfter, planTimeline } from './user-timeline.js';

/** The whole cast of a generated org, in construction order. */
export interface PeoplePlan {
  persons: PlannedPerson[];
  /** The org's single user type, as `type.id`. */
  typeId: string;
}

interface PlanContext {
  kinds: PersonKind[];
  structure: OrgStructure;
  ids: string[];
  emails: EmailBook;
  baseMs: number;
  random: SeededRandom;
}

const ID_CHARACTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];
const TIME_ZONE_SHARE = 0.7;
const PAST_START_DATE_SHARE = 0.3;

/**
 * Decides every person of an org of `people`: kind, place, manager, name,
 * email, dates. Managers precede their reports, so one pass suffices.
 */
export function planPeople(people: number, baseMs: number, random: SeededRandom): PeoplePlan {
  const departments = pickDepartments(random);
  const kinds = planKinds(people, countLeaders(people, departments.length), random);
  const structure = planStructure(kinds, departments, random);
  const ids = createIds('00u', people, random);
  const context: PlanContext = { kinds, structure, ids, emails: new EmailBook(), baseMs, random };
  const persons: PlannedPerson[] = [];

  for (let index = 0; index < people; index += 1) {
    persons.push(planPerson(index, context, persons));
  }

  return { persons, typeId: createIds('oty', 1, random)[0] as string };
}

function planPerson(index: number, context: PlanContext, earlier: PlannedPerson[]): PlannedPerson {
  const { kinds, structure, random } = context;
  const kind = kinds[index] ?? 'active';
  const status = statusOfKind(kind);
  const firstName = random.pick(FIRST_NAMES);
  const lastName = random.pick(LAST_NAMES);
  const address = context.emails.address(firstName, lastName, emailShapeOfKind(kind), random);
  const timeline = planTimeline(status, context.baseMs, random);

  return {
    id: context.ids[index] as string,
    kind,
    status,
    firstName,
    lastName,
    ...address,
    department: departmentName(index, kind, structure),
    title: pickJobTitle(index, kind, structure, random),
    ...managerOf(index, context, earlier),
    startDate: pickStartDate(kind, timeline.created, context),
    timezone: random.chance(TIME_ZONE_SHARE) ? random.pick(TIME_ZONES) : null,
    employeeNumber: String(1000 + index),
    timeline,
  };
}

function departmentName(index: number, kind: PersonKind, structure: OrgStructure): string | null {
  if (kind === 'no-department') {
    return null;
  }

  return structure.departments[structure.departmentOf[index] ?? 0]?.name ?? null;
}

function managerOf(
  index: number,
  context: PlanContext,
  earlier: PlannedPerson[],
): Pick<PlannedPerson, 'managerId' | 'managerName'> {
  if (context.kinds[index] === 'unknown-manager') {
    return { managerId: unknownManagerId(index), managerName: null };
  }

  const manager = earlier[context.structure.managerOf[index] ?? -1];

  if (manager === undefined) {
    return { managerId: null, managerName: null };
  }

  return { managerId: manager.id, managerName: `${manager.firstName} ${manager.lastName}` };
}

// Shaped like an Okta id so only a lookup, not a format check, finds it out.
function unknownManagerId(index: number): string {
  return `00uNOBODY${String(index).padStart(11, '0')}`;
}

function pickStartDate(kind: PersonKind, created: string, context: PlanContext): string | null {
  const { random, baseMs } = context;

  if (kind === 'staged' || kind === 'provisioned') {
    return dateAfter(baseMs, random.integer(1, 60));
  }

  return random.chance(PAST_START_DATE_SHARE) ? created.slice(0, 10) : null;
}

function createIds(prefix: string, count: number, random: SeededRandom): string[] {
  const ids = new Set<string>();

  while (ids.size < count) {
    let id = prefix;

    for (let position = 0; position < 17; position += 1) {
      id += random.pick(ID_CHARACTERS);
    }

    ids.add(id);
  }

  return [...ids];
}
