/**
 * Imports, in the background (the only writer). Two ways in, one set of rules:
 *
 *  - `importData(json)`: the whole file's text; checked first (utils/storage/import.ts), then
 *    merged in ONE Dexie transaction. A rejected file — or a transaction that fails halfway —
 *    changes nothing. (Tests, small callers.)
 *  - `importSlice(slice)` … `importFinish(settings)`: what the options page sends after its Web
 *    Worker has read, parsed and checked the whole file (utils/storage/import-file.ts). Each
 *    slice of 500 entries is checked again and merged in its own transaction (in requests of
 *    WRITE_CHUNK rows), so the background answers other tabs between slices and between
 *    requests instead of freezing for seconds on a 50 MB file. A file with any problem never gets here (the worker refused it); a failure midway
 *    leaves the slices already merged, and importing the same file again adds the rest (merging
 *    is by stable id).
 *
 * The patterns log's daily rollup gains the added entries' counts in the same transaction
 * (incremental: the rows of the days touched, never a re-read of the log).
 *
 * Merging is by stable id (the not-a-pattern list by its value): an entry already stored is
 * kept as it is and counted in `skippedDuplicates`, as is a repeat inside the file. Entries
 * older than the retention period are not imported (`skippedOld`), since retention would
 * remove them at once. The file's settings, when present, replace the current ones after the
 * history has been committed — except a shorter retention period, which is only offered
 * (`retentionKept`); a file without settings keeps the current ones (`settingsInFile: false`).
 */
import type { ImportReport, ImportSlice, ImportSliceReport } from '../messaging/protocol';
import { parseImport } from '../storage/import';
import type { CheckinEntry, NotAPatternEntry, PatternEntry, TrustEntry } from '../storage/records';
import { updateRollup } from '../storage/rollup';
import { normalizeSettings, saveSettings, type Settings } from '../storage/settings';
import { requireValid, validateCheckin, validateNotAPattern, validatePattern, validateTrust } from '../storage/validate';
import { probeEnd, probeStart } from './import-probe';
import { retentionCutoff } from './maintenance';
import { bumpRevision, syncNotAPatternMirror } from './revision';
import { currentSettings } from './settings-cache';
import { runMaintenance, writableDb } from './writes';

type Counts = ImportReport['added'];

/**
 * Rows per IndexedDB request when merging (see mergeEntries). The call that hands 100 rows to
 * IndexedDB took ~7 ms of the thread on average on the loaded bench machine; 50 rows gave no
 * fewer stalls (bench notes in import-slices.ts).
 */
export const WRITE_CHUNK = 100;
const none = (): Counts => ({ patterns: 0, trust: 0, checkins: 0, notAPattern: 0 });
type Db = Awaited<ReturnType<typeof writableDb>>;

interface Entries {
  patterns: PatternEntry[];
  trust: TrustEntry[];
  checkins: CheckinEntry[];
  notAPattern: NotAPatternEntry[];
}

/**
 * The history period in force after the import: the file's, unless it is shorter than the
 * user's — an import never shortens it by itself.
 */
function retentionAfterImport(fileDays: number | undefined, currentDays: number): number {
  return fileDays !== undefined && fileDays >= currentDays ? fileDays : currentDays;
}

/** Merges entries into the stores; call inside a transaction over every table it touches. */
async function mergeEntries(db: Db, data: Entries, cutoff: number): Promise<ImportSliceReport> {
  const added = none();
  let skippedDuplicates = 0;
  let skippedOld = 0;
  const merge = async <T extends { time: number }>(
    table: { bulkGet(keys: string[]): Promise<(T | undefined)[]>; bulkAdd(items: readonly T[]): Promise<unknown> },
    items: T[],
    key: (item: T) => string,
    keepOld: boolean,
  ): Promise<T[]> => {
    const fresh = new Map<string, T>();
    for (const item of items) {
      if (!keepOld && item.time < cutoff) skippedOld++;
      else if (fresh.has(key(item))) skippedDuplicates++;
      else fresh.set(key(item), item);
    }
    const keys = [...fresh.keys()];
    // In requests of WRITE_CHUNK rows, awaiting each: the thread serialises (or receives) that
    // many rows at a time and answers other tabs between them, inside the same transaction.
    // At least one bulkGet even for an empty list: Dexie keeps its transaction across native
    // awaits only while its own requests keep coming.
    const toAdd: T[] = [];
    for (let i = 0; i === 0 || i < keys.length; i += WRITE_CHUNK) {
      const part = keys.slice(i, i + WRITE_CHUNK);
      const t = probeStart();
      const existing = await table.bulkGet(part);
      probeEnd('bulkGet', t);
      part.forEach((k, j) => existing[j] === undefined && toAdd.push(fresh.get(k)!));
    }
    skippedDuplicates += keys.length - toAdd.length;
    for (let i = 0; i < toAdd.length; i += WRITE_CHUNK) {
      const t = probeStart();
      const request = table.bulkAdd(toAdd.slice(i, i + WRITE_CHUNK));
      probeEnd('bulkAdd:call', t);
      await request;
      probeEnd('bulkAdd', t);
    }
    return toAdd;
  };
  const patterns = await merge(db.patterns, data.patterns, (e) => e.id, false);
  added.patterns = patterns.length;
  added.trust = (await merge(db.trust, data.trust, (e) => e.id, false)).length;
  added.checkins = (await merge(db.checkins, data.checkins, (e) => e.id, false)).length;
  added.notAPattern = (await merge(db.notAPattern, data.notAPattern, (e) => e.value, true)).length;
  // The rollup: the added entries' counts go onto their days' rows, in this transaction (the
  // rows of the days touched are read and written, never the log itself). Only entries not yet
  // stored are added, so the rollup stays equal to one rebuilt from the log.
  if (patterns.length) {
    const t = probeStart();
    await updateRollup(db.patternDays, { added: patterns });
    probeEnd('rollup', t);
  }
  return { added, skippedDuplicates, skippedOld };
}

