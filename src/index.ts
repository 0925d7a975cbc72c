export type {
  FailedJob,
  JobWorker,
  MemoryQueue,
  MemoryQueueOptions,
} from './adapters/memory/memory-sync-queue.js';
export { createMemoryQueue } from './adapters/memory/memory-sync-queue.js';
export type { MemoryStoreOptions } from './adapters/memory/memory-sync-store.js';
export { createMemoryStore } from './adapters/memory/memory-sync-store.js';
export type { DeactivationGuardOptions } from './engine/deactivation-guard.js';
export type { DueTenantsOptions } from './engine/due-tenants.js';
export { dueTenants } from './engine/due-tenants.js';
export type { ExportedPerson, ExportedTeam, TenantExport } from './engine/export-people.js';
export { exportTenant } from './engine/export-people.js';
export type { FieldChange } from './engine/person-change.js';
export type { PersonEvent } from './engine/person-events.js';
export type { PersonSyncResult } from './engine/person-sync.js';
export { RunInProgressError } from './engine/run-in-progress-error.js';
export type { StartDateOptions } from './engine/start-dates.js';
export type {
  DirectoryResolver,
  FullSyncOptions,
  IncrementalSyncOptions,
  JobResult,
  PersonSyncOptions,
  SyncEngine,
  SyncEngineOptions,
} from './engine/sync-engine.js';
export { createSyncEngine } from './engine/sync-engine.js';
export type { RunProgress, SyncEvents } from './engine/sync-events.js';
export type { NoticeCode, SyncNotice } from './engine/sync-notice.js';
export { noticeCodes } from './engine/sync-notice.js';
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
export { isSyncError, SyncError, syncErrorCodes } from './errors/sync-error.js';
export type {
  EventHookHandler,
  EventHookHandlerOptions,
  HookHeaders,
  HookRequest,
} from './hooks/event-hook-handler.js';
export { createEventHookHandler } from './hooks/event-hook-handler.js';
export type { EventLedger, MemoryEventLedgerOptions } from './hooks/event-ledger.js';
export { createMemoryEventLedger } from './hooks/event-ledger.js';
export type { HookOutcome, HookResponse } from './hooks/hook-response.js';
export { isPersonEventType, personEventTypes } from './hooks/person-event-types.js';
export type { IndividualStrategyOptions } from './managers/individual-strategy.js';
export { effectiveManager, individualStrategy } from './managers/individual-strategy.js';
export { managementChain } from './managers/manager-graph.js';
export type { ManagerOption } from './managers/manager-option.js';
export { toManagerStrategy } from './managers/manager-option.js';
export type { ManagerStrategy } from './managers/manager-strategy.js';
export type { ResolveManagersOptions } from './managers/resolve-managers.js';
export { teamStrategy } from './managers/team-strategy.js';
export type { AttributeMap } from './mapping/attribute-map.js';
export type {
  CustomMappingContext,
  MapFunction,
  MapFunctionResult,
  MappingStrategy,
} from './mapping/create-mapper.js';
export { createMapper } from './mapping/create-mapper.js';
export { createDefaultMapper } from './mapping/default-mapper.js';
export type { DefaultMapperOptions } from './mapping/default-mapper-options.js';
export type {
  DirectoryPerson,
  PassThroughAttributes,
  PassThroughValue,
  PersonStatus,
} from './mapping/directory-person.js';
export { isValidEmail } from './mapping/email.js';
export type { FullNameSource } from './mapping/full-name.js';
export type { TeamSource } from './mapping/group-team.js';
export type { KeepableField, ManagerMatch, MapperPolicy } from './mapping/mapper-policy.js';
export { defaultManagerMatch, defaultMapperPolicy } from './mapping/mapper-policy.js';
export type { MapOutcome, MappingContext, PersonMapper } from './mapping/person-mapper.js';
export type { PersonOverride } from './mapping/person-override.js';
export { overridePerson, releaseOverride } from './mapping/person-override.js';
export type { SkipCode, SkippedPerson } from './mapping/skipped-person.js';
export { skipCodes } from './mapping/skipped-person.js';
export type { SuspendedStatus } from './mapping/status-policy.js';
export { isTimeZone } from './mapping/time-zone.js';
export type { ClientCheck } from './oidc/check-client-credentials.js';
export { checkClientCredentials } from './oidc/check-client-credentials.js';
export type { CheckSetupOptions } from './oidc/check-setup.js';
export { checkSetup } from './oidc/check-setup.js';
export { orgUrlOfIssuer } from './oidc/issuer-url.js';
export type { LinkedPerson, LinkSignedInPersonOptions } from './oidc/link-signed-in-person.js';
export { linkSignedInPerson } from './oidc/link-signed-in-person.js';
export type { OidcClient, OidcClientOptions } from './oidc/oidc-client.js';
export { discoverOidcClient } from './oidc/oidc-client.js';
export type { DiscoveryFailure, SignInFailure } from './oidc/oidc-error.js';
export { OidcDiscoveryError, SignInError } from './oidc/oidc-error.js';
export type {
  SetupCheckResult,
  SetupFinding,
  SetupFindingCode,
  SetupSettings,
  SetupStep,
} from './oidc/setup-settings.js';
export type {
  PendingSignIn,
  SignInClaims,
  SignInStart,
  StartSignInOptions,
} from './oidc/sign-in.js';
export { finishSignIn, startSignIn } from './oidc/sign-in.js';
export type { AccessFinding, AccessFindingCode } from './okta/access-finding.js';
export { accessFindingCodes } from './okta/access-finding.js';
export type { CheckAccessOptions } from './okta/check-access.js';
export { checkOktaAccess } from './okta/check-okta-access.js';
export type { JsonWebKeyObject } from './okta/json-web-key-object.js';
export type { ServiceAppCredentials } from './okta/okta-credentials.js';
export type {
  ListChangesOptions,
  ListUsersOptions,
  OktaChangePage,
  OktaDirectory,
  OktaRequestStats,
  OktaUserPage,
  UserListing,
} from './okta/okta-directory.js';
export type { OktaDirectoryOptions } from './okta/okta-directory-options.js';
export { toOktaRequestError } from './okta/okta-error.js';
export type { OktaGroup } from './okta/okta-group.js';
export type { OktaOrgDirectory } from './okta/okta-org-directory.js';
export type { OktaScope } from './okta/okta-scope.js';
export type { OktaUser, OktaUserStatus } from './okta/okta-user.js';
export type { ParseOrgUrlOptions } from './okta/org-url.js';
export { parseOrgUrl } from './okta/org-url.js';
export type { RateBudget } from './okta/rate-budget.js';
export { RateBudgetRegistry } from './okta/rate-budget-registry.js';
export type { RateLimitReading } from './okta/rate-limit-headers.js';
export { createOktaDirectory } from './okta/sdk-okta-directory.js';
export type { TeamGroups } from './okta/team-groups.js';
export type { Timer } from './okta/timer.js';
export { systemTimer } from './okta/timer.js';
export type { Clock } from './ports/clock.js';
export { systemClock } from './ports/clock.js';
export type { LogFields, Logger } from './ports/logger.js';
export { silentLogger } from './ports/logger.js';
export type { PageRequest, TenantPageRequest } from './ports/page-request.js';
export type { ManagerCandidate, PendingManager } from './ports/pending-manager.js';
export type {
  RunCheckpoint,
  RunPhase,
  RunRecord,
  RunState,
  TenantSync,
} from './ports/run-state.js';
export type { PageQuery } from './ports/store-pages.js';
export { storePages } from './ports/store-pages.js';
export type {
  LockableField,
  PersonIdentifier,
  PersonPlacement,
  PersonWrite,
  StoredPerson,
} from './ports/stored-person.js';
export type { StoredTeam } from './ports/stored-team.js';
export type {
  ActivateStarterJob,
  FullSyncJob,
  IncrementalSyncJob,
  PersonSyncJob,
  SyncJob,
} from './ports/sync-job.js';
export { dedupeKeyOf } from './ports/sync-job.js';
export type { EnqueueOptions, EnqueueResult, SyncQueue } from './ports/sync-queue.js';
export type { SyncStore } from './ports/sync-store.js';
