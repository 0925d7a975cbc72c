import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors/config-error.js';
import { OrgUrlError, type OrgUrlRule } from '../../src/errors/org-url-error.js';
import { type ParseOrgUrlOptions, parseOrgUrl } from '../../src/okta/org-url.js';

const LOOPBACK: ParseOrgUrlOptions = { allowHttp: true };
const CUSTOM: ParseOrgUrlOptions = { allowedHosts: ['login.acme-corp.com'] };

function catchOrgUrlError(input: string, options: ParseOrgUrlOptions): OrgUrlError {
  try {
    parseOrgUrl(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(OrgUrlError);
    return error as OrgUrlError;
  }

  throw new Error(`parseOrgUrl accepted ${input}`);
}

describe('parseOrgUrl', () => {
  describe('when the URL is usable', () => {
    it.each<[string, ParseOrgUrlOptions, string]>([
      ['https://acme.okta.com', {}, 'https://acme.okta.com'],
      ['https://acme.okta.com/', {}, 'https://acme.okta.com'],
      ['https://acme.okta.com///', {}, 'https://acme.okta.com'],
      ['https://ACME.Okta.com', {}, 'https://acme.okta.com'],
      ['https://acme.okta.com:443', {}, 'https://acme.okta.com'],
      ['https://acme.okta.com:8443', {}, 'https://acme.okta.com:8443'],
      ['  https://acme.okta.com  ', {}, 'https://acme.okta.com'],
      ['https://acme.okta.com/oauth2/default', {}, 'https://acme.okta.com'],
      ['https://acme.okta.com/oauth2/aus1a2b3c4d5e6f7g8h9/', {}, 'https://acme.okta.com'],
      ['https://dev-123456.oktapreview.com', {}, 'https://dev-123456.oktapreview.com'],
      ['https://acme.okta-emea.com', {}, 'https://acme.okta-emea.com'],
      ['https://acme.okta-gov.com', {}, 'https://acme.okta-gov.com'],
      ['https://acme.okta.mil', {}, 'https://acme.okta.mil'],
      ['https://login.acme-corp.com', CUSTOM, 'https://login.acme-corp.com'],
      ['https://LOGIN.acme-corp.com/oauth2/default', CUSTOM, 'https://login.acme-corp.com'],
      ['https://sso.acme.com', { allowedHosts: ['SSO.Acme.com '] }, 'https://sso.acme.com'],
      ['http://localhost:18089', LOOPBACK, 'http://localhost:18089'],
      ['http://127.0.0.1:18089/', LOOPBACK, 'http://127.0.0.1:18089'],
      ['http://127.5.6.7', LOOPBACK, 'http://127.5.6.7'],
      ['http://[::1]:18089', LOOPBACK, 'http://[::1]:18089'],
      ['https://localhost:8443', LOOPBACK, 'https://localhost:8443'],
    ])('accepts %s (%j) as %s', (input, options, expected) => {
      expect(parseOrgUrl(input, options)).toBe(expected);
    });
  });

  describe('when the URL breaks a rule', () => {
    it.each<[string, ParseOrgUrlOptions, OrgUrlRule, RegExp]>([
      ['acme.okta.com', {}, 'malformed', /such as https:\/\/acme\.okta\.com$/],
      ['acme.okta.com/', {}, 'malformed', /such as https:\/\/acme\.okta\.com$/],
      ['acme.okta.com:443', {}, 'malformed', /https:\/\/acme\.okta\.com:443/],
      ['', {}, 'malformed', /https:\/\/<your-org>\.okta\.com/],
      ['https://', {}, 'malformed', /not an absolute https URL/],
      ['ftp://acme.okta.com', {}, 'malformed', /not an absolute https URL/],
      ['https://acme.okta.com/api/v1/users', {}, 'malformed', /must not have a path/],
      ['https://acme.okta.com/oauth2', {}, 'malformed', /use https:\/\/acme\.okta\.com/],
      ['https://acme.okta.com/oauth2/default/v1/token', {}, 'malformed', /must not have a path/],
      ['http://acme.okta.com', {}, 'https-required', /use https:\/\/acme\.okta\.com$/],
      ['http://localhost:18089', {}, 'https-required', /serves https\): for a local fake org, opt/],
      ['http://acme.okta.com', LOOPBACK, 'https-required', /only allowed for localhost/],
      ['http://10.0.0.5:8080', LOOPBACK, 'https-required', /use https:\/\/10\.0\.0\.5:8080$/],
      ['http://localhost.evil.com', LOOPBACK, 'https-required', /only allowed for localhost/],
      ['http://login.acme-corp.com', CUSTOM, 'https-required', /use https:\/\/login/],
      ['https://admin:hunter2@acme.okta.com', {}, 'no-credentials', /remove the part/],
      ['https://user:pw@acme.okta.com', {}, 'no-credentials', /use https:\/\/acme\.okta\.com\)/],
      ['http://admin:hunter2@localhost', LOOPBACK, 'no-credentials', /pass the credentials/],
      ['https://acme.okta.com?x=1', {}, 'no-query-or-fragment', /use https:\/\/acme/],
      ['https://acme.okta.com/#top', {}, 'no-query-or-fragment', /query or fragment/],
      ['https://acme.okta.com?', {}, 'no-query-or-fragment', /query or fragment/],
      [
        'https://acme-admin.okta.com',
        {},
        'admin-host',
        /without "-admin", https:\/\/acme\.okta\.com$/,
      ],
      ['https://dev-1-admin.oktapreview.com/', {}, 'admin-host', /https:\/\/dev-1\.oktapreview/],
      ['https://169.254.169.254', {}, 'host-not-allowed', /is an IP address/],
      ['https://169.254.169.254', LOOPBACK, 'host-not-allowed', /is an IP address/],
      ['https://[fd00::1]', {}, 'host-not-allowed', /is an IP address/],
      ['https://acme.okta.com.evil.example', {}, 'host-not-allowed', /not an Okta host/],
      ['https://acmeokta.com', {}, 'host-not-allowed', /not an Okta host/],
      ['https://okta.com', {}, 'host-not-allowed', /not an Okta host/],
      ['https://evil.acme.okta.com', {}, 'host-not-allowed', /not an Okta host/],
      ['https://login.acme-corp.com', {}, 'host-not-allowed', /add it to allowedHosts/],
      ['https://login.other-corp.com', CUSTOM, 'host-not-allowed', /add it to allowedHosts/],
      ['https://localhost:8443', {}, 'host-not-allowed', /opt in with allowHttp/],
      ['https://127.0.0.1', {}, 'host-not-allowed', /loopback address/],
    ])('refuses %j (%j) by rule %s', (input, options, rule, message) => {
      const error = catchOrgUrlError(input, options);

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
      'https://admin:hunter2@evil.example',
    ])('never repeats it in the message of %j', (input) => {
      const error = catchOrgUrlError(input, {});

      expect(error.message).not.toContain('hunter2');
    });
  });

  describe('when an allowed host is not a domain name', () => {
    it.each([['https://login.acme-corp.com'], ['*.acme-corp.com'], ['10.0.0.5'], ['']])(
      'refuses %j with a ConfigError naming allowedHosts',
      (entry) => {
        const parse = () => parseOrgUrl('https://acme.okta.com', { allowedHosts: [entry] });

        expect(parse).toThrow(ConfigError);
        expect(parse).toThrow(/allowedHosts: /);
      },
    );
  });
});
