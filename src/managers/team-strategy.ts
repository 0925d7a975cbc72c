import { deriveTeamManagers } from './derive-team-managers.js';
import type { ManagerStrategy } from './manager-strategy.js';

/**
 * The team strategy: a team takes the Okta manager of its first member,
 * and its members' managers follow the team.
 *
 * - The first member is the team's earliest-added person (lowest person
 *   id) who is linked to Okta and not deactivated. After every full sync
 *   the team's manager is that member's resolved Okta manager, so when the
 *   first member's manager changes in Okta the team follows, and when the
 *   first member leaves or moves team, the next earliest member takes
 *   their place.
 * - A manager an admin set (`setTeamManager`) is never changed.
 * - A member's manager is the team's manager; the first member's own
 *   manager, a member of a team without a manager, and a person in no
 *   team keep their own Okta manager.
 */
export function teamStrategy(): ManagerStrategy {
  return {
    name: 'team',
    managerOf(person, team) {
      const teamManager = team?.managerOktaId ?? null;

      if (teamManager === null || teamManager === person.oktaId) {
        return person.managerOktaId;
      }

      return teamManager;
    },
    afterResolve: deriveTeamManagers,
  };
}
