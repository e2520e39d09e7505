import { migrationStatements, type SchemaChange } from './migration-changes';
import type { SchemaUsage } from './prisma-schema-usage';

/**
 * The rules a migration keeps so that the previous release, still running during a rolling
 * deploy, works against the new schema (docs/prisma.md, "Migrations a rolling deploy survives").
 */
export type ExpandContractRule =
  /** A table, column or enum the previous release maps is dropped: drop it a release after the code stopped using it. */
  | 'contract-too-early'
  /** A table, column, enum or enum value the previous release maps is renamed: add the new one, write both, drop the old one later. */
  | 'rename-in-place'
  /** The previous release's inserts would fail or change: a NOT NULL column it does not write without a default, a column it writes null into made NOT NULL, a default it relies on dropped. */
  | 'required-without-default'
  /** A column the previous release reads or writes gets another type than a widening (a VARCHAR made longer or TEXT). */
  | 'type-narrowed'
  /** A migration the previous release has applied was edited or deleted. */
  | 'released-migration-changed';

export interface Violation {
  rule: ExpandContractRule;
  /** `services/<service>/prisma/migrations/<name>`. */
  migration: string;
  statement: string;
  message: string;
}

export interface NewMigration {
  service: string;
  name: string;
  sql: string;
}

const q = (...names: string[]) => names.map((n) => `"${n}"`).join('.');

/**
 * Check a service's migrations new in this release, in order, against what the previous release's
 * code uses of the database (its schema, see prisma-schema-usage.ts).
 */
export async function expandContractViolations(previous: SchemaUsage, migrations: NewMigration[], previousRelease: string): Promise<Violation[]> {
  const violations: Violation[] = [];
  /** Columns this release adds to tables the previous release writes: it writes none of them. */
  const added = new Map<string, { notNull: boolean; hasDefault: boolean }>();
  for (const migration of migrations) {
    for (const { sql, changes } of await migrationStatements(migration.sql)) {
      for (const change of changes) {
        const found = judge(change, previous, added);
        if (found) {
          violations.push({
            rule: found.rule,
            migration: `services/${migration.service}/prisma/migrations/${migration.name}`,
            statement: sql,
            message: `${found.message} (the previous release is ${previousRelease})`,
          });
        }
      }
    }
  }
  return violations;
}

type Finding = { rule: ExpandContractRule; message: string } | undefined;

function judge(change: SchemaChange, previous: SchemaUsage, added: Map<string, { notNull: boolean; hasDefault: boolean }>): Finding {
  const columns = 'table' in change ? previous.tables.get(change.table) : undefined;
  const used = 'column' in change ? columns?.get(change.column) : undefined;
  const key = 'column' in change ? q(change.table, change.column) : '';
  switch (change.kind) {
    case 'drop-table':
      return (
        columns && {
          rule: 'contract-too-early',
          message: `drops table ${q(change.table)}, which the previous release still maps; drop it in a release after the one whose code stops using it`,
        }
      );
    case 'drop-column':
      return (
        used && {
          rule: 'contract-too-early',
          message: `drops column ${key}, which the previous release still maps; drop it in a release after the one whose code stops using it`,
        }
      );
    case 'drop-type':
      return previous.enums.has(change.type)
        ? { rule: 'contract-too-early', message: `drops type ${q(change.type)}, which the previous release still maps` }
        : undefined;
    case 'rename-table':
      return (
        columns && {
          rule: 'rename-in-place',
          message: `renames table ${q(change.table)}, which the previous release reads and writes by its old name; add the new table, write both, move the rows, and drop the old one later`,
        }
      );
    case 'rename-column':
      return (
        used && {
          rule: 'rename-in-place',
          message: `renames column ${key}, which the previous release reads and writes by its old name; add the new column, write both, backfill, and drop the old one later`,
        }
      );
    case 'rename-type':
      return previous.enums.has(change.type)
        ? { rule: 'rename-in-place', message: `renames type ${q(change.type)}, which the previous release maps by its old name` }
        : undefined;
    case 'rename-enum-value':
      return previous.enums.get(change.type)?.has(change.value)
        ? { rule: 'rename-in-place', message: `renames value '${change.value}' of ${q(change.type)}, which the previous release writes` }
        : undefined;
    case 'add-column':
      if (!columns) return undefined;
      added.set(key, { notNull: change.notNull, hasDefault: change.hasDefault });
      return change.notNull && !change.hasDefault
        ? {
            rule: 'required-without-default',
            message: `adds ${key} NOT NULL without a default: the previous release's inserts leave it out and would fail; add it with a default, or nullable and make it NOT NULL a release later`,
          }
        : undefined;
    case 'set-not-null': {
      if (!columns) return undefined;
      if (used)
        return used.optional
          ? {
              rule: 'required-without-default',
              message: `makes ${key} NOT NULL, which the previous release may leave null; make it NOT NULL in a release after the code always writes it`,
            }
          : undefined;
      const column = added.get(key) ?? { notNull: true, hasDefault: false };
      added.set(key, { ...column, notNull: true });
      return column.hasDefault
        ? undefined
        : {
            rule: 'required-without-default',
            message: `makes ${key} NOT NULL without a default: the previous release does not write it, and its inserts would fail`,
          };
    }
    case 'set-default': {
      const column = added.get(key);
      if (column) added.set(key, { ...column, hasDefault: true });
      return undefined;
    }
    case 'drop-default': {
      if (!columns) return undefined;
      if (used)
        return used.databaseDefault
          ? { rule: 'required-without-default', message: `drops the default of ${key}, which the previous release leaves to the database` }
          : undefined;
      const column = added.get(key);
      if (column) added.set(key, { ...column, hasDefault: false });
      return column?.notNull
        ? { rule: 'required-without-default', message: `drops the default of ${key}, NOT NULL and not written by the previous release` }
        : undefined;
    }
    case 'alter-type':
      return used && !widens(used.type, change.type)
        ? {
            rule: 'type-narrowed',
            message: `changes ${key} from ${used.type} to ${change.type}, which the previous release reads and writes as ${used.type}; only a VARCHAR made longer or TEXT is a widening`,
          }
        : undefined;
  }
}

const VARCHAR = /^varchar(?:\((\d+)\))?$/;

/** Every value of `from` is a value of `to`, and the previous release's client reads it the same way. */
export function widens(from: string, to: string): boolean {
  if (from === to) return true;
  const before = VARCHAR.exec(from);
  if (!before) return false;
  if (to === 'text') return true;
  const after = VARCHAR.exec(to);
  return Boolean(after) && (after![1] === undefined || (before[1] !== undefined && Number(after![1]) >= Number(before[1])));
}
