import { describe, expect, it } from 'vitest';
import { OrgUrlError, type OrgUrlRule } from '../../src/errors/org-url-error.js';
import { parseOrgUrl } from '../../src/okta/org-url.js';

function catchOrgUrlError(input: string, allowHttp: boolean): OrgUrlError {
  try {
    parseOrgUrl(input, { allowHttp });
  } catch (error) {
    expect(error).toBeInstanceOf(OrgUrlError);
    return error as OrgUrlError;
  }

  throw new Error(`parseOrgUrl accepted ${input}`);
}

describe('parseOrgUrl', () => {
  describe('when the URL is usable', () => {
    it.each([
      ['https://acme.okta.com', false, 'https://acme.okta.com'],
      ['https://acme.okta.com/', false, 'https://acme.okta.com'],
      ['https://acme.okta.com///', false, 'https://acme.okta.com'],
      ['https://ACME.Okta.com', false, 'https://acme.okta.com'],
      ['https://acme.okta.com:443', false, 'https://acme.okta.com'],
      ['https://acme.okta.com:8443', false, 'https://acme.okta.com:8443'],
      ['  https://acme.okta.com  ', false, 'https://acme.okta.com'],
      ['https://acme.okta.com/oauth2/default', false, 'https://acme.okta.com'],
      ['https://acme.okta.com/oauth2/aus1a2b3c4d5e6f7g8h9/', false, 'https://acme.okta.com'],
      ['https://login.acme-corp.com', false, 'https://login.acme-corp.com'],
      ['http://localhost:18089', true, 'http://localhost:18089'],
      ['http://127.0.0.1:18089/', true, 'http://127.0.0.1:18089'],
      ['http://127.5.6.7', true, 'http://127.5.6.7'],
      ['http://[::1]:18089', true, 'http://[::1]:18089'],
      ['https://localhost:8443', true, 'https://localhost:8443'],
    ])('accepts %s (allowHttp %s) as %s', (input, allowHttp, expected) => {
      expect(parseOrgUrl(input, { allowHttp })).toBe(expected);
    });
  });

  describe('when the URL breaks a rule', () => {
    it.each<[string, boolean, OrgUrlRule, RegExp]>([
      ['acme.okta.com', false, 'malformed', /such as https:\/\/acme\.okta\.com$/],
      ['acme.okta.com/', false, 'malformed', /such as https:\/\/acme\.okta\.com$/],
      ['acme.okta.com:443', false, 'malformed', /https:\/\/acme\.okta\.com:443/],
      ['', false, 'malformed', /https:\/\/<your-org>\.okta\.com/],
      ['https://', false, 'malformed', /not an absolute https URL/],
      ['ftp://acme.okta.com', false, 'malformed', /not an absolute https URL/],
      ['https://acme.okta.com/api/v1/users', false, 'malformed', /must not have a path/],
      ['https://acme.okta.com/oauth2', false, 'malformed', /use https:\/\/acme\.okta\.com/],
      ['https://acme.okta.com/oauth2/default/v1/token', false, 'malformed', /must not have a path/],
      ['http://acme.okta.com', false, 'https-required', /use https:\/\/acme\.okta\.com$/],
      ['http://localhost:18089', false, 'https-required', /Okta only serves https/],
      ['http://acme.okta.com', true, 'https-required', /only allowed for localhost/],
      ['http://10.0.0.5:8080', true, 'https-required', /use https:\/\/10\.0\.0\.5:8080$/],
      ['http://localhost.evil.com', true, 'https-required', /only allowed for localhost/],
      ['https://admin:hunter2@acme.okta.com', false, 'no-credentials', /remove the part/],
      ['http://admin:hunter2@localhost', true, 'no-credentials', /pass the API token/],
      ['https://acme.okta.com?x=1', false, 'no-query-or-fragment', /use https:\/\/acme/],
      ['https://acme.okta.com/#top', false, 'no-query-or-fragment', /query or fragment/],
      ['https://acme.okta.com?', false, 'no-query-or-fragment', /query or fragment/],
    ])('refuses %j (allowHttp %s) by rule %s', (input, allowHttp, rule, message) => {
      const error = catchOrgUrlError(input, allowHttp);

      expect(error.rule).toBe(rule);
      expect(error.code).toBe('ERR_ORG_URL_INVALID');
      expect(error.message).toMatch(message);
    });
  });

  describe('when the URL holds a password', () => {
    it.each([
      'https://admin:hunter2@acme.okta.com',
      'admin:hunter2@acme.okta.com',
      'https://admin:hunter2@acme.okta.com/api?x=1',
    ])('never repeats it in the message of %j', (input) => {
      const error = catchOrgUrlError(input, false);

      expect(error.message).not.toContain('hunter2');
    });
  });
});
