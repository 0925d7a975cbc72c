export type { CreateFakeOrgOptions } from './create-fake-org.js';
export {
  createFakeOrg,
  DEFAULT_FAKE_ORG_PEOPLE,
  DEFAULT_FAKE_ORG_SEED,
  DEFAULT_FAKE_ORG_TOKEN,
} from './create-fake-org.js';
export type { FakeEventHook } from './fake-event-hook.js';
export type { FakeFault, FakeFaultKind } from './fake-fault.js';
export type { FakeOktaUser } from './fake-okta-user.js';
export type { FakeOrgParts } from './fake-org.js';
export { FakeOrg } from './fake-org.js';
export type { FakeOrgHandler } from './fake-org-handlers.js';
export { createFakeOrgHandlers } from './fake-org-handlers.js';
export type { FakeServiceApp } from './fake-service-app.js';
export type { GeneratedOrg, GenerateOrgOptions } from './generate-org.js';
export { DEFAULT_BASE_DATE, generateOrg } from './generate-org.js';
export { handleRequest } from './handle-request.js';
export type { AssignmentScope, FakeGroup } from './org-assignments.js';
export { OrgAssignments } from './org-assignments.js';
export type {
  ExpectedPerson,
  ExpectedSkipCode,
  ExpectedStatus,
  ExpectedSyncOutcome,
  ExpectedTeam,
  OrgManifest,
} from './org-manifest.js';
export type { RateLimitSnapshot } from './rate-limit-window.js';
export type { FakeOrgServer, ServeFakeOrgOptions } from './serve-fake-org.js';
export { serveFakeOrg } from './serve-fake-org.js';
export type { RunningFakeOrg, StartFakeOrgServerOptions } from './start-fake-org-server.js';
export { startFakeOrgServer } from './start-fake-org-server.js';
export type { UserPatch } from './user-patch.js';
export type { RosterPage, UserPredicate } from './user-roster.js';
export type { VirtualTimer } from './virtual-timer.js';
export { createVirtualTimer } from './virtual-timer.js';
export { writeManifest } from './write-manifest.js';
