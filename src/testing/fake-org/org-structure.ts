import { DEPARTMENTS, type DepartmentSpec, EXECUTIVE_DEPARTMENT } from './department-catalog.js';
import type { PersonKind } from './population-mix.js';
import type { SeededRandom } from './seeded-random.js';

/** Who sits where in a generated org, by person index. */
export interface OrgStructure {
  /** The departments in use; index 0 is the executive one. */
  departments: DepartmentSpec[];
  /** Department index of each person. */
  departmentOf: number[];
  /** Index of each person's manager, or -1 for none. */
  managerOf: number[];
  /** Levels below the chief executive (who is at 0). */
  depthOf: number[];
  /** How many people report to each person. */
  reportCount: number[];
}

interface ManagerQueue {
  managers: number[];
  head: number;
  used: number;
  span: number;
}

const SMALLEST_SPAN = 2;
const LARGEST_SPAN = 6;

/** Picks the executive department plus 7 to 14 others. */
export function pickDepartments(random: SeededRandom): DepartmentSpec[] {
  const count = random.integer(7, 14);
  const others = random.shuffle([...DEPARTMENTS]).slice(0, count);

  return [EXECUTIVE_DEPARTMENT, ...others];
}

/**
 * How many leaders an org has: the chief executive (person 0) and one
 * vice-president per other department (persons 1 to n), as far as the
 * headcount allows.
 */
export function countLeaders(people: number, departments: number): number {
  return Math.min(people, departments);
}

/**
 * Places every person in a department and under a manager. Each
 * department fills breadth-first under its vice-president, so chains grow
 * deep; only `active` people take reports. Managers always come before
 * their reports in index order, which keeps this a single O(N) pass.
 */
export function planStructure(
  kinds: readonly PersonKind[],
  departments: DepartmentSpec[],
  random: SeededRandom,
): OrgStructure {
  const people = kinds.length;
  const leaders = countLeaders(people, departments.length);
  const structure = startStructure(people, departments, leaders);
  const queues = departments.map((_, index) => startQueue(index, random));
  const pickDepartment = weightedPicker(departments, random);

  for (let person = leaders; person < people; person += 1) {
    const department = pickDepartment();
    structure.departmentOf[person] = department;

    if (kinds[person] !== 'unknown-manager') {
      const queue = queues[department] as ManagerQueue;
      placeUnder(structure, person, takeManager(queue, random));
    }

    if (kinds[person] === 'active') {
      queues[department]?.managers.push(person);
    }
  }

  return structure;
}

function startStructure(
  people: number,
  departments: DepartmentSpec[],
  leaders: number,
): OrgStructure {
  const structure: OrgStructure = {
    departments,
    departmentOf: new Array<number>(people).fill(0),
    managerOf: new Array<number>(people).fill(-1),
    depthOf: new Array<number>(people).fill(1),
    reportCount: new Array<number>(people).fill(0),
  };

  structure.depthOf[0] = 0;

  for (let leader = 1; leader < leaders; leader += 1) {
    structure.departmentOf[leader] = leader;
    placeUnder(structure, leader, 0);
  }

  return structure;
}

// The executive queue starts at the chief executive, each other one at
// its vice-president, whose index equals the department's.
function startQueue(department: number, random: SeededRandom): ManagerQueue {
  return { managers: [department], head: 0, used: 0, span: pickSpan(random) };
}

function takeManager(queue: ManagerQueue, random: SeededRandom): number {
  const full = queue.used >= queue.span;

  if (full && queue.head + 1 < queue.managers.length) {
    queue.head += 1;
    queue.used = 0;
    queue.span = pickSpan(random);
  }

  queue.used += 1;

  return queue.managers[queue.head] as number;
}

function placeUnder(structure: OrgStructure, person: number, manager: number): void {
  structure.managerOf[person] = manager;
  structure.depthOf[person] = (structure.depthOf[manager] ?? 0) + 1;
  structure.reportCount[manager] = (structure.reportCount[manager] ?? 0) + 1;
}

function pickSpan(random: SeededRandom): number {
  return random.integer(SMALLEST_SPAN, LARGEST_SPAN);
}

function weightedPicker(departments: DepartmentSpec[], random: SeededRandom): () => number {
  const cumulative: number[] = [];
  let total = 0;

  for (const department of departments) {
    total += department.weight;
    cumulative.push(total);
  }

  return () => {
    const target = random.next() * total;
    const found = cumulative.findIndex((bound) => target < bound);

    return found === -1 ? cumulative.length - 1 : found;
  };
}
