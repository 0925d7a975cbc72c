import { z } from 'zod';
import { bullmqQueueOptionsSchema } from './bullmq-queue-options.js';
import { bullmqWorkerOptionsSchema } from './bullmq-worker-options.js';
import { defaultMapperOptionsSchema } from './default-mapper-options.js';
import { eventHookHandlerOptionsSchema } from './event-hook-handler-options.js';
import { memoryQueueOptionsSchema, memoryStoreOptionsSchema } from './memory-adapter-options.js';
import { oktaDirectoryOptionsSchema } from './okta-directory-options.js';
import { oktaSyncRouterOptionsSchema } from './okta-sync-router-options.js';
import { pgliteStoreOptionsSchema } from './pglite-store-options.js';
import { postgresStoreOptionsSchema } from './postgres-store-options.js';
import type { SchemaNode, SettingRow } from './setting-rows.js';
import { settingRows } from './setting-rows.js';
import { sqlStoreOptionsSchema } from './sql-store-options.js';
import { syncEngineOptionsSchema } from './sync-engine-options.js';

/** One options object of the reference. */
export interface ReferenceSection {
  /** The public type, such as `OktaDirectoryOptions`. */
  title: string;
  /** The function that takes it. */
  takenBy: string;
  /** The package entry it is imported from. */
  entry: string;
  /** The page of docs/ that explains it. */
  guide: string;
  schema: z.ZodType;
}

const main = '@learnamp/okta-sync';

/** Every options object in the reference, in the order a host meets them. */
export const referenceSections: readonly ReferenceSection[] = [
  {
    title: 'OktaDirectoryOptions',
    takenBy: 'createOktaDirectory',
    entry: main,
    guide: 'okta.md',
    schema: oktaDirectoryOptionsSchema,
  },
  {
    title: 'SyncEngineOptions',
    takenBy: 'createSyncEngine',
    entry: main,
    guide: 'engine.md',
    schema: syncEngineOptionsSchema,
  },
  {
    title: 'DefaultMapperOptions',
    takenBy: 'createDefaultMapper',
    entry: main,
    guide: 'mapping.md',
    schema: defaultMapperOptionsSchema,
  },
  {
    title: 'EventHookHandlerOptions',
    takenBy: 'createEventHookHandler',
    entry: main,
    guide: 'event-hooks.md',
    schema: eventHookHandlerOptionsSchema,
  },
  {
    title: 'OktaSyncRouterOptions',
    takenBy: 'createOktaSyncRouter',
    entry: `${main}/express`,
    guide: 'express.md',
    schema: oktaSyncRouterOptionsSchema,
  },
  {
    title: 'MemoryStoreOptions',
    takenBy: 'createMemoryStore',
    entry: main,
    guide: 'stores.md',
    schema: memoryStoreOptionsSchema,
  },
  {
    title: 'MemoryQueueOptions',
    takenBy: 'createMemoryQueue',
    entry: main,
    guide: 'operations.md',
    schema: memoryQueueOptionsSchema,
  },
  {
    title: 'PostgresStoreOptions',
    takenBy: 'createPostgresStore',
    entry: `${main}/postgres`,
    guide: 'stores.md',
    schema: postgresStoreOptionsSchema,
  },
  {
    title: 'PgliteStoreOptions',
    takenBy: 'createPgliteStore',
    entry: `${main}/postgres`,
    guide: 'stores.md',
    schema: pgliteStoreOptionsSchema,
  },
  {
    title: 'SqlStoreOptions',
    takenBy: 'createSqlStore',
    entry: `${main}/postgres`,
    guide: 'stores.md',
    schema: sqlStoreOptionsSchema,
  },
  {
    title: 'BullmqQueueOptions',
    takenBy: 'createBullmqQueue',
    entry: `${main}/bullmq`,
    guide: 'operations.md',
    schema: bullmqQueueOptionsSchema,
  },
  {
    title: 'BullmqWorkerOptions',
    takenBy: 'createBullmqWorker',
    entry: `${main}/bullmq`,
    guide: 'operations.md',
    schema: bullmqWorkerOptionsSchema,
  },
];

/** The command that rewrites docs/configuration.md. */
export const regenerateCommand = 'npx tsx scripts/generate-config-docs.ts';

/** The rows of one section, read from its schema through JSON Schema. */
export function sectionRows(reference: ReferenceSection): SettingRow[] {
  return settingRows(jsonSchemaOf(reference.schema));
}

/** docs/configuration.md, rendered from the schemas. */
export function renderConfigReference(): string {
  const parts = [intro(), contents(), ...referenceSections.map(renderSection)];

  return `${parts.join('\n\n')}\n`;
}

function jsonSchemaOf(schema: z.ZodType): SchemaNode {
  // Ports and callbacks have no JSON form; their meta says what they are.
  const options = { io: 'input', unrepresentable: 'any' } as const;

  return z.toJSONSchema(schema, options) as SchemaNode;
}

function intro(): string {
  const generated = `Generated from the zod schemas in src/config/ by \`${regenerateCommand}\`.`;

  return [
    '# Configuration reference',
    '',
    `<!-- ${generated} -->`,
    '<!-- Do not edit by hand: change the schema, then run the command. -->',
    '',
    'Every options object the library takes, setting by setting. The tables',
    'are generated from the zod schemas in `src/config/` that also check the',
    'options at runtime, so a setting, its default and its allowed values read',
    'here as the code enforces them. A wrong value throws `ConfigError` (code',
    '`ERR_CONFIG_INVALID`) before anything runs; its `issues` list every wrong',
    'setting at once, each by its dotted path (`guard.maxFraction`,',
    '`managerMatch.0`) with what to do. Ports, clients and callbacks are only',
    'checked to be objects or functions; their own contracts are in the guides',
    'linked from each section. A key no table lists is refused the same way,',
    'with the setting it most likely meant (`leaseTTLMs: is not an option',
    'here: did you mean leaseTtlMs?`), in nested settings too (a `scope` or a',
    'job knows the keys of its own `kind` only); a key whose value is',
    '`undefined` sets nothing and is let through. Only plain objects are',
    'checked for stray keys: options given as a class instance are not. The',
    'ports and objects a host passes in (a store, a client, Redis connection',
    'options) are its own and may carry any keys.',
  ].join('\n');
}

function contents(): string {
  const lines = referenceSections.map(
    (reference) =>
      `- [${reference.title}](#${reference.title.toLowerCase()}): ` +
      `\`${reference.takenBy}\` from \`${reference.entry}\``,
  );

  return ['## Contents', '', ...lines].join('\n');
}

function renderSection(reference: ReferenceSection): string {
  const schema = jsonSchemaOf(reference.schema);
  const header = '| Setting | Type | Default | Allowed | Description |';
  const rows = settingRows(schema).map(renderRow);

  return [
    `## ${reference.title}`,
    '',
    `${schema.description ?? ''} ${whereFrom(reference)}`,
    '',
    header,
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function whereFrom({ entry, guide }: ReferenceSection): string {
  return `Imported from \`${entry}\`; see [${guide}](${guide}).`;
}

function renderRow(row: SettingRow): string {
  const cells = [
    `\`${row.setting}\``,
    `\`${row.type}\``,
    row.defaultValue,
    row.allowed,
    row.description,
  ];

  return `| ${cells.map(escapeCell).join(' | ')} |`;
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
