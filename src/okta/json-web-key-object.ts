/**
 * A JSON Web Key (RFC 7517) given as an object rather than as JSON text:
 * the RSA or EC members Node's `createPrivateKey` and `createPublicKey`
 * read with `format: 'jwk'`. Whether the key is usable is checked when it
 * is loaded, not by this type.
 *
 * Our own type, not `JsonWebKey` from `node:crypto`, which newer
 * `@types/node` no longer export. It is a type alias, not an interface, so
 * that both Node's older `JsonWebKey` (an index signature) and the Web
 * Crypto `JsonWebKey` (none) accept it and are accepted by it.
 */
export type JsonWebKeyObject = {
  /** The key type: `RSA` or `EC`. */
  kty?: string;
  /** The key id; the default `keyId` of a service app. */
  kid?: string;
  /** The algorithm the key is meant for, such as `RS256`. */
  alg?: string;
  /** What the key is for: `sig` for signing. */
  use?: string;
  /** RSA: the modulus. */
  n?: string;
  /** RSA: the public exponent. */
  e?: string;
  /** RSA or EC: the private exponent or scalar; absent from public keys. */
  d?: string;
  /** RSA: the first prime factor. */
  p?: string;
  /** RSA: the second prime factor. */
  q?: string;
  /** RSA: the first factor's CRT exponent. */
  dp?: string;
  /** RSA: the second factor's CRT exponent. */
  dq?: string;
  /** RSA: the first CRT coefficient. */
  qi?: string;
  /** EC: the curve, such as `P-256`. */
  crv?: string;
  /** EC: the x coordinate. */
  x?: string;
  /** EC: the y coordinate. */
  y?: string;
};
