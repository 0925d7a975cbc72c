/**
 * Which people of the org a directory lists:
 * - `org`: everyone (the default);
 * - `app`: the people assigned to one Okta app, directly or through a group;
 * - `groups`: the members of the chosen groups;
 * - `search`: the users an Okta `search` expression matches, such as
 *   `profile.department eq "Engineering"`.
 *
 * Leavers: with `org`, deactivated people come from the `deprovisioned`
 * listing. With the other scopes that listing is empty: a person who
 * leaves the scope (unassigned, removed from the groups, no longer
 * matching, or deactivated, which removes app assignments) is simply not
 * listed, and the engine's sweep of the unseen deactivates them. A `search`
 * scope lists matching DEPROVISIONED users itself.
 */
export type OktaScope =
  | { kind: 'org' }
  | {
      kind: 'app';
      /** The Okta app's id, as in its admin URL. */
      appId: string;
    }
  | {
      kind: 'groups';
      /** The Okta group ids whose members are listed. */
      groupIds: readonly string[];
    }
  | {
      kind: 'search';
      /** An Okta `search` expression, passed to Okta as it is. */
      search: string;
    };
