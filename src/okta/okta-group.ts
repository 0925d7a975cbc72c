/** A group a user belongs to, reduced to what a host shows or maps. */
export interface OktaGroup {
  /** The Okta group id. */
  id: string;
  /** The group's `profile.name`. */
  name: string;
  /** `OKTA_GROUP`, `APP_GROUP` or `BUILT_IN` (the Everyone group). */
  type: string;
}
