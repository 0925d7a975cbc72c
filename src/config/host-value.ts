import { z } from 'zod';
import type { SettingMeta } from './setting-meta.js';

type HostMeta = SettingMeta & { tsType: string };

/**
 * A setting the host passes as an object, such as a port or a client:
 * checked to be an object, documented by its TypeScript type.
 */
export function hostObject(meta: HostMeta, message = `pass a ${meta.tsType}`) {
  return z.custom<object>(isObject, { error: message }).meta(meta);
}

/** A setting the host passes as a function, such as a callback. */
export function hostFunction(meta: HostMeta, message = 'pass a function') {
  return z.custom<(...args: never[]) => unknown>(isFunction, { error: message }).meta(meta);
}

/** A host object with these methods, such as a `Timer` with `now`. */
export function hostObjectWith(methods: readonly string[], meta: HostMeta, message: string) {
  const check = (value: unknown) =>
    isObject(value) &&
    methods.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');

  return z.custom<object>(check, { error: message }).meta(meta);
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

function isFunction(value: unknown): boolean {
  return typeof value === 'function';
}
