/**
 * Retention and storage caps, run by the background on start, after imports and every
 * MAINTENANCE_EVERY writes: history older than settings.retentionDays goes, and each table is
 * capped (oldest first) so a runaway logger cannot fill the disk.
 */
import type { AttuneDb } from '../storage/db';
import type { PatternEntry } from '../storage/records';
import { rebuildRollup, rollupConsistent, updateRollup } from '../storage/rollup';

const DAY_MS = 86_400_000;

/** A year of very heavy use is ~100,000 patterns-log rows (~20 MB); twice that is the ceiling. */
export const MAX_PATTERN_ROWS = 200_000;
export const MAX_TRUST_ROWS = 50_000;
export const MAX_CHECKIN_ROWS = 20_000;
/** Bounded so the content scripts' mirror (storage.local) stays small. */
export const MAX_NOT_A_PATTERN = 5_000;

export interface RetentionOptions {
  now?: number;
  retentionDays: number;
  maxPatterns?: number;
  maxTrust?: number;
  maxCheckins?: number;
}

export interface RetentionResult {
  removedOld: number;
  removedOverCap: number;
}

export function retentionCutoff(retentionDays: number, now = Date.now()): number {
  return now - retentionDays * DAY_MS;
}

export async function applyRetention(db: AttuneDb, options: RetentionOptions): Promise<RetentionResult> {
  const cutoff = retentionCutoff(options.retentionDays, options.now);
  const caps: [typeof db.patterns | typeof db.trust | typeof db.checkins, number][] = [
    [db.patterns, options.maxPatterns ?? MAX_PATTERN_ROWS],
    [db.trust, options.maxTrust ?? MAX_TRUST_ROWS],
    [db.checkins, options.maxCheckins ?? MAX_CHECKIN_ROWS],
  ];
  let removedOld = 0;
  let removedOverCap = 0;
  await db.transaction('rw', [db.patterns, db.patternDays, db.trust, db.checkins], async () => {
    for (const [table, cap] of caps) {
      const isPatterns = table === db.patterns;
      if (isPatterns) {
        // The rows themselves, so the rollup can subtract them in this same transaction.
        const old = (await table.where('time').below(cutoff).toArray()) as PatternEntry[];
        await table.bulkDelete(old.map((e) => e.id));
        await updateRollup(db.patternDays, { removed: old });
        removedOld += old.length;
      } else {
        removedOld += await table.where('time').below(cutoff).delete();
      }
      const count = await table.count();
      if (count > cap) {
        const oldest = await table.orderBy('time').limit(count - cap).toArray();
        await table.bulkDelete(oldest.map((e) => e.id));
        if (isPatterns) await updateRollup(db.patternDays, { removed: oldest as PatternEntry[] });
        removedOverCap += oldest.length;
      }
    }
  });
  return { removedOld, removedOverCap };
}

/**
 * Repairs the daily rollup if it disagrees with the patterns table (per-category totals; an
 * interrupted migration, a bug, data written around the background). Returns true when it
 * rebuilt. Run on worker start.
 */
export async function repairRollupIfNeeded(db: AttuneDb): Promise<boolean> {
  if (await rollupConsistent(db.patterns, db.patternDays)) return false;
  console.warn('[attune] the patterns rollup did not match the log; rebuilding it');
  await db.transaction('rw', db.patterns, db.patternDays, () => rebuildRollup(db.patterns, db.patternDays));
  return true;
}
