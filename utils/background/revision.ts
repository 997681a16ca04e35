/**
 * Background-only: announcing committed writes. Pages watch `local:revision`
 * (utils/storage/revision.ts); content scripts watch the `local:notAPattern` mirror.
 */
import type { AttuneDb } from '../storage/db';
import { notAPatternMirrorItem, revisionItem } from '../storage/revision';

let queued: Promise<void> | null = null;
let last: Promise<void> = Promise.resolve();

/**
 * Bumps `local:revision` once for every burst of commits: a call made while a bump is still
 * waiting to start joins it (it starts after that call's commit, so it covers it).
 */
export function bumpRevision(): Promise<void> {
  if (queued) return queued;
  const bump = last.then(async () => {
    queued = null;
    await revisionItem.setValue((await revisionItem.getValue()) + 1);
  });
  queued = bump;
  last = bump.catch((error) => console.error('[attune] revision bump failed', error));
  return bump;
}

let mirrorChain: Promise<void> = Promise.resolve();

/** Rewrites the content scripts' copy of the not-a-pattern list from the database. */
export function syncNotAPatternMirror(db: AttuneDb): Promise<void> {
  const run = mirrorChain.then(async () => {
    const values = (await db.notAPattern.toCollection().primaryKeys()) as string[];
    const current = await notAPatternMirrorItem.getValue();
    if (current.length !== values.length || current.some((v, i) => v !== values[i])) {
      await notAPatternMirrorItem.setValue(values);
    }
  });
  mirrorChain = run.catch(() => {});
  return run;
}
