import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exitCodes } from '../../src/cli/exit-codes.js';
import { noticeCodes } from '../../src/engine/sync-notice.js';
import { syncErrorCodes } from '../../src/errors/sync-error.js';
import { skipCodes } from '../../src/mapping/skipped-person.js';
import { accessFindingCodes } from '../../src/okta/access-finding.js';

const page = readFileSync(new URL('../../docs/troubleshooting.md', import.meta.url), 'utf8');

/** The `### ` sections under one `## ` heading, by their title. */
function sectionsUnder(family: string): Map<string, string> {
  const parts = page.split(/^## /m).find((part) => part.startsWith(`${family}\n`)) ?? '';
  const sections = parts.split(/^### /m).slice(1);

  return new Map(sections.map((section) => [section.split('\n')[0] ?? '', section]));
}

/** The code each title names: `ERR_X`, or `2 failed` for an exit code. */
function codeOf(title: string): string {
  const exit = /^Exit code `(\d+)`: `(\w+)`$/.exec(title);

  return exit
    ? `${exit[1]} ${exit[2]}`
    : (/^`([^`]+)`$/.exec(title)?.[1] ?? `(unreadable) ${title}`);
}

const families: [string, readonly string[]][] = [
  ['Error codes', syncErrorCodes],
  ['Notice codes', noticeCodes],
  ['Skip codes', skipCodes],
  ['Access-check findings', accessFindingCodes],
  ['CLI exit codes', Object.entries(exitCodes).map(([name, code]) => `${code} ${name}`)],
];

describe('docs/troubleshooting.md', () => {
  describe.each(families)('under "%s"', (family, codes) => {
    const sections = sectionsUnder(family);

    it('has one section per code the source defines, and none for a code it does not', () => {
      const documented = [...sections.keys()].map(codeOf);

      expect([...documented].sort()).toStrictEqual([...codes].sort());
    });

    it('says for each what it means, the usual causes and what to do', () => {
      const incomplete = [...sections]
        .filter(([, text]) =>
          ['**Means:**', '**Usual causes:**', '**What to do:**'].some(
            (part) => !text.includes(part),
          ),
        )
        .map(([title]) => title);

      expect(incomplete).toStrictEqual([]);
    });
  });
});
