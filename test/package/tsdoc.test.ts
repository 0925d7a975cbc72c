import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { formatGaps, scanTsdoc, type TsdocEntry } from './tsdoc-gaps.js';

const root = resolve('.');
const packageName = '@learnamp/okta-sync';

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
}

/**
 * Every subpath the package exports, with its source file, found through
 * the `paths` in tsconfig.json that mirror package.json's `exports`.
 */
function publicEntries(options: ts.CompilerOptions): TsdocEntry[] {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
    exports: Record<string, unknown>;
  };
  const subpaths = Object.keys(manifest.exports).filter((key) => key !== './package.json');

  return subpaths.map((subpath) => {
    const specifier = packageName + subpath.slice(1);
    const [file] = options.paths?.[specifier] ?? [];
    if (file === undefined) {
      throw new Error(`tsconfig.json has no path for ${specifier}`);
    }

    return { entry: specifier, file: resolve(root, file) };
  });
}

function scan(entries: TsdocEntry[], options: ts.CompilerOptions) {
  const program = ts.createProgram(
    entries.map((entry) => entry.file),
    options,
  );

  return scanTsdoc(program, entries, root);
}

describe('TSDoc on the public API', () => {
  describe('when every entry point in package.json is read by the compiler', () => {
    const options = compilerOptions();
    const entries = publicEntries(options);

    it('finds every entry point, the six known ones included', () => {
      expect(entries.map((entry) => entry.entry)).toEqual(
        expect.arrayContaining([
          packageName,
          `${packageName}/testing`,
          `${packageName}/testing/contracts`,
          `${packageName}/postgres`,
          `${packageName}/bullmq`,
          `${packageName}/express`,
        ]),
      );
    });

    it('finds a comment on every export and every public member', () => {
      const { gaps, exportCount, memberCount } = scan(entries, options);

      expect(exportCount).toBeGreaterThan(200);
      expect(memberCount).toBeGreaterThan(exportCount);

      const missing = formatGaps(gaps);
      expect(missing, `${gaps.length} without TSDoc:\n${missing.join('\n')}`).toEqual([]);
    });
  });

  describe('when the scan reads a fixture with known gaps', () => {
    const file = resolve(root, 'test/fixtures/tsdoc/index.ts');
    const entries = [{ entry: 'fixture', file }];
    const { gaps } = scan(entries, compilerOptions());
    const names = gaps.map((gap) => gap.name).sort();

    it('reports exports with no comment, a plain one or an empty one', () => {
      expect(names).toEqual(expect.arrayContaining(['answer', 'bare', 'empty', 'question']));
    });

    it('follows an alias to the comment on the declaration', () => {
      expect(names).not.toContain('alsoDocumented');
      expect(names).not.toContain('documented');
    });

    it('wants a comment on every overload but not on the implementation', () => {
      const overloads = gaps.filter((gap) => gap.name === 'pick');

      expect(overloads.map((gap) => gap.location)).toEqual(['test/fixtures/tsdoc/things.ts:43']);
    });

    it('checks members of interfaces, object unions, classes and enums', () => {
      expect(names).toEqual([
        'Colour.Green',
        'Port.write',
        'Shape.radius',
        'Widget.count',
        'Widget.size',
        'answer',
        'bare',
        'empty',
        'pick',
        'question',
      ]);
    });

    it('skips private members and members that hold one literal value', () => {
      expect(names).not.toContain('Widget.secret');
      expect(names).not.toContain('Shape.kind');
    });

    it('lets a member inherit the comment of what it implements', () => {
      expect(names).not.toContain('Widget.name');
    });

    it('names the entry, the export and where to write the comment', () => {
      expect(formatGaps(gaps)).toContain('fixture: bare — test/fixtures/tsdoc/things.ts:7');
    });
  });
});
