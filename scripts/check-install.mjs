// Installs the packed tarball into a fresh folder, as a host would, and
// imports it from ESM, from CommonJS and from TypeScript (node16 module
// resolution). Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const folder = mkdtempSync(join(tmpdir(), 'okta-sync-install-'));
const run = (command, args, cwd = folder) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  const tarball = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', folder], root))[0];
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'host', private: true }));
  run('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    join(folder, tarball.filename),
    '@electric-sql/pglite@0.5.17',
    'msw@2.15.0',
  ]);

  writeFileSync(join(folder, 'esm.mjs'), esmProgram());
  writeFileSync(join(folder, 'cjs.cjs'), cjsProgram());
  writeFileSync(join(folder, 'host.mts'), typescriptProgram());
  writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify(typescriptConfig()));

  console.log(run('node', ['esm.mjs']).trim());
  console.log(run('node', ['cjs.cjs']).trim());
  run('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.']);
  console.log('typescript: host.mts type-checks against the installed package');
} catch (error) {
  console.error(`install check failed: ${error.message}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  process.exitCode = 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}

function esmProgram() {
  return `
import { createMemoryStore, createOktaDirectory, createSyncEngine } from '@learnamp/okta-sync';
import { createFakeOrg, serveFakeOrg } from '@learnamp/okta-sync/testing';
import { createPgliteStore } from '@learnamp/okta-sync/postgres';

const org = createFakeOrg({ people: 30, seed: 3 });
const server = await serveFakeOrg(org);
const directory = createOktaDirectory({ orgUrl: server.url, token: org.token, allowHttp: true });
const report = await createSyncEngine({ store: createMemoryStore(), directory }).fullSync({ tenantId: 't' });
await server.close();
if (report.status !== 'succeeded' || typeof createPgliteStore !== 'function') process.exit(1);
console.log('esm: synced ' + report.counts.created + ' people through the installed package');
`;
}

function cjsProgram() {
  return `
const core = require('@learnamp/okta-sync');
const testing = require('@learnamp/okta-sync/testing');
const postgres = require('@learnamp/okta-sync/postgres');
const ok = [core.createSyncEngine, testing.createFakeOrg, postgres.createPgliteStore]
  .every((value) => typeof value === 'function');
if (!ok) process.exit(1);
console.log('cjs: require() of the core, ./testing and ./postgres works');
`;
}

function typescriptProgram() {
  return `
import { createSyncEngine, createMemoryStore, type SyncReport, type SyncStore } from '@learnamp/okta-sync';
import { createFakeOrg } from '@learnamp/okta-sync/testing';

const store: SyncStore = createMemoryStore();
const org = createFakeOrg({ people: 5 });
export async function run(): Promise<SyncReport['status']> {
  const engine = createSyncEngine({ store, directory: (tenantId: string) => { throw new Error(tenantId + org.token); } });
  return (await engine.fullSync({ tenantId: 't' })).status;
}
`;
}

function typescriptConfig() {
  return {
    compilerOptions: {
      module: 'node16',
      moduleResolution: 'node16',
      target: 'es2022',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: [],
    },
    files: ['host.mts'],
  };
}
