/**
 * The history database: IndexedDB in the extension's own origin, through Dexie.
 *
 * One writer: the background (utils/background/). Extension pages open the same database
 * and only read (utils/storage/queries.ts). Content scripts never touch it (a content
 * script's IndexedDB would be the web page's, not ours).
 *
 * Schema versions are a list, oldest first. To change the schema, append a version with its
 * `stores` (only the tables that change) and an `upgrade` that rewrites old rows; never edit a
 * released entry. tests/storage/db.test.ts opens a database written by every older version.
 * A failed upgrade aborts IndexedDB's versionchange transaction, so the old data stays as it
 * was; getDb() then opens it read-only (exportable) and records the problem in
 * `local:storageProblem` for the options page to show.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import { storage } from 'wxt/utils/storage';
import type { CheckinEntry, NotAPatternEntry, PatternEntry, TrustEntry } from './records';
import { rebuildRollup, type PatternDay } from './rollup';

export const DB_NAME = 'attune';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs: primary key first, then indexes. `null` deletes a table. */
  stores: Record<string, string | null>;
  /** Rewrites rows of the previous version into this version's shape. Throwing aborts it all. */
  upgrade?: (tx: Transaction) => PromiseLike<unknown> | void;
}

export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // [category+time]: the options page's main query (one barrier, a date range).
      patterns: 'id, time, [category+time], site, outcome',
      trust: 'id, time',
      checkins: 'id, time',
      notAPattern: 'value',
    },
  },
  {
    version: 2,
    stores: {
      // [site+time]: the entry list filtered by site, newest first, without scanning other sites.
      // The plain `site` and `outcome` indexes go: no query used them, and every index is
      // paid for on every write (100,000 rows seeded: ~20% slower per index).
      patterns: 'id, time, [category+time], [site+time]',
      // The daily rollup (rollup.ts): what the options page's charts read instead of every entry.
      patternDays: 'day',
    },
    upgrade: (tx) => rebuildRollup(tx.table('patterns'), tx.table('patternDays')),
  },
];

export const CURRENT_DB_VERSION = SCHEMA[SCHEMA.length - 1].version;

export class AttuneDb extends Dexie {
  declare patterns: Table<PatternEntry, string>;
  declare trust: Table<TrustEntry, string>;
  declare checkins: Table<CheckinEntry, string>;
  declare notAPattern: Table<NotAPatternEntry, string>;
  declare patternDays: Table<PatternDay, number>;
  /** True when opened without a schema after a failed upgrade: read, export, nothing else. */
  readOnlyFallback = false;

  constructor(name = DB_NAME, schema: readonly SchemaVersion[] = SCHEMA) {
    super(name);
    for (const v of schema) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

/** Written when the database cannot be opened or upgraded; cleared when it opens again. */
export const storageProblemItem = storage.defineItem<string>('local:storageProblem', { fallback: '' });

let shared: Promise<AttuneDb> | null = null;

/**
 * Opens the history database (once per context). If upgrading fails, the previous version's
 * data is opened as it is, read-only, and the failure recorded.
 */
export function getDb(): Promise<AttuneDb> {
  shared ??= openDb();
  return shared;
}

export async function openDb(name = DB_NAME, schema: readonly SchemaVersion[] = SCHEMA): Promise<AttuneDb> {
  const db = new AttuneDb(name, schema);
  try {
    await db.open();
    if (await storageProblemItem.getValue().catch(() => '')) await storageProblemItem.removeValue().catch(() => {});
    return db;
  } catch (error) {
    db.close();
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error('[attune] history database could not be opened/upgraded', error);
    await storageProblemItem
      .setValue(
        `Attune could not upgrade your saved history to its new format (${message}). ` +
          'Your data has not been changed and can still be viewed and exported; new entries are not saved until this is fixed.',
      )
      .catch(() => {});
    // Dexie without declared versions opens whatever version exists, tables and all.
    const fallback = new Dexie(name) as AttuneDb;
    await fallback.open();
    for (const table of fallback.tables) (fallback as unknown as Record<string, unknown>)[table.name] = table;
    fallback.readOnlyFallback = true;
    return fallback;
  }
}

/** Tests: close the shared connection and delete the database. */
export async function resetDbForTests(): Promise<void> {
  if (shared) (await shared.catch(() => null))?.close();
  shared = null;
  await Dexie.delete(DB_NAME);
}
