import { parse, type AlterTableCmd, type ColumnDef, type Node, type ParseResult, type TypeName } from 'libpg-query';

/** What a migration statement does to the schema that a running release may notice. */
export type SchemaChange =
  | { kind: 'drop-table'; table: string }
  | { kind: 'rename-table'; table: string; to: string }
  | { kind: 'drop-column'; table: string; column: string }
  | { kind: 'rename-column'; table: string; column: string; to: string }
  | { kind: 'add-column'; table: string; column: string; notNull: boolean; hasDefault: boolean }
  | { kind: 'set-not-null'; table: string; column: string }
  | { kind: 'set-default'; table: string; column: string }
  | { kind: 'drop-default'; table: string; column: string }
  | { kind: 'alter-type'; table: string; column: string; type: string }
  | { kind: 'drop-type'; type: string }
  | { kind: 'rename-type'; type: string; to: string }
  | { kind: 'rename-enum-value'; type: string; value: string; to: string };

export interface MigrationStatement {
  /** The statement as written (for the report). */
  sql: string;
  changes: SchemaChange[];
}

/**
 * The statements of a migration script and what each changes, read by PostgreSQL's own parser
 * (libpg-query): quoting, comments, several actions in one ALTER TABLE and function bodies are
 * read as the server reads them. Statements that change nothing a release reads (indexes,
 * functions, triggers, new tables, data) come back with no changes.
 */
export async function migrationStatements(sql: string): Promise<MigrationStatement[]> {
  const result = (await parse(sql)) as ParseResult;
  return (result.stmts ?? []).map((raw) => {
    const start = raw.stmt_location ?? 0;
    const text = sql
      .slice(start, raw.stmt_len ? start + raw.stmt_len : undefined)
      .replace(/^(\s|--[^\n]*\n)+/, '')
      .trim();
    return { sql: text, changes: raw.stmt ? changesOf(raw.stmt) : [] };
  });
}

const sval = (n: Node | undefined): string => (n && 'String' in n ? (n.String.sval ?? '') : '');
const lastName = (names: Node[] | undefined): string => sval(names?.at(-1));

function changesOf(stmt: Node): SchemaChange[] {
  if ('DropStmt' in stmt) {
    const { removeType, objects = [] } = stmt.DropStmt;
    if (removeType === 'OBJECT_TABLE') return objects.map((o) => ({ kind: 'drop-table', table: 'List' in o ? lastName(o.List.items) : '' }));
    if (removeType === 'OBJECT_TYPE') return objects.map((o) => ({ kind: 'drop-type', type: 'TypeName' in o ? lastName(o.TypeName.names) : '' }));
    return [];
  }
  if ('RenameStmt' in stmt) {
    const { renameType, relation, subname = '', newname = '', object } = stmt.RenameStmt;
    const table = relation?.relname ?? '';
    if (renameType === 'OBJECT_TABLE') return [{ kind: 'rename-table', table, to: newname }];
    if (renameType === 'OBJECT_COLUMN') return [{ kind: 'rename-column', table, column: subname, to: newname }];
    if (renameType === 'OBJECT_TYPE') return [{ kind: 'rename-type', type: object && 'List' in object ? lastName(object.List.items) : '', to: newname }];
    return [];
  }
  if ('AlterEnumStmt' in stmt) {
    const { typeName, oldVal, newVal = '' } = stmt.AlterEnumStmt;
    return oldVal ? [{ kind: 'rename-enum-value', type: lastName(typeName), value: oldVal, to: newVal }] : [];
  }
  if ('AlterTableStmt' in stmt && stmt.AlterTableStmt.objtype === 'OBJECT_TABLE') {
    const table = stmt.AlterTableStmt.relation?.relname ?? '';
    return (stmt.AlterTableStmt.cmds ?? []).flatMap((c) => ('AlterTableCmd' in c ? tableChange(table, c.AlterTableCmd) : []));
  }
  return [];
}

function tableChange(table: string, cmd: AlterTableCmd): SchemaChange[] {
  const column = cmd.name ?? '';
  switch (cmd.subtype) {
    case 'AT_DropColumn':
      return [{ kind: 'drop-column', table, column }];
    case 'AT_AddColumn': {
      const def = cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : {};
      return [{ kind: 'add-column', table, column: def.colname ?? '', ...nullability(def) }];
    }
    case 'AT_SetNotNull':
      return [{ kind: 'set-not-null', table, column }];
    case 'AT_ColumnDefault':
      return [{ kind: cmd.def ? 'set-default' : 'drop-default', table, column }];
    case 'AT_AlterColumnType': {
      const def = cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : {};
      return [{ kind: 'alter-type', table, column, type: def.typeName ? typeOf(def.typeName) : '' }];
    }
    default:
      return [];
  }
}

const SERIAL = new Set(['serial', 'bigserial', 'smallserial', 'serial4', 'serial8', 'serial2']);

function nullability(def: ColumnDef): { notNull: boolean; hasDefault: boolean } {
  const kinds = (def.constraints ?? []).map((c) => ('Constraint' in c ? c.Constraint.contype : undefined));
  return {
    notNull: Boolean(def.is_not_null) || kinds.includes('CONSTR_NOTNULL') || kinds.includes('CONSTR_PRIMARY'),
    hasDefault: kinds.some((k) => k === 'CONSTR_DEFAULT' || k === 'CONSTR_IDENTITY' || k === 'CONSTR_GENERATED') || SERIAL.has(lastName(def.typeName?.names)),
  };
}

/** A type as PostgreSQL names it, with its modifiers: `varchar(40)`, `timestamp(3)`, `text[]`. */
export function typeOf(type: TypeName): string {
  const name = lastName(type.names);
  const mods = (type.typmods ?? []).map((m) => ('A_Const' in m ? (m.A_Const.ival?.ival ?? m.A_Const.sval?.sval ?? '') : '')).join(',');
  return `${name}${mods ? `(${mods})` : ''}${'[]'.repeat(type.arrayBounds?.length ?? 0)}`;
}
