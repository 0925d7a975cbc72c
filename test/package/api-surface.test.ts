import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, { import?: { types: string } }>;
};

/**
 * The names an entry's built declarations export, values and types alike,
 * from the `export { … }` list tsup writes at the end of each .d.ts.
 */
function exportedNames(declarations: string): string[] {
  const lists = [...declarations.matchAll(/export \{([^}]*)\}/g)].map((match) => match[1] ?? '');
  const names = lists.flatMap((list) => list.split(','));

  return names
    .map((name) => name.replace(/^\s*type\s+/, '').trim())
    .map((name) => name.split(/\s+as\s+/).pop() ?? name)
    .filter((name) => name !== '')
    .sort();
}

describe('the public API surface', () => {
  const entries = Object.entries(manifest.exports).filter(([, value]) => value.import?.types);

  it.each(entries)(
    'of %s matches the snapshot (update it on purpose: vitest -u)',
    (_entry, value) => {
      const file = value.import?.types ?? '';
      expect(existsSync(file), `${file} is missing: npm test builds first`).toBe(true);

      expect(exportedNames(readFileSync(file, 'utf8'))).toMatchSnapshot();
    },
  );
});
