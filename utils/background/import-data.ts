/**
 * The `importData` message: check everything first (utils/storage/import.ts), then merge in ONE
 * Dexie transaction. A rejected file — or a transaction that fails halfway — changes nothing.
 *
 * The patterns log's daily rollup is recomputed, in the same transaction, for every day the
 * import added entries to.
 *
 * Merging is by stable id (the not-a-pattern list by its value): an entry already stored is
 * kept as it is and counted in `skippedDuplicates`, as is a repeat inside the file. Entries
 * older than the retention period are not imported (`skippedOld`), since retention would
 * remove them at once. The file's settings, when present, replace the current ones after the
 * history has been committed — except a shorter retention period, which is only offered
 * (`retentionKept`); a file without settings keeps the current ones (`settingsInFile: false`).
 */
import type { ImportReport } from '../messaging/protocol';
import { parseImport } from '../storage/import';
import type { PatternEntry } from '../storage/records';
import { localDay, recomputeDays } from '../storage/rollup';
import { saveSettings } from '../storage/settings';
import { retentionCutoff } from './maintenance';
import { bumpRevision, syncNotAPatternMirror } from './revision';
import { currentSettings } from './settings-cache';
import { runMaintenance, writableDb } from './writes';

const none = () => ({ patterns: 0, trust: 0, checkins: 0, notAPattern: 0 });

export async function importData(json: unknown): Promise<ImportReport> {
  const parsed = parseImport(json as string);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, added: none(), skippedDuplicates: 0 };
  const { data } = parsed.value;
  const current = await currentSettings();
  // Retention never shortens as a side effect of an import: a file asking for a shorter period
  // brings its other settings, keeps the user's period, and the report offers the shorter one
  // for the user to confirm (options page, "Your data"). Only that confirmation deletes.
  const fileRetention = parsed.value.settings?.retentionDays;
  const retentionKept =
    fileRetention !== undefined && fileRetention < current.retentionDays ? { file: fileRetention, current: current.retentionDays } : undefined;
  const settings = parsed.value.settings && retentionKept ? { ...parsed.value.settings, retentionDays: current.retentionDays } : parsed.value.settings;

  const retentionDays = (settings ?? current).retentionDays;
  const cutoff = retentionCutoff(retentionDays);
  const added = none();
  let skippedDuplicates = 0;
  let skippedOld = 0;

  const db = await writableDb();
  try {
    await db.transaction('rw', [db.patterns, db.patternDays, db.trust, db.checkins, db.notAPattern], async () => {
      const merge = async <T extends { time: number }>(
        table: { bulkGet(keys: string[]): Promise<(T | undefined)[]>; bulkAdd(items: readonly T[]): Promise<unknown> },
        items: T[],
        key: (item: T) => string,
        keepOld: boolean,
      ): Promise<number> => {
        const fresh = new Map<string, T>();
        for (const item of items) {
          if (!keepOld && item.time < cutoff) skippedOld++;
          else if (fresh.has(key(item))) skippedDuplicates++;
          else fresh.set(key(item), item);
        }
        const keys = [...fresh.keys()];
        const existing = await table.bulkGet(keys);
        const toAdd = keys.filter((_, i) => existing[i] === undefined).map((k) => fresh.get(k)!);
        skippedDuplicates += keys.length - toAdd.length;
        if (toAdd.length) await table.bulkAdd(toAdd);
        addedRows = toAdd;
        return toAdd.length;
      };
      let addedRows: unknown[] = [];
      added.patterns = await merge(db.patterns, data.patterns, (e) => e.id, false);
      // The rollup: the days the import touched are recomputed from the log, in this transaction.
      if (added.patterns) {
        const days = new Set((addedRows as PatternEntry[]).map((e) => localDay(e.time)));
        await recomputeDays(db.patterns, db.patternDays, days);
      }
      added.trust = await merge(db.trust, data.trust, (e) => e.id, false);
      added.checkins = await merge(db.checkins, data.checkins, (e) => e.id, false);
      added.notAPattern = await merge(db.notAPattern, data.notAPattern, (e) => e.value, true);
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [`Saving the imported entries failed (${message}). Nothing was imported.`],
      added: none(),
      skippedDuplicates: 0,
    };
  }

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

  await syncNotAPatternMirror(db);
  await bumpRevision();
  // The caps may now be exceeded; trim the oldest as usual.
  await runMaintenance(db).catch((error) => console.error('[attune] maintenance after import failed', error));
  return { ok: true, errors, added, skippedDuplicates, skippedOld, settingsApplied, settingsInFile: settings !== null, retentionKept };
}
