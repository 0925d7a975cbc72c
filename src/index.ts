export type { MemoryStoreOptions } from './adapters/memory/memory-sync-store.js';
export { createMemoryStore } from './adapters/memory/memory-sync-store.js';
export type { ExportedPerson, ExportedTeam, TenantExport } from './engine/export-people.js';
export { exportTenant } from './engine/export-people.js';
export type {
  DirectoryResolver,
  FullSyncOptions,
  SyncEngine,
  SyncEngineOptions,
} from './engine/sync-engine.js';
export { createSyncEngine } from './engine/sync-engine.js';
export type { RunProgress, SyncEvents } from './engine/sync-events.js';
export type {
  GuardHold,
  PersonFailure,
  PlannedChange,
  RunCounts,
  RunStatus,
  SyncReport,
} from './engine/sync-report.js';
export type { ConfigIssue } from './errors/config-error.js';
export { ConfigError } from './errors/config-error.js';
export type { ErrorSummary } from './errors/describe-error.js';
export { describeError } from './errors/describe-error.js';
export { MissingPeerError } from './errors/missing-peer-error.js';
export type { OktaErrorCause, OktaRequestErrorDetails } from './errors/okta-request-error.js';
export { OktaRequestError } from './errors/okta-request-error.js';
export type { OrgUrlRule } from './errors/org-url-error.js';
export { OrgUrlError } from './errors/org-url-error.js';
export { StoreError } from './errors/store-error.js';
export type { SyncErrorCode, SyncErrorOptions } from './errors/sync-error.js';
export { isSyncError, SyncError } from './errors/sync-error.js';
export { effectiveManager } from './managers/individual-strategy.js';
export { createDefaultMapper } from './mapping/default-mapper.js';
export type { DefaultMapperOptions } from './mapping/default-mapper-options.js';
export type { DirectoryPerson, PersonStatus } from './mapping/directory-person.js';
export { isValidEmail } from './mapping/email.js';
export type { FullNameSource } from './mapping/full-name.js';
export type { MapOutcome, MappingContext, PersonMapper } from './mapping/person-mapper.js';
export type { SkipCode, SkippedPerson } from './mapping/skipped-person.js';
export type {
  ListUsersOptions,
  OktaDirectory,
  OktaRequestStats,
  OktaUserPage,
  UserListing,
} from './okta/okta-directory.js';
export type { OktaDirectoryOptions } from './okta/okta-directory-options.js';
export { toOktaRequestError } from './okta/okta-error.js';
export type { OktaUser, OktaUserStatus } from './okta/okta-user.js';
export type { ParseOrgUrlOptions } from './okta/org-url.js';
export { parseOrgUrl } from './okta/org-url.js';
export { createOktaDirectory } from './okta/sdk-okta-directory.js';
export type { Clock } from './ports/clock.js';
export { systemClock } from './ports/clock.js';
export type { LogFields, Logger } from './ports/logger.js';
export { silentLogger } from './ports/logger.js';
export type { PageQuery } from './ports/store-pages.js';
export { storePages } from './ports/store-pages.js';
export type {
  PageRequest,
  PersonWrite,
  RunRecord,
  StoredPerson,
  StoredTeam,
  SyncStore,
} from './ports/sync-store.js';
