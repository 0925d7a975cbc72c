/**
 * A JSON Schema node as `z.toJSONSchema` writes it, with the keys of
 * {@link SettingMeta} that `.meta()` added.
 */
export interface SchemaNode {
  type?: string | string[];
  description?: string;
  default?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  tsType?: string;
  defaultText?: string;
  allowed?: string;
}

/** One line of a configuration table. */
export interface SettingRow {
  /** Dotted path, such as `guard.maxFraction`. */
  setting: string;
  type: string;
  /** The default, `required`, or `—` for an optional setting without one. */
  defaultValue: string;
  allowed: string;
  description: string;
}

/** The rows of an object's settings, nested objects and variants flattened. */
export function settingRows(node: SchemaNode, prefix = ''): SettingRow[] {
  const required = new Set(node.required ?? []);

  return Object.entries(node.properties ?? {}).flatMap(([name, child]) =>
    rowsOf(prefix === '' ? name : `${prefix}.${name}`, child, required.has(name)),
  );
}

function rowsOf(path: string, node: SchemaNode, required: boolean): SettingRow[] {
  const own = rowOf(path, node, required);
  const tag = node.oneOf === undefined ? undefined : tagOf(node.oneOf);

  if (node.oneOf !== undefined && tag !== undefined) {
    return [own, ...variantRows(path, node, node.oneOf, tag)];
  }

  return node.properties === undefined ? [own] : [own, ...settingRows(node, path)];
}

function rowOf(path: string, node: SchemaNode, required: boolean): SettingRow {
  return {
    setting: path,
    type: typeOf(node),
    defaultValue: defaultOf(path, node, required),
    allowed: allowedOf(node),
    description: node.description ?? '',
  };
}

/** The key whose constant tells the variants of a union apart, such as `kind`. */
function tagOf(variants: readonly SchemaNode[]): string | undefined {
  const first = Object.entries(variants[0]?.properties ?? {});
  const found = first.find(([key]) =>
    variants.every((variant) => variant.properties?.[key]?.const !== undefined),
  );

  return found?.[0];
}

function variantRows(
  path: string,
  node: SchemaNode,
  variants: readonly SchemaNode[],
  tag: string,
): SettingRow[] {
  const values = variants.map((variant) => variant.properties?.[tag]?.const);
  const given = (node.default as Record<string, unknown> | undefined)?.[tag];
  const tagRow: SettingRow = {
    setting: `${path}.${tag}`,
    type: values.map(literal).join(' | '),
    defaultValue: given === undefined ? 'required' : code(valueText(given)),
    allowed: '',
    description: `Which of the forms below \`${path}\` takes.`,
  };

  return [tagRow, ...variants.flatMap((variant) => fieldsOfVariant(path, variant, tag))];
}

function fieldsOfVariant(path: string, variant: SchemaNode, tag: string): SettingRow[] {
  const value = literal(variant.properties?.[tag]?.const);
  const rest = { ...variant, properties: { ...variant.properties } };
  delete rest.properties[tag];

  return settingRows(rest, path).map((row) => ({
    ...row,
    defaultValue:
      row.defaultValue === 'required' ? `required with \`${tag}: ${value}\`` : row.defaultValue,
  }));
}

function typeOf(node: SchemaNode): string {
  if (node.tsType !== undefined) return node.tsType;
  if (node.const !== undefined) return literal(node.const);
  if (node.enum !== undefined) return node.enum.map(literal).join(' | ');

  const options = node.anyOf ?? node.oneOf;
  if (options !== undefined) return options.map(typeOf).join(' | ');
  if (Array.isArray(node.type)) return node.type.join(' | ');
  if (node.type === 'array') return `${grouped(typeOf(node.items ?? {}))}[]`;

  return node.type ?? 'unknown';
}

function defaultOf(path: string, node: SchemaNode, required: boolean): string {
  if (node.defaultText !== undefined) return node.defaultText;

  // An object's defaults are those of its settings, listed below it.
  if (node.default !== undefined && node.properties !== undefined) {
    return 'per setting';
  }

  if (node.default !== undefined) {
    return code(valueText(node.default)) + hintOf(path, node.default);
  }

  return required ? 'required' : '—';
}

function allowedOf(node: SchemaNode): string {
  // A rule in words stands for the pattern that enforces it.
  const pattern = node.pattern === undefined ? '' : `matches ${code(node.pattern)}`;
  const parts = [
    rangeOf(node.minimum, node.exclusiveMinimum, node.maximum),
    countOf(node.minLength, node.maxLength, 'character'),
    countOf(node.minItems, node.maxItems, 'item'),
    node.allowed ?? pattern,
  ];

  return parts.filter((part) => part !== '').join('; ');
}

function rangeOf(min?: number, aboveMin?: number, max?: number): string {
  // zod bounds whole numbers by the largest safe integer: no bound for a reader.
  const upper = max === undefined || max >= Number.MAX_SAFE_INTEGER ? undefined : max;

  if (aboveMin !== undefined) {
    return upper === undefined ? `above ${aboveMin}` : `above ${aboveMin}, at most ${upper}`;
  }

  if (min !== undefined) {
    return upper === undefined ? `${min} or more` : `${min} to ${upper}`;
  }

  return upper === undefined ? '' : `at most ${upper}`;
}

function countOf(min: number | undefined, max: number | undefined, unit: string): string {
  if (min !== undefined && min > 0 && max !== undefined)
    return `${min} to ${max} ${plural(max, unit)}`;
  if (min !== undefined && min > 0) return `at least ${min} ${plural(min, unit)}`;

  return max === undefined ? '' : `at most ${max} ${plural(max, unit)}`;
}

function plural(count: number, unit: string): string {
  return count === 1 ? unit : `${unit}s`;
}

const units: readonly [string, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

/** A readable figure for a duration or a size, such as `(10 minutes)`. */
function hintOf(path: string, value: unknown): string {
  if (typeof value !== 'number' || value === 0) return '';

  if (path.endsWith('Ms')) {
    const unit = units.find(([, size]) => value % size === 0);

    return unit === undefined ? '' : ` (${value / unit[1]} ${plural(value / unit[1], unit[0])})`;
  }

  const mebibytes = value / 1024 / 1024;

  return path.endsWith('Bytes') && Number.isInteger(mebibytes) ? ` (${mebibytes} MiB)` : '';
}

function literal(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

/** A default as TypeScript would write it: `'UTC'`, `['email']`, `{ kind: 'org' }`. */
function valueText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(valueText).join(', ')}]`;

  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, item]) => `${key}: ${valueText(item)}`);

    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }

  return literal(value);
}

function grouped(type: string): string {
  return type.includes(' ') ? `(${type})` : type;
}

function code(text: string): string {
  // A backtick inside needs a longer fence around it.
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}
