import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a received header value with the configured secrets in
 * constant time. Both sides are hashed first, so the buffers compared are
 * always of equal length and the comparison says nothing about the
 * secret's length. Every secret is compared, so rotation (two secrets)
 * costs the same time whichever matches.
 */
export function matchesSecret(received: string, secrets: readonly string[]): boolean {
  const digest = sha256(received);
  let matched = false;

  for (const secret of secrets) {
    matched = timingSafeEqual(digest, sha256(secret)) || matched;
  }

  return matched;
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
