import { describe, expect, it } from 'vitest';
import { findNextLink } from '../../src/okta/link-header.js';

const NEXT = 'https://acme.okta.com/api/v1/users?after=00u2&limit=2';
const SELF = 'https://acme.okta.com/api/v1/users?limit=2';

describe('findNextLink', () => {
  describe('when the header has a next link', () => {
    it.each([
      ['after self, joined by fetch', `<${SELF}>; rel="self", <${NEXT}>; rel="next"`],
      ['before self', `<${NEXT}>; rel="next", <${SELF}>; rel="self"`],
      ['alone, unquoted', `<${NEXT}>;rel=next`],
      ['with other relations', `<${NEXT}>; rel="prefetch next"`],
    ])('finds it %s', (_, header) => {
      expect(findNextLink(header)).toBe(NEXT);
    });

    it('keeps commas inside the URL', () => {
      const next = 'https://acme.okta.com/api/v1/users?after=a,b';

      expect(findNextLink(`<${SELF}>; rel="self", <${next}>; rel="next"`)).toBe(next);
    });
  });

  describe('when the header has no next link', () => {
    it.each([
      ['no header', null],
      ['an empty header', ''],
      ['only self', `<${SELF}>; rel="self"`],
      ['a relation merely containing "next"', `<${NEXT}>; rel="nextpage"`],
    ])('returns null for %s', (_, header) => {
      expect(findNextLink(header)).toBeNull();
    });
  });
});
