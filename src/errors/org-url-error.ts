import { SyncError, type SyncErrorOptions } from './sync-error.js';

/** Which org URL rule refused the value. */
export type OrgUrlRule =
  | 'malformed'
  | 'https-required'
  | 'no-credentials'
  | 'no-query-or-fragment'
  | 'host-not-allowed'
  | 'admin-host';

/** An org URL that may not be used, with the rule it broke. */
export class OrgUrlError extends SyncError {
  /** The rule the URL broke, for code to switch on. */
  readonly rule: OrgUrlRule;

  constructor(rule: OrgUrlRule, message: string, options: SyncErrorOptions = {}) {
    super('ERR_ORG_URL_INVALID', message, options);
    this.rule = rule;
  }
}
