// `npm run bench`: measures the sync against the floors of HTTP and Okta's
// rate budget and writes docs/benchmarks.md. `--quick` runs small orgs as
// a smoke test (it writes only where `--out` says). Exits non-zero when a
// hard gate fails or a measurement throws; timings never fail it.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { renderDocument } from './bench-document.js';
import { type BenchOptions, readBenchOptions } from './bench-options.js';
import { type BenchSection, type Check, gateCheck } from './bench-section.js';
import { guarded } from './guarded-section.js';
import { describeMachine } from './machine.js';
import { runOrgSuites } from './org-suites.js';
import { runServiceSuites, type ServiceContext } from './service-suites.js';
import { databaseUrl, isReachable, redisUrl } from './services.js';

const options = readOptionsOrExit(process.argv.slice(2));
const startedAt = new Date();
const startMs = performance.now();
const machine = describeMachine();
const elapsedMs = () => performance.now() - startMs;
const context: ServiceContext = {
  plan: options.plan,
  elapsedMs,
  log: (message) => console.log(`[bench ${(elapsedMs() / 1000).toFixed(0)} s] ${message}`),
  postgresReachable: await isReachable(databaseUrl),
  redisReachable: await isReachable(redisUrl),
};

const sections: BenchSection[] = [
  ...(await guarded('1–3. Floors, full sync and stores', () => runOrgSuites(context))),
  ...(await runServiceSuites(context)),
];

sections.push(servicesSection(context));

const markdown = renderDocument({
  quick: options.plan.quick,
  startedAt,
  elapsedMs: elapsedMs(),
  machine,
  loadAverageAtEnd: os.loadavg(),
  sections,
});

if (options.out !== undefined) {
  writeFileSync(options.out, markdown);
  context.log(`wrote ${options.out}`);
}

const checks = sections.flatMap((section) => section.checks);
printChecks(checks);
process.exitCode = checks.some((check) => check.verdict === 'failed') ? 1 : 0;

// Under CI a missing service is a failure, never a silent skip.
function servicesSection(services: ServiceContext): BenchSection {
  const missing = [
    services.postgresReachable ? '' : `PostgreSQL (${new URL(databaseUrl).host})`,
    services.redisReachable ? '' : `Redis (${new URL(redisUrl).host})`,
  ].filter((name) => name !== '');
  const required = process.env.CI === 'true';
  const check = gateCheck(
    'services reachable',
    required ? 'PostgreSQL and Redis (CI)' : 'PostgreSQL and Redis, or their figures skipped',
    missing.length === 0 ? 'both' : `not reachable: ${missing.join(', ')}`,
    missing.length === 0 || !required,
  );

  const body = [
    `PostgreSQL at ${new URL(databaseUrl).host} ` +
      `(\`DATABASE_URL\` to change it): ${reachability(services.postgresReachable)}. ` +
      `Redis at ${new URL(redisUrl).host} (\`REDIS_URL\`): ` +
      `${reachability(services.redisReachable)}. Outside CI a service that does not answer ` +
      'only skips the figures that need it; under `CI=true` it fails the bench.',
  ];

  return { title: 'Services', body, checks: [check] };
}

function reachability(reachable: boolean): string {
  return reachable ? 'reachable, its figures measured' : 'not reachable, its figures skipped';
}

// A usage mistake is one line and exit code 2, not a stack trace.
function readOptionsOrExit(argv: readonly string[]): BenchOptions {
  try {
    return readBenchOptions(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}

function printChecks(all: readonly Check[]): void {
  for (const check of all) {
    const gate = check.hard ? ' (gate)' : '';
    console.log(
      `${check.verdict.padEnd(14)} ${check.name}${gate}: ${check.actual} (target ${check.target})`,
    );
  }
}
