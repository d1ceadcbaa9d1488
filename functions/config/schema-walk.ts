import type { z } from 'zod/mini';

/**
 * Walks a zod 4 schema (classic or mini: both share the core definitions) without parsing, so the
 * configuration's own schemas can say which keys they know at a path and list every key they hold
 * (for unknown-key suggestions and for the docs' key tables, which must not drift from them).
 */
type Schema = z.core.$ZodType;
type Def = { type: string } & Record<string, unknown>;

const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schema under wrappers that do not change the shape (default, optional, pipe's input...). */
export const unwrap = (schema: Schema): Schema => {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if ('innerType' in def) current = def.innerType as Schema;
    else if (def.type === 'pipe') current = def.in as Schema;
    else if (def.type === 'lazy') current = (def.getter as () => Schema)();
    else return current;
  }
};

const shapeOf = (schema: Schema): Record<string, Schema> | undefined => {
  const def = defOf(schema);
  return def.type === 'object' ? (def.shape as Record<string, Schema>) : undefined;
};

/** What a record's values or an array's elements are; undefined for anything else. */
const childOf = (schema: Schema): Schema | undefined => {
  const def = defOf(schema);
  if (def.type === 'record') return def.valueType as Schema;
  if (def.type === 'array') return def.element as Schema;
  return undefined;
};

/** The keys an object at `path` (as a zod issue gives it) may have. */
export const knownKeysAt = (schema: Schema, path: readonly PropertyKey[]): string[] => {
  let current: Schema | undefined = unwrap(schema);
  for (const segment of path) {
    if (!current) return [];
    const shape = shapeOf(current);
    const next: Schema | undefined = shape ? shape[String(segment)] : childOf(current);
    current = next ? unwrap(next) : undefined;
  }
  return current ? Object.keys(shapeOf(current) ?? {}) : [];
};

/** A key path as the docs write it: records' keys and arrays' elements are `<>`. */
export interface KeyPath {
  readonly path: string;
  /** Whether the key holds a plain value rather than an object, record or array of objects. */
  readonly leaf: boolean;
}

/** Every key path the schema holds, parents before children: `forms.<>`, `forms.<>.routes`, `forms.<>.routes.team`... */
export const keyPaths = (schema: Schema, prefix = ''): KeyPath[] => {
  const inner = unwrap(schema);
  const shape = shapeOf(inner);
  if (shape) {
    return Object.entries(shape).flatMap(([key, child]) => {
      const path = prefix ? `${prefix}.${key}` : key;
      const below = keyPaths(child, path);
      return [{ path, leaf: below.length === 0 }, ...below];
    });
  }
  const child = childOf(inner);
  if (!child) return [];
  if (defOf(inner).type !== 'record') return keyPaths(child, prefix);
  const below = keyPaths(child, `${prefix}.<>`);
  return [{ path: `${prefix}.<>`, leaf: below.length === 0 }, ...below];
};

/** Every object in the schema that lets unknown keys through (zod's default), by key path. */
export const lenientObjects = (schema: Schema, path = '(top level)'): string[] => {
  const inner = unwrap(schema);
  const shape = shapeOf(inner);
  if (shape) {
    const catchall = defOf(inner).catchall as Schema | undefined;
    const here = catchall && defOf(catchall).type === 'never' ? [] : [path];
    return [
      ...here,
      ...Object.entries(shape).flatMap(([key, child]) =>
        lenientObjects(child, path === '(top level)' ? key : `${path}.${key}`),
      ),
    ];
  }
  const child = childOf(inner);
  return child ? lenientObjects(child, `${path}.<>`) : [];
};
