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

/**
 * Rows removed per transaction. A clean-up can face tens of thousands of rows (a big import
 * over the cap, a shorter history period); removing them in one transaction kept the
 * background busy for 300 ms and more (reading the rows for the rollup, deleting, updating it),
 * so hints in other tabs waited. 2,000 rows is a few milliseconds to ~20 ms on a loaded machine.
 */
export const RETENTION_BATCH = 2000;

export interface RetentionOptions {
  now?: number;
  retentionDays: number;
  maxPatterns?: number;
  maxTrust?: number;
  maxCheckins?: number;
  /** Rows per transaction (tests use small ones). */
  batch?: number;
  /** Runs between two transactions, so other work gets a turn; the default waits one task. */
  between?: () => Promise<void>;
}

export interface RetentionResult {
  removedOld: number;
  removedOverCap: number;
}

export function retentionCutoff(retentionDays: number, now = Date.now()): number {
  return now - retentionDays * DAY_MS;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Removes history older than the retention period, then the oldest rows over each table's
 * cap, in transactions of at most `batch` rows with a pause between them. Each transaction
 * is whole on its own: patterns rows leave together with their counts in the daily rollup,
 * so stopping between two (the worker shut down, a failure) leaves consistent data and the
 * next run goes on where this one stopped. The outcome is the same as removing everything at
 * once: per table, old rows first, then the oldest (by time, ties by id) down to the cap.
 */
export async function applyRetention(db: AttuneDb, options: RetentionOptions): Promise<RetentionResult> {
  const cutoff = retentionCutoff(options.retentionDays, options.now);
  const batch = Math.max(1, options.batch ?? RETENTION_BATCH);
  const between = options.between ?? nextTask;
  const caps: [typeof db.patterns | typeof db.trust | typeof db.checkins, number][] = [
    [db.patterns, options.maxPatterns ?? MAX_PATTERN_ROWS],
    [db.trust, options.maxTrust ?? MAX_TRUST_ROWS],
    [db.checkins, options.maxCheckins ?? MAX_CHECKIN_ROWS],
  ];
  let removedOld = 0;
  let removedOverCap = 0;
  let first = true;
  /** One bounded transaction; returns how many rows it removed. */
  const step = async (table: (typeof caps)[number][0], pick: () => Promise<number>): Promise<number> => {
    if (!first) await between();
    first = false;
    const scope = table === db.patterns ? [db.patterns, db.patternDays] : [table];
    return db.transaction('rw', scope, pick);
  };
  /** Removes the given rows; patterns rows leave the rollup in the same transaction. */
  const remove = async (table: (typeof caps)[number][0], rows: { id: string }[]): Promise<number> => {
    await table.bulkDelete(rows.map((e) => e.id));
    if (table === db.patterns) await updateRollup(db.patternDays, { removed: rows as PatternEntry[] });
    return rows.length;
  };
  for (const [table, cap] of caps) {
    for (;;) {
      const n = await step(table, async () => remove(table, await table.where('time').below(cutoff).limit(batch).toArray()));
      removedOld += n;
      if (n < batch) break;
    }
    for (;;) {
      const n = await step(table, async () => {
        const over = (await table.count()) - cap;
        if (over <= 0) return 0;
        return remove(table, await table.orderBy('time').limit(Math.min(over, batch)).toArray());
      });
      removedOverCap += n;
      if (n < batch) break;
    }
  }
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
