import { z } from 'zod';

const COMPONENTS = '#/components/schemas/';

/** The name a schema goes by in the documents (`.meta({ id })`), if it has one. */
export const componentName = (schema: z.ZodType): string | undefined => z.globalRegistry.get(schema)?.id;

/** A schema as a request or response body: a reference to its named component, or inline when it has no name. */
export function schemaObject(schema: z.ZodType): object {
  const name = componentName(schema);
  if (name) return { $ref: COMPONENTS + name };
  // The named schemas inside it are components too: its references to its $defs point there instead.
  const inline = JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })).replaceAll('"#/$defs/', `"${COMPONENTS}`);
  return stripDialect(JSON.parse(inline) as object);
}

/**
 * The named schemas `document` refers to, and those they refer to, as its components: each made
 * from the zod schema the service validates with (named by `.meta({ id })`), so the document and
 * the validation cannot differ.
 */
export function componentSchemas(document: object): Record<string, object> {
  const all = z.toJSONSchema(z.globalRegistry, { io: 'input', unrepresentable: 'any', uri: (id) => COMPONENTS + id }).schemas;
  const used: Record<string, object> = {};
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const ref = (node as { $ref?: unknown }).$ref;
    if (typeof ref === 'string' && ref.startsWith(COMPONENTS)) {
      const name = ref.slice(COMPONENTS.length);
      if (!(name in used) && all[name]) {
        used[name] = stripDialect(all[name]);
        visit(used[name]);
      }
    }
    Object.values(node).forEach(visit);
  };
  visit(document);
  return Object.fromEntries(Object.entries(used).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * A JSON Schema without its `$schema`, `$id` and `$defs`: the OpenAPI 3.1 document gives the
 * dialect once, and the definitions are its components.
 */
function stripDialect(schema: object): object {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => !['$schema', '$id', '$defs'].includes(key)));
}
