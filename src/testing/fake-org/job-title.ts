import type { OrgStructure } from './org-structure.js';
import type { PersonKind } from './population-mix.js';
import type { SeededRandom } from './seeded-random.js';

/**
 * A job title that fits the person's place: leaders and managers get
 * titles by level, everyone else one of the department's titles. People
 * of kind `no-department` have a sparse profile and no title.
 */
export function pickJobTitle(
  person: number,
  kind: PersonKind,
  structure: OrgStructure,
  random: SeededRandom,
): string | null {
  if (kind === 'no-department') {
    return null;
  }

  if (person === 0) {
    return 'Chief Executive Officer';
  }

  const department = structure.departments[structure.departmentOf[person] ?? 0];
  const executive = structure.departmentOf[person] === 0;
  const depth = structure.depthOf[person] ?? 1;
  const manages = (structure.reportCount[person] ?? 0) > 0;
  const name = department?.name ?? '';

  if (manages) {
    return managerTitle(name, depth, executive);
  }

  return random.pick(department?.titles ?? ['Associate']);
}

function managerTitle(department: string, depth: number, executive: boolean): string {
  if (executive) {
    return 'Executive Director';
  }

  if (depth <= 1) {
    return `VP, ${department}`;
  }

  return depth === 2 ? `Director, ${department}` : `${department} Manager`;
}