const TABLES = (db: Db) => [db.patterns, db.patternDays, db.trust, db.checkins, db.notAPattern];

/** After the history is committed: settings (retention guarded), mirror, revision, maintenance. */
async function finish(fileSettings: Settings | null): Promise<Pick<ImportReport, 'errors' | 'settingsApplied' | 'settingsInFile' | 'retentionKept'>> {
  const current = await currentSettings();
  const fileDays = fileSettings?.retentionDays;
  const retentionKept = fileDays !== undefined && fileDays < current.retentionDays ? { file: fileDays, current: current.retentionDays } : undefined;
  const settings = fileSettings && { ...fileSettings, retentionDays: retentionAfterImport(fileDays, current.retentionDays) };
  const errors: string[] = [];
  let settingsApplied = false;
  if (settings) {
    try {
      await saveSettings(settings);
      settingsApplied = true;
    } catch (error) {
      errors.push(`The entries were imported, but the file's settings could not be saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const db = await writableDb();
  await syncNotAPatternMirror(db);
  await bumpRevision();
  // The caps may now be exceeded; trim the oldest as usual.
  const t = probeStart();
  await runMaintenance(db).catch((error) => console.error('[attune] maintenance after import failed', error));
  probeEnd('maintenance', t);
  return { errors, settingsApplied, settingsInFile: fileSettings !== null, retentionKept };
}

export async function importData(json: unknown): Promise<ImportReport> {
  const parsed = parseImport(json as string);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, added: none(), skippedDuplicates: 0 };
  const { data, settings } = parsed.value;
  const current = await currentSettings();
  const cutoff = retentionCutoff(retentionAfterImport(settings?.retentionDays, current.retentionDays));

  const db = await writableDb();
  let merged: ImportSliceReport;
  try {
    merged = await db.transaction('rw', TABLES(db), () => mergeEntries(db, data, cutoff));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [`Saving the imported entries failed (${message}). Nothing was imported.`],
      added: none(),
      skippedDuplicates: 0,
    };
  }
  return { ok: true, ...merged, ...(await finish(settings)) };
}

/** One slice of a file the options page's worker has already checked in full. */
export async function importSlice(slice: ImportSlice): Promise<ImportSliceReport> {
  const check = <T>(validate: (v: unknown, path: string, errors: string[]) => T | null, list: unknown[] | undefined, name: string): T[] =>
    (list ?? []).map((value, i) => requireValid(validate, value, `${name}[${i}]`));
  let t = probeStart();
  const data: Entries = {
    patterns: check(validatePattern, slice.patterns, 'patterns'),
    trust: check(validateTrust, slice.trust, 'trust'),
    checkins: check(validateCheckin, slice.checkins, 'checkins'),
    notAPattern: check(validateNotAPattern, slice.notAPattern, 'notAPattern'),
  };
  probeEnd('validate', t);
  const current = await currentSettings();
  const cutoff = retentionCutoff(retentionAfterImport(slice.fileRetentionDays, current.retentionDays));
  const db = await writableDb();
  t = probeStart();
  const report = await db.transaction('rw', TABLES(db), () => mergeEntries(db, data, cutoff));
  probeEnd('slice', t);
  return report;
}

/** The end of a sliced import: the file's settings (null: the file had none), then tidy up. */
export async function importFinish(fileSettings: unknown): Promise<Pick<ImportReport, 'errors' | 'settingsApplied' | 'settingsInFile' | 'retentionKept'>> {
  let settings: Settings | null = null;
  if (fileSettings !== null) {
    const problems: string[] = [];
    settings = normalizeSettings(fileSettings, problems);
    if (problems.length || typeof fileSettings !== 'object') throw new Error(`Not saved: ${problems.join('; ') || 'settings: expected an object'}`);
  }
  return finish(settings);
}
