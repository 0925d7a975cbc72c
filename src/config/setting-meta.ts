/**
 * What the configuration reference shows of a setting beyond what JSON
 * Schema can say. Given with zod's `.meta()`; the reference generator
 * reads it back through `z.toJSONSchema`.
 */
export type SettingMeta = {
  /** What the setting does, in a sentence or two. */
  description: string;
  /** The TypeScript type, for values JSON Schema cannot express. */
  tsType?: string;
  /** The default in words, when it is not a plain value. */
  defaultText?: string;
  /** The rule a value must meet, when zod checks it in code. */
  allowed?: string;
};
