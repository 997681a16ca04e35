/**
 * Small items in storage.local that the background writes and every context may read:
 *
 * - `local:revision`: bumped after every committed write to the history database, so open
 *   pages (Pinia stores, utils/stores/) know to re-read. IndexedDB has no cross-context change
 *   events; storage.onChanged reaches every extension page.
 * - `local:notAPattern`: a mirror of the not-a-pattern list as plain strings, for content
 *   scripts (which cannot open the extension's IndexedDB). The database is the truth; the
 *   background rewrites the mirror after each change and on every start, so a worker killed
 *   between the two heals itself.
 */
import { storage } from 'wxt/utils/storage';

export const revisionItem = storage.defineItem<number>('local:revision', { fallback: 0 });

export const notAPatternMirrorItem = storage.defineItem<string[]>('local:notAPattern', { fallback: [] });

/** Calls `cb` whenever the background commits a write. Returns unwatch. */
export function watchRevision(cb: (revision: number) => void): () => void {
  return revisionItem.watch((value) => cb(value ?? 0));
}

/** Content scripts: the not-a-pattern list, and changes to it. */
export function getNotAPatternList(): Promise<string[]> {
  return notAPatternMirrorItem.getValue();
}
export function watchNotAPatternList(cb: (values: string[]) => void): () => void {
  return notAPatternMirrorItem.watch((values) => cb(values ?? []));
}
