/** Every {@link NoticeCode}, in a list: for admin pages and exhaustive checks. */
export const noticeCodes = [
  'EMAIL_SHARED',
  'FIELD_LOCKED',
  'MANAGER_SELF',
  'MANAGER_CYCLE',
  'MANAGER_OUT_OF_SCOPE',
  'MANAGER_AMBIGUOUS',
] as const;

/**
 * Something a run did not do, or could not decide, about one person that
 * the admin should know, without it being an error:
 * - `EMAIL_SHARED`: another Okta user has the same email; both are kept;
 * - `FIELD_LOCKED`: a locked field kept its value; `value` is Okta's;
 * - `MANAGER_SELF`: the manager reference names the person themselves;
 * - `MANAGER_CYCLE`: applying the manager would close a reporting loop;
 * - `MANAGER_OUT_OF_SCOPE`: the manager is known but not synced (a leaver,
 *   or a person skipped this run);
 * - `MANAGER_AMBIGUOUS`: the reference matches more than one person.
 */
export type NoticeCode = (typeof noticeCodes)[number];

/** One notice of a run, shaped for the admin page. */
export interface SyncNotice {
  /** What kind of notice this is; stable, for code to switch on. */
  code: NoticeCode;
  /** The person the notice is about. */
  oktaId: string;
  /** One sentence for the admin: what happened and what to do. */
  message: string;
  /** The field concerned (`FIELD_LOCKED`). */
  field?: string;
  /** The value not applied: Okta's value, or the manager reference. */
  value?: string | null;
  /** Other people involved: the email's other holders, the loop's members. */
  others?: string[];
}
