import { z } from 'zod';

/**
 * The keys of `value` that `schema` has no setting for, each as its path
 * (`['guard', 'maxFracton']`), with the known key it most likely meant.
 * Walks plain objects only, through optional, default and piped
 * settings; ports, callbacks and lists are the host's own and are not
 * walked. A key whose value is undefined is let through (it sets
 * nothing). A union with a discriminator (`kind`) knows the keys of the
 * variant the value names; another union of objects, every key of each.
 *
 * Why a walk rather than zod's strict objects: one walk covers every
 * schema, nested settings included, and can say which key was meant.
 */
export function unknownKeys(schema: z.ZodType, value: unknown): UnknownKey[] {
  return walk(schema, value, []);
}

/** A key no setting has, and the nearest one that does, if any is close. */
export interface UnknownKey {
  path: string[];
  meant: string | null;
}

function walk(schema: z.ZodType, value: unknown, path: string[]): UnknownKey[] {
  if (!isPlainObject(value)) return [];

  const shape = shapeOf(unwrapped(schema), value);
  if (shape === null) return [];

  const known = Object.keys(shape);

  return Object.entries(value).flatMap(([key, item]) => {
    if (Object.hasOwn(shape, key)) return walk(shape[key] as z.ZodType, item, [...path, key]);
    if (item === undefined) return [];

    return [{ path: [...path, key], meant: nearest(key, known) }];
  });
}

type Shape = Record<string, z.ZodType | undefined>;

/** The settings of an object schema for `value`, or null when it takes any key. */
function shapeOf(schema: z.ZodType, value: Record<string, unknown>): Shape | null {
  if (schema instanceof z.ZodObject) {
    return takesAnyKey(schema) ? null : (schema.shape as Shape);
  }

  if (!(schema instanceof z.ZodUnion)) return null;

  const options = (schema.options as z.ZodType[]).map(unwrapped);
  const named = variantNamed(schema, options, value);
  if (named !== undefined) return shapeOf(named, value);

  const shapes = options.map((option) => shapeOf(option, value));

  return shapes.some((shape) => shape === null) ? null : Object.assign({}, ...shapes);
}

/** The variant of a discriminated union that `value`'s discriminator names. */
function variantNamed(
  schema: z.ZodUnion,
  options: readonly z.ZodType[],
  value: Record<string, unknown>,
): z.ZodType | undefined {
  const key = (schema._zod.def as { discriminator?: string }).discriminator;
  if (key === undefined) return undefined;

  return options.find((option) => {
    const tag = option instanceof z.ZodObject ? option.shape[key] : undefined;
    return tag instanceof z.ZodLiteral && tag._zod.def.values.includes(value[key] as never);
  });
}

// A catch-all of `unknown` (a loose object) takes any key; strict
// objects (`never`) and plain ones are walked.
function takesAnyKey(schema: z.ZodObject): boolean {
  const { catchall } = schema._zod.def;

  return catchall !== undefined && !(catchall instanceof z.ZodNever);
}

function unwrapped(schema: z.ZodType): z.ZodType {
  let current = schema;

  for (;;) {
    if (current instanceof z.ZodPipe) current = current.in as z.ZodType;
    else if (isWrapper(current)) current = current.unwrap() as z.ZodType;
    else return current;
  }
}

function isWrapper(
  schema: z.ZodType,
): schema is z.ZodOptional | z.ZodNullable | z.ZodDefault | z.ZodPrefault | z.ZodReadonly {
  return (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault ||
    schema instanceof z.ZodReadonly
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;

  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The known key `key` was probably meant to be: same letters, or a slip or two. */
function nearest(key: string, known: readonly string[]): string | null {
  const lower = key.toLowerCase();
  const sameLetters = known.find((name) => name.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;

  const reach = key.length < 5 ? 1 : 2;
  let best: { name: string; distance: number } | null = null;

  for (const name of known) {
    const distance = editDistance(lower, name.toLowerCase());
    if (distance <= reach && (best === null || distance < best.distance)) best = { name, distance };
  }

  return best?.name ?? null;
}

// Levenshtein distance, one row at a time; keys are short.
function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, at) => at);

  for (let i = 1; i <= left.length; i += 1) {
    const row = [i];

    for (let j = 1; j <= right.length; j += 1) {
      const swap = left[i - 1] === right[j - 1] ? 0 : 1;
      row.push(
        Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + swap),
      );
    }

    previous = row;
  }

  return previous[right.length] ?? 0;
}
