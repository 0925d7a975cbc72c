import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const doc = readFileSync('docs/getting-started.md', 'utf8');

/** The doc's TypeScript blocks whose first line names the example file they quote. */
const quotes = [...doc.matchAll(/```ts\n\/\/ (examples\/\S+\.ts)\n([\s\S]*?)```/g)].map(
  ([, file, code]) => ({ file: file ?? '', code: code ?? '' }),
);

describe('docs/getting-started.md', () => {
  describe('the Express section', () => {
    it('quotes the pieces of examples/express-host', () => {
      const files = new Set(quotes.map((quote) => quote.file));

      expect([...files].sort()).toEqual(
        expect.arrayContaining([
          'examples/express-host/app.ts',
          'examples/express-host/host-session.ts',
          'examples/express-host/index.ts',
          'examples/express-host/sync-worker.ts',
          'examples/express-host/tenant-settings.ts',
          'examples/express-minimal/app.ts',
        ]),
      );
    });
  });

  describe.each(quotes)('the block quoting $file', ({ file, code }) => {
    it('is taken from the file word for word', () => {
      expect(readFileSync(file, 'utf8')).toContain(code);
    });
  });
});
