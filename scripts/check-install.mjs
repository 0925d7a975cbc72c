// Installs the packed tarball into a fresh folder, as a host would, and
// imports it from ESM, from CommonJS and from TypeScript (nodenext, with
// skipLibCheck off, so our own .d.ts files are checked too). TypeScript
// runs twice: without the optional peer msw and with @types/node 20, then
// with msw and the latest @types/node. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve('.');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const folder = mkdtempSync(join(tmpdir(), 'okta-sync-install-'));
const run = (command, args, cwd = folder) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const install = (...packages) =>
  run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...packages]);

try {
  const tarball = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', folder], root))[0];
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'host', private: true }));
  install(join(folder, tarball.filename), '@electric-sql/pglite@0.5.17', '@types/node@20');

  writeFileSync(join(folder, 'esm.mjs'), esmProgram());
  writeFileSync(join(folder, 'cjs.cjs'), cjsProgram());
  // One text as both host.mts and host.cts: the import and the require
  // conditions of every entry point.
  const hostProgram = readFileSync(join(root, 'test/package/fixtures/host-program.ts.txt'), 'utf8');
  writeFileSync(join(folder, 'host.mts'), hostProgram);
  writeFileSync(join(folder, 'host.cts'), hostProgram);
  writeFileSync(join(folder, 'host-msw.mts'), mswProgram());
  writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify(typescriptConfig()));
  writeFileSync(join(folder, 'tsconfig.msw.json'), JSON.stringify(mswConfig()));

  console.log(run('node', ['esm.mjs']).trim());
  console.log(run('node', ['cjs.cjs']).trim());
  run('node', [tsc, '-p', 'tsconfig.json']);
  console.log('typescript: ESM and CJS hosts type-check without msw (@types/node 20)');

  install('msw@2.15.0', '@types/node@latest');
  run('node', [tsc, '-p', 'tsconfig.msw.json']);
  console.log('typescript: they type-check with msw too (latest @types/node)');
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

function mswProgram() {
  return `
import { setupServer } from 'msw/node';
import { createFakeOrg, createFakeOrgHandlers } from '@learnamp/okta-sync/testing';

const handlers = await createFakeOrgHandlers(createFakeOrg({ people: 5 }));
export const server = setupServer(...handlers);
`;
}

function typescriptConfig() {
  return {
    compilerOptions: {
      module: 'nodenext',
      moduleResolution: 'nodenext',
      target: 'es2022',
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      types: ['node'],
    },
    files: ['host.mts', 'host.cts'],
  };
}

function mswConfig() {
  return { extends: './tsconfig.json', files: ['host.mts', 'host.cts', 'host-msw.mts'] };
}
