import { SyncError, type SyncErrorOptions } from './sync-error.js';

/** One setting that failed validation, and what to do about it. */
export interface ConfigIssue {
  /** Dotted path of the setting, such as `okta.orgUrl`. */
  field: string;
  /** What is wrong and how to fix it, in one sentence. */
  message: string;
}

/** Settings or arguments the caller must fix; never retryable. */
export class ConfigError extends SyncError {
  /** The settings that failed; the message joins them with `; `. */
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[], options: SyncErrorOptions = {}) {
    super('ERR_CONFIG_INVALID', describeIssues(issues), options);
    this.issues = issues;
  }
}

function describeIssues(issues: readonly ConfigIssue[]): string {
  const lines = issues.map((issue) => `${issue.field}: ${issue.message}`);

  return lines.join('; ');
}
