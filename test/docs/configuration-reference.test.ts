import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  referenceSections,
  regenerateCommand,
  renderConfigReference,
  sectionRows,
} from '../../src/config/config-reference.js';

const pagePath = new URL('../../docs/configuration.md', import.meta.url);

describe('docs/configuration.md', () => {
  describe('when the schemas in src/config/ are rendered again', () => {
    it('is what the generator writes, unchanged', () => {
      const written = readFileSync(pagePath, 'utf8');

      expect(written, `docs/configuration.md is out of date: run ${regenerateCommand}`).toBe(
        renderConfigReference(),
      );
    });
  });
});

describe('the configuration reference', () => {
  describe.each(referenceSections)('for $title', (section) => {
    const rows = sectionRows(section);

    it('has a row for every setting the schema checks', () => {
      const keys = Object.keys((section.schema as z.ZodObject).shape);
      const topLevel = rows.map((row) => row.setting).filter((name) => !name.includes('.'));

      expect(topLevel).toStrictEqual(keys);
    });

    it('describes every setting and gives its type and default', () => {
      const incomplete = rows.filter(
        (row) => row.description === '' || row.type === 'unknown' || row.defaultValue === '',
      );

      expect(incomplete.map((row) => row.setting)).toStrictEqual([]);
    });
  });
});
