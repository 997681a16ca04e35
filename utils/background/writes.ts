/**
 * Every write to the history database. Background only: this is the one writer.
 *
 * Each write is validated, then applied in one Dexie transaction (all or nothing) — a change to
 * the patterns log updates its daily rollup (storage/rollup.ts) in that same transaction — then
 * announced (`local:revision`, and the not-a-pattern mirror where it changed). Writes are
 * idempotent — `put` keyed by the id the sender made — so a message retried after the service
 * worker died mid-write lands exactly once.
 */
import type { StorageUsage } from '../messaging/protocol';
import { getDb, type AttuneDb } from '../storage/db';
import { countAll } from '../storage/queries';
import type { PatternEntry } from '../storage/records';
import { updateRollup } from '../storage/rollup';
import {
  requireValid,
  validateCheckin,
  validateNotAPattern,
  validatePattern,
  validateTrust,
  MAX_ID_LENGTH,
} from '../storage/validate';
import { applyRetention, MAX_NOT_A_PATTERN, type RetentionResult } from './maintenance';
import { bumpRevision, syncNotAPatternMirror } from './revision';
import { currentSettings } from './settings-cache';

/** Run retention/caps after this many writes (and on every start). */
export const MAINTENANCE_EVERY = 500;
let writesSinceMaintenance = 0;

export async function writableDb(): Promise<AttuneDb> {
  const db = await getDb();
  if (db.readOnlyFallback) {
    throw new Error('Not saved: Attune\'s history could not be upgraded, so it is read-only for now (see the options page).');
  }
  return db;
}

async function committed(db: AttuneDb): Promise<void> {
  await bumpRevision();
  if (++writesSinceMaintenance >= MAINTENANCE_EVERY) {
    writesSinceMaintenance = 0;
    void runMaintenance(db).catch((error) => console.error('[attune] maintenance failed', error));
  }
}

export async function runMaintenance(db?: AttuneDb): Promise<RetentionResult> {
  const d = db ?? (await writableDb());
  const { retentionDays } = await currentSettings();
  const result = await applyRetention(d, { retentionDays });
  if (result.removedOld || result.removedOverCap) await bumpRevision();
  return result;
}

export async function logPattern(data: unknown): Promise<void> {
  const entry = requireValid(validatePattern, data, 'pattern');
  // Drafts are never stored unless the user opted in, whatever a sender puts in the message.
  if (!(await currentSettings()).storeSnippets) delete entry.snippet;
  const db = await writableDb();
  // The same id again is an outcome change (or a retry): the rollup swaps the old counts for the new.
  await db.transaction('rw', db.patterns, db.patternDays, async () => {
    const old = await db.patterns.get(entry.id);
    await db.patterns.put(entry);
    await updateRollup(db.patternDays, { added: [entry], removed: old ? [old] : [] });
  });
  await committed(db);
}

export async function logTrust(data: unknown): Promise<void> {
  const entry = requireValid(validateTrust, data, 'trust entry');
  const db = await writableDb();
  await db.trust.put(entry);
  await committed(db);
}

export async function saveCheckin(data: unknown): Promise<void> {
  const entry = requireValid(validateCheckin, data, 'check-in');
  const db = await writableDb();
  await db.checkins.put(entry);
  await committed(db);
}

export async function deletePatterns(ids: unknown): Promise<void> {
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || id.length > MAX_ID_LENGTH)) {
    throw new Error('Not deleted: expected a list of entry ids.');
  }
  const db = await writableDb();
  await db.transaction('rw', db.patterns, db.patternDays, async () => {
    const rows = (await db.patterns.bulkGet(ids as string[])).filter((e): e is PatternEntry => e !== undefined);
    await db.patterns.bulkDelete(rows.map((e) => e.id));
    await updateRollup(db.patternDays, { removed: rows });
  });
  await committed(db);
}

export async function addNotAPattern(data: unknown): Promise<void> {
  const entry = requireValid(validateNotAPattern, data, 'not-a-pattern entry');
  const db = await writableDb();
  await db.transaction('rw', db.notAPattern, async () => {
    if (!(await db.notAPattern.get(entry.value)) && (await db.notAPattern.count()) >= MAX_NOT_A_PATTERN) {
      throw new Error(`Not saved: the "not a pattern" list is full (${MAX_NOT_A_PATTERN} entries). Remove some first.`);
    }
    await db.notAPattern.put(entry);
  });
  await syncNotAPatternMirror(db);
  await committed(db);
}

export async function removeNotAPattern(value: unknown): Promise<void> {
  if (typeof value !== 'string') throw new Error('Not removed: expected the phrase or reason id (text).');
  const db = await writableDb();
  await db.notAPattern.delete(value);
  await syncNotAPatternMirror(db);
  await committed(db);
}

/** Clears all history and the not-a-pattern list. Settings stay (resetSettings() is separate). */
export async function deleteAllData(): Promise<void> {
  const db = await writableDb();
  await db.transaction('rw', [db.patterns, db.patternDays, db.trust, db.checkins, db.notAPattern], async () => {
    await Promise.all([db.patterns.clear(), db.patternDays.clear(), db.trust.clear(), db.checkins.clear(), db.notAPattern.clear()]);
  });
  await syncNotAPatternMirror(db);
  await committed(db);
}

/** What the options page shows under "Storage": bytes used by the extension's origin, and counts. */
export async function storageUsage(): Promise<StorageUsage> {
  const db = await getDb();
  const counts = await countAll(db);
  let bytes = 0;
  let quotaBytes = 0;
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.();
    bytes = estimate?.usage ?? 0;
    quotaBytes = estimate?.quota ?? 0;
  } catch {
    // Not available (Firefox MV2 background in some versions, tests): counts still help.
  }
  return { bytes, quotaBytes, counts };
}
