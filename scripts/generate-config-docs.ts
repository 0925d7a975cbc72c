/**
 * Writes docs/configuration.md from the zod schemas in src/config/.
 * Run after changing a schema: `npx tsx scripts/generate-config-docs.ts`.
 * test/docs/configuration-reference.test.ts fails until the page matches.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderConfigReference } from '../src/config/config-reference.js';

const target = fileURLToPath(new URL('../docs/configuration.md', import.meta.url));

writeFileSync(target, renderConfigReference());
process.stdout.write(`wrote ${target}\n`);
