import { generateKeyPairSync } from 'node:crypto';
import { inspect } from 'node:util';
import { expect } from 'vitest';
import type { Logger } from '../../src/ports/logger.js';

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });

/** A generated private key, PEM; the secret a service app holds. */
export const PRIVATE_KEY_PEM = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/** The public half, as the fake org registers it. */
export const PUBLIC_KEY_PEM = keys.publicKey.export({ type: 'spki', format: 'pem' }).toString();

/** Secrets that must never reach any output. */
export const sentinels = {
  token: 'sentinel-token-4b1d9e7c2a',
  wrongToken: 'sentinel-token-wrong-93e1f0',
  rotatedToken: 'sentinel-token-rotated-77aa',
  hookSecret: 'sentinel-hook-secret-5c0ffee',
  clientSecret: 'sentinel-client-secret-d00d',
  password: 'sentinel-password-8badf00d',
};

// Every line of the key's body is a secret; the header alone says which
// kind of key it was, which a message may name.
const keyLines = PRIVATE_KEY_PEM.split('\n').filter(
  (line) => line.length > 20 && !line.startsWith('-----'),
);

/** Everything a test saw, channel by channel. */
export class OutputChannels {
  readonly #texts: [string, string][] = [];

  /** Adds any value: text as is, anything else fully inspected and as JSON. */
  add(channel: string, value: unknown): void {
    if (typeof value === 'string') {
      this.#texts.push([channel, value]);
      return;
    }

    this.#texts.push([channel, inspect(value, { depth: 30, showHidden: true, getters: true })]);
    this.#texts.push([`${channel} (JSON)`, safeJson(value)]);
  }

  /** Adds an error with its whole cause chain. */
  addError(channel: string, error: unknown): void {
    let current: unknown = error;

    for (let depth = 0; current !== undefined && current !== null && depth < 10; depth += 1) {
      this.add(`${channel} cause ${depth}`, current);
      this.add(
        `${channel} cause ${depth} message`,
        String(Reflect.get(Object(current), 'message')),
      );
      current = Reflect.get(Object(current), 'cause');
    }
  }

  /** A logger whose every line and field lands in `channel`. */
  logger(channel: string): Logger {
    const line = (level: string) => (message: string, fields?: unknown) =>
      this.add(`${channel} ${level}`, { message, fields });

    return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
  }

  /** How many texts were collected. */
  get size(): number {
    return this.#texts.length;
  }

  /** Fails naming each channel that holds a sentinel or a line of the key. */
  expectNoSecret(): void {
    const secrets = [...Object.values(sentinels), ...keyLines];
    const leaks = this.#texts.flatMap(([channel, text]) =>
      secrets.filter((secret) => text.includes(secret)).map((secret) => `${channel}: ${secret}`),
    );

    expect(leaks).toEqual([]);
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}
