export type { SampleEvent } from '../hooks/sample-delivery.js';
export { buildSampleDelivery } from '../hooks/sample-delivery.js';
export type { CreateFakeOrgOptions } from './fake-org/create-fake-org.js';
export {
  createFakeOrg,
  DEFAULT_FAKE_ORG_PEOPLE,
  DEFAULT_FAKE_ORG_SEED,
  DEFAULT_FAKE_ORG_TOKEN,
} from './fake-org/create-fake-org.js';
export type { FakeEventHook } from './fake-org/fake-event-hook.js';
export type { FakeFault, FakeFaultKind } from './fake-org/fake-fault.js';
export type { FakeOktaUser } from './fake-org/fake-okta-user.js';
export type { FakeOrgParts } from './fake-org/fake-org.js';
export { FakeOrg } from './fake-org/fake-org.js';
export type { FakeOrgHandler } from './fake-org/fake-org-handlers.js';
export { createFakeOrgHandlers } from './fake-org/fake-org-handlers.js';
export type { FakeServiceApp } from './fake-org/fake-service-app.js';
export type { GeneratedOrg, GenerateOrgOptions } from './fake-org/generate-org.js';
export { DEFAULT_BASE_DATE, generateOrg } from './fake-org/generate-org.js';
export { handleRequest } from './fake-org/handle-request.js';
export type { AssignmentScope, FakeGroup } from './fake-org/org-assignments.js';
export { OrgAssignments } from './fake-org/org-assignments.js';
export type {
  ExpectedPerson,
  ExpectedSkipCode,
  ExpectedStatus,
  ExpectedSyncOutcome,
  ExpectedTeam,
  OrgManifest,
} from './fake-org/org-manifest.js';
export type { RateLimitSnapshot } from './fake-org/rate-limit-window.js';
export type { FakeOrgServer, ServeFakeOrgOptions } from './fake-org/serve-fake-org.js';
export { serveFakeOrg } from './fake-org/serve-fake-org.js';
export type {
  RunningFakeOrg,
  StartFakeOrgServerOptions,
} from './fake-org/start-fake-org-server.js';
export { startFakeOrgServer } from './fake-org/start-fake-org-server.js';
export type { UserPatch } from './fake-org/user-patch.js';
export type { RosterPage, UserPredicate } from './fake-org/user-roster.js';
export type { VirtualTimer } from './fake-org/virtual-timer.js';
export { createVirtualTimer } from './fake-org/virtual-timer.js';
export { writeManifest } from './fake-org/write-manifest.js';
export { checkAgainstManifest } from './manifest-check.js';
