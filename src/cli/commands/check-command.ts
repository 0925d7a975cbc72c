import type { Command } from 'commander';
import { checkSetup } from '../../oidc/check-setup.js';
import type { SetupFinding, SetupSettings, SetupStep } from '../../oidc/setup-settings.js';
import { type CliIo, writeLine } from '../cli-io.js';
import { exitCodes } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';

/** Flags of `okta-sync check`. */
export interface CheckFlags {
  orgUrl?: string;
  token?: string;
  issuer?: string;
  clientId?: string;
  clientSecret?: string;
  adminLogin?: string;
  hookUrl?: string;
  allowHttp?: boolean;
  json?: boolean;
}

/** Registers `okta-sync check`. */
export function addCheckCommand(program: Command, io: CliIo, done: (code: number) => void) {
  program
    .command('check')
    .description(
      "check an admin's Okta setup: event hook, issuer, app credentials, admin, API token",
    )
    .option('--org-url <url>', 'Okta org URL (or OKTA_ORG_URL)')
    .option('--token <token>', 'Okta API token (or OKTA_API_TOKEN)')
    .option('--issuer <url>', "issuer from the app's Sign On tab")
    .option('--client-id <id>', "the OIDC app's client id (also its app id)")
    .option('--client-secret <secret>', "the app's client secret (or OKTA_CLIENT_SECRET)")
    .option('--admin-login <login>', "admin who must be assigned to the app (default: token's)")
    .option('--hook-url <url>', "the platform's event hook URL: check Okta's hook for it")
    .option('--allow-http', 'allow http:// for a loopback org (tests, the fake org)')
    .option('--json', 'print the result as one JSON object')
    .action(async (flags: CheckFlags) => done(await runCheck(flags, io)));
}

// The brief's setup steps each check belongs to, as the admin counts them.
const stepLabels: Record<SetupStep, string> = {
  'org-url': 'step 1, the org URL',
  'event-hooks': 'step 2, event hooks',
  'client-credentials': 'step 4, client id and secret',
  issuer: 'step 5, issuer',
  'admin-assignment': 'step 6, admin assigned to the app',
  'api-token': 'step 7, API token',
};

/**
 * Runs the setup check and prints one line per problem, in the order of
 * the setup steps. Exit code 0 when all pass, 2 otherwise.
 */
export async function runCheck(flags: CheckFlags, io: CliIo): Promise<number> {
  const settings = toSettings(flags, io.env);
  const result = await checkSetup(settings, { allowHttp: flags.allowHttp === true });

  if (flags.json === true) {
    writeLine(io.stdout, JSON.stringify(result, null, 2));
  } else {
    printFindings(io, result.findings, settings.hookUrl !== undefined);
  }

  return result.ok ? exitCodes.succeeded : exitCodes.failed;
}

function printFindings(io: CliIo, findings: readonly SetupFinding[], hookChecked: boolean) {
  if (findings.length === 0) {
    const hook = hookChecked ? 'the event hook, ' : '';
    writeLine(
      io.stdout,
      `All checks passed: ${hook}the issuer, the app, the admin and the API token.`,
    );
    return;
  }

  for (const finding of findings) {
    const line = `✗ ${stepLabels[finding.step]}: ${finding.message}. Fix: ${finding.action}.`;
    writeLine(io.stdout, line.replace(/\.\.( |$)/g, '.$1'));
  }
}

function toSettings(flags: CheckFlags, env: NodeJS.ProcessEnv): SetupSettings {
  const orgUrl = flags.orgUrl ?? env.OKTA_ORG_URL;

  if (orgUrl === undefined || orgUrl.trim() === '') {
    throw new UsageError('missing --org-url or OKTA_ORG_URL');
  }

  const optional = {
    token: flags.token ?? env.OKTA_API_TOKEN,
    issuer: flags.issuer,
    clientId: flags.clientId,
    clientSecret: flags.clientSecret ?? env.OKTA_CLIENT_SECRET,
    adminLogin: flags.adminLogin,
    hookUrl: flags.hookUrl,
  };
  const given = Object.entries(optional).filter(([, value]) => value !== undefined && value !== '');

  return { orgUrl, ...Object.fromEntries(given) };
}
