import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseOptions } from '../../src/config/parse-options.js';
import { toConfigIssues } from '../../src/config/to-config-issues.js';
import { ConfigError } from '../../src/errors/config-error.js';

const schema = z
  .object({
    size: z.number({ error: 'use a number' }).int({ error: 'use a whole number' }),
    guard: z.object({ share: z.number().max(1, { error: 'at most 1' }) }).optional(),
    names: z.array(z.string({ error: 'use text' })).optional(),
  })
  .strict();

function issuesOf(value: unknown, wording = {}) {
  const result = schema.safeParse(value);

  return result.success ? [] : toConfigIssues(result.error, wording);
}

describe('toConfigIssues', () => {
  describe('when a nested setting or a list item is wrong', () => {
    it('names it by its dotted path', () => {
      const issues = issuesOf({ size: 1, guard: { share: 2 }, names: ['a', 3] });

      expect(issues).toStrictEqual([
        { field: 'guard.share', message: 'at most 1' },
        { field: 'names.1', message: 'use text' },
      ]);
    });
  });

  describe('when the value is not an object', () => {
    it('names `options` and says what to pass', () => {
      expect(issuesOf(null)).toStrictEqual([
        { field: 'options', message: 'pass an object of options' },
      ]);
    });
  });

  describe('when a key is unknown to a strict schema', () => {
    it('names each key with the wording given', () => {
      const issues = issuesOf({ size: 1, colour: 'red' }, { unknownKey: 'is not an option' });

      expect(issues).toStrictEqual([{ field: 'colour', message: 'is not an option' }]);
    });
  });
});

describe('parseOptions', () => {
  describe('when the options are wrong', () => {
    it('throws a ConfigError listing every setting at once, zod error as cause', () => {
      const error = catchError(() => parseOptions(schema, { size: 1.5, names: [1] }));

      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues.map((issue) => issue.field)).toStrictEqual([
        'size',
        'names.0',
      ]);
      expect((error as ConfigError).cause).toBeInstanceOf(z.ZodError);
    });
  });

  describe('when the options are right', () => {
    it('returns a copy, leaving the caller object as it was', () => {
      const options = Object.freeze({ size: 3, names: Object.freeze(['a']) });
      const parsed = parseOptions(schema, options);

      expect(parsed).toStrictEqual({ size: 3, names: ['a'] });
      expect(parsed.names).not.toBe(options.names);
    });
  });
});

function catchError(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }

  return undefined;
}
