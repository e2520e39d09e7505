/** A column as a release's Prisma client reads and writes it. */
export interface UsedColumn {
  /** Optional in the model (`Type?`): the client may write null into it. */
  optional: boolean;
  /** The database gives a value the client leaves out (`@default(now())`, a literal, `autoincrement()`). */
  databaseDefault: boolean;
  /** The column's type as PostgreSQL names it (`text`, `int4`, `varchar(40)`, ...). */
  type: string;
}

/** What one release's code uses of its database: every table, column and enum its schema maps. */
export interface SchemaUsage {
  tables: Map<string, Map<string, UsedColumn>>;
  /** Enum types by their database name, with their values' database names. */
  enums: Map<string, Set<string>>;
}

/** Defaults the Prisma client computes itself: the database has none to fall back on. */
const CLIENT_DEFAULTS = /^(uuid|cuid|nanoid|ulid)\(/;

/** Prisma's scalar types as PostgreSQL stores them when no `@db.` attribute says otherwise. */
const DEFAULT_NATIVE_TYPES: Record<string, string> = {
  String: 'text',
  Boolean: 'bool',
  Int: 'int4',
  BigInt: 'int8',
  Float: 'float8',
  Decimal: 'numeric(65,30)',
  DateTime: 'timestamp(3)',
  Json: 'jsonb',
  Bytes: 'bytea',
};

/** `@db.VarChar(40)` and the like, as PostgreSQL names the type. */
const NATIVE_ATTRIBUTE_TYPES: Record<string, string> = {
  Text: 'text',
  VarChar: 'varchar',
  Char: 'bpchar',
  Integer: 'int4',
  SmallInt: 'int2',
  BigInt: 'int8',
  DoublePrecision: 'float8',
  Real: 'float4',
  Decimal: 'numeric',
  Timestamp: 'timestamp',
  Timestamptz: 'timestamptz',
  Date: 'date',
  Time: 'time',
  Uuid: 'uuid',
  JsonB: 'jsonb',
  Json: 'json',
  Boolean: 'bool',
};

const BLOCK = /^(model|enum|view|type)\s+(\w+)\s*\{([\s\S]*?)^\}/gm;
const MAPPED = /@@map\(\s*"([^"]+)"\s*\)/;
const FIELD_MAPPED = /@map\(\s*"([^"]+)"\s*\)/;

/**
 * Reads a Prisma schema (a service's `schema.prisma`) for the tables, columns and enums its client
 * maps, by their database names. Prisma's client selects every scalar field of a model unless told
 * otherwise, so what the schema maps is what that release's code reads and writes.
 */
export function schemaUsage(schema: string): SchemaUsage {
  const text = schema.replace(/\/\/.*$/gm, '');
  const blocks = [...text.matchAll(BLOCK)].map(([, kind, name, body]) => ({ kind, name, body }));
  const models = new Set(blocks.filter((b) => b.kind === 'model').map((b) => b.name));
  const enumNames = new Set(blocks.filter((b) => b.kind === 'enum').map((b) => b.name));
  const usage: SchemaUsage = { tables: new Map(), enums: new Map() };
  for (const block of blocks) {
    const lines = block.body
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const dbName = MAPPED.exec(block.body)?.[1] ?? block.name;
    if (block.kind === 'enum') {
      usage.enums.set(dbName, new Set(lines.filter((l) => !l.startsWith('@@')).map((l) => FIELD_MAPPED.exec(l)?.[1] ?? l.split(/\s+/)[0])));
    }
    if (block.kind !== 'model') continue;
    const columns = new Map<string, UsedColumn>();
    for (const line of lines) {
      const field = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (!field || line.startsWith('@@')) continue;
      const [, name, type, list, optional, attributes] = field;
      // A relation field is no column (its foreign key is a scalar field of its own).
      if (models.has(type) || attributes.includes('@relation')) continue;
      const defaultValue = /@default\((.*)\)/.exec(attributes)?.[1];
      columns.set(FIELD_MAPPED.exec(attributes)?.[1] ?? name, {
        optional: Boolean(optional),
        databaseDefault: defaultValue !== undefined && !CLIENT_DEFAULTS.test(defaultValue),
        type: nativeType(type, attributes, enumNames) + (list ? '[]' : ''),
      });
    }
    usage.tables.set(dbName, columns);
  }
  return usage;
}

function nativeType(type: string, attributes: string, enums: Set<string>): string {
  const native = /@db\.(\w+)(?:\(([^)]*)\))?/.exec(attributes);
  if (native) {
    const base = NATIVE_ATTRIBUTE_TYPES[native[1]] ?? native[1].toLowerCase();
    return native[2] ? `${base}(${native[2].replace(/\s+/g, '')})` : base;
  }
  return DEFAULT_NATIVE_TYPES[type] ?? (enums.has(type) ? type : type.toLowerCase());
}
