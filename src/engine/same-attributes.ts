import type { PassThroughAttributes } from '../mapping/directory-person.js';

/**
 * True when two sets of pass-through attributes hold the same values,
 * whatever the order of their keys: a JSON column may hand keys back in
 * another order than they were written.
 */
export function sameAttributes(left: PassThroughAttributes, right: PassThroughAttributes): boolean {
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) {
    return false;
  }

  return keys.every(
    (key) => Object.hasOwn(right, key) && JSON.stringify(left[key]) === JSON.stringify(right[key]),
  );
}
