import { createPrivateKey, type KeyObject } from 'node:crypto';
import type { ConfigIssue } from '../errors/config-error.js';
import type { JsonWebKeyObject } from './json-web-key-object.js';
import type { OktaScope } from './okta-scope.js';

/**
 * An OAuth 2.0 service app that signs in with `private_key_jwt`, as Okta
 * requires for its management API. Nothing here is ever logged.
 */
export interface ServiceAppCredentials {
  /** The app's client id, such as `0oa1b2c3d4`. */
  clientId: string;
  /**
   * The private key whose public half is registered on the app: PEM text
   * (PKCS#8 or PKCS#1), or a JWK as an object or JSON text. RSA keys sign
   * with RS256.
   */
  privateKey: string | JsonWebKeyObject;
  /** The `kid` of the registered key; a JWK's own `kid` by default. */
  keyId?: string;
  /**
   * The scopes to ask for, as a list or a space-separated string; by
   * default what the directory's scope reads (`okta.users.read`, plus
   * `okta.apps.read` for an app scope or `okta.groups.read` for groups or
   * team groups).
   */
  scopes?: readonly string[] | string;
}

/** How the directory signs its requests. */
export type OktaAuth =
  | { mode: 'api-token'; token: string }
  | {
      mode: 'service-app';
      clientId: string;
      /** PEM text or JWK JSON text, as the SDK takes it. */
      privateKey: string;
      keyId: string | undefined;
      scopes: string[];
    };

/** The credential options of a directory. */
export interface CredentialOptions {
  token?: string;
  serviceApp?: ServiceAppCredentials;
}

/** Credentials checked, or what is wrong with them. */
export type AuthResult =
  | { auth: OktaAuth; issues: [] }
  | { auth: undefined; issues: ConfigIssue[] };

/**
 * Checks the credentials: exactly one of an API token or a service app.
 * Messages name the field and never repeat a secret. `readsGroups` adds
 * `okta.groups.read` to a service app's default scopes whatever the scope
 * (a directory reading team groups).
 */
export function resolveAuth(
  options: CredentialOptions,
  scope: OktaScope,
  readsGroups = false,
): AuthResult {
  if (options.serviceApp !== undefined && options.token !== undefined) {
    const message = 'give either token or serviceApp, not both';

    return { auth: undefined, issues: [{ field: 'token', message }] };
  }

  return options.serviceApp === undefined
    ? resolveToken(options.token)
    : resolveServiceApp(options.serviceApp, scope, readsGroups);
}

function resolveToken(raw: string | undefined): AuthResult {
  const token = typeof raw === 'string' ? raw.trim() : '';

  // The message never repeats the token, not even part of it.
  if (/^SSWS\s/i.test(token)) {
    const message = 'pass the API token without the "SSWS " prefix';

    return { auth: undefined, issues: [{ field: 'token', message }] };
  }

  if (token === '' || /\s/.test(token)) {
    const message = 'the API token is empty or has spaces or line breaks inside: paste it again';

    return { auth: undefined, issues: [{ field: 'token', message }] };
  }

  return { auth: { mode: 'api-token', token }, issues: [] };
}

function resolveServiceApp(
  app: ServiceAppCredentials,
  scope: OktaScope,
  readsGroups: boolean,
): AuthResult {
  const clientId = typeof app.clientId === 'string' ? app.clientId.trim() : '';
  const privateKey = readPrivateKey(app.privateKey);
  const scopes = readScopes(app.scopes, scope, readsGroups);
  const issues: ConfigIssue[] = [];

  if (!/^[A-Za-z0-9_-]+$/.test(clientId)) {
    const message = "use the service app's client id from the Admin Console, such as 0oa1b2c3d4";
    issues.push({ field: 'serviceApp.clientId', message });
  }

  if (privateKey === undefined) {
    const message =
      'use the private key as PEM text or a JWK (RSA or EC) ' +
      'whose public key is registered on the app';
    issues.push({ field: 'serviceApp.privateKey', message });
  }

  if (scopes === undefined) {
    const message = 'list Okta scopes such as okta.users.read, without spaces inside one';
    issues.push({ field: 'serviceApp.scopes', message });
  }

  if (app.keyId !== undefined && !/^[\x21-\x7e]+$/.test(app.keyId)) {
    issues.push({ field: 'serviceApp.keyId', message: 'use the key id shown on the app' });
  }

  if (issues.length > 0 || privateKey === undefined || scopes === undefined) {
    return { auth: undefined, issues };
  }

  const auth: OktaAuth = { mode: 'service-app', clientId, privateKey, keyId: app.keyId, scopes };

  return { auth, issues: [] };
}

/** The key as the SDK takes it (PEM or JWK JSON text), if it is a private key. */
function readPrivateKey(raw: string | JsonWebKeyObject): string | undefined {
  const jwk = typeof raw === 'object' && raw !== null ? raw : parseJwk(raw);
  const text = jwk === undefined ? String(raw).trim() : JSON.stringify(jwk);
  const key = loadKey(jwk, text);
  const usable = key?.type === 'private' && ['rsa', 'ec'].includes(key.asymmetricKeyType ?? '');

  return usable ? text : undefined;
}

function parseJwk(raw: unknown): JsonWebKeyObject | undefined {
  try {
    const parsed: unknown = JSON.parse(String(raw));

    return typeof parsed === 'object' && parsed !== null ? (parsed as JsonWebKeyObject) : undefined;
  } catch {
    return undefined;
  }
}

function loadKey(jwk: JsonWebKeyObject | undefined, pem: string): KeyObject | undefined {
  try {
    return jwk === undefined
      ? createPrivateKey(pem)
      : createPrivateKey({ key: jwk, format: 'jwk' });
  } catch {
    return undefined;
  }
}

function readScopes(
  raw: readonly string[] | string | undefined,
  scope: OktaScope,
  readsGroups: boolean,
): string[] | undefined {
  if (raw === undefined) {
    const scopes = defaultScopes(scope);
    const groups = 'okta.groups.read';

    return readsGroups && !scopes.includes(groups) ? [...scopes, groups] : scopes;
  }

  const scopes = typeof raw === 'string' ? raw.trim().split(/\s+/) : [...raw];
  const usable = scopes.length > 0 && scopes.every((item) => /^[\x21-\x7e]+$/.test(String(item)));

  return usable ? scopes : undefined;
}

function defaultScopes(scope: OktaScope): string[] {
  const extra: Record<OktaScope['kind'], string[]> = {
    org: [],
    search: [],
    app: ['okta.apps.read'],
    groups: ['okta.groups.read'],
  };

  return ['okta.users.read', ...(extra[scope.kind] ?? [])];
}
