/** A team as the store holds it. */
export interface StoredTeam {
  /** The team's name: its identity within the tenant. */
  name: string;
  /** Default manager for members whose Okta profile has none, or null. */
  managerOktaId: string | null;
  /**
   * Present only when the team manager strategy chose the manager: the
   * Okta id of the member it was taken from. Absent when an admin set the
   * manager, or nobody did.
   */
  managerFrom?: string;
}
