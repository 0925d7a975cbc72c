import { OrgUrlError } from '../errors/org-url-error.js';
import { type ParseOrgUrlOptions, parseOrgUrl } from '../okta/org-url.js';
import { OidcDiscoveryError } from './oidc-error.js';

/** An issuer URL checked and cleaned, with its org. */
export interface IssuerUrl {
  /** The issuer as Okta writes it: no trailing slash. */
  issuer: string;
  /** The org the issuer belongs to, such as `https://acme.okta.com`. */
  orgUrl: string;
  /** `org` for the org authorization server, `custom` for `/oauth2/{id}`. */
  kind: 'org' | 'custom';
}

const DISCOVERY_SUFFIX = /\/\.well-known\/openid-configuration$/;

/**
 * Cleans an issuer the admin pasted: drops trailing slashes (Okta's issuers
 * never end in one, and openid-client compares them exactly) and a pasted
 * discovery suffix, then applies the org URL rules, so only an Okta org
 * (or an allowed custom domain) is ever contacted.
 *
 * @throws OidcDiscoveryError (`issuer-invalid`) saying what to fix.
 */
export function toIssuerUrl(input: string, options: ParseOrgUrlOptions = {}): IssuerUrl {
  const trimmed = String(input).trim().replace(/\/+$/, '').replace(DISCOVERY_SUFFIX, '');

  try {
    const orgUrl = parseOrgUrl(trimmed, options);
    const path = new URL(trimmed).pathname.replace(/\/+$/, '');

    return { issuer: `${orgUrl}${path}`, orgUrl, kind: path === '' ? 'org' : 'custom' };
  } catch (error) {
    if (error instanceof OrgUrlError) {
      // The rules are the org URL's; the admin typed an issuer.
      const reason = error.message.replace(/^The org URL('s)? /, (_, own) =>
        own ? 'its ' : 'it ',
      );
      const message = `The issuer is not an Okta issuer URL: ${reason}`;
      throw new OidcDiscoveryError('issuer-invalid', message, error);
    }

    throw error;
  }
}

/**
 * The org URL of an issuer, such as `https://acme.okta.com` for
 * `https://acme.okta.com/oauth2/default`.
 *
 * @throws OidcDiscoveryError (`issuer-invalid`) for a URL that is not an issuer.
 */
export function orgUrlOfIssuer(issuer: string, options: ParseOrgUrlOptions = {}): string {
  return toIssuerUrl(issuer, options).orgUrl;
}
