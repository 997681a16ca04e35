/**
 * A read of the history database that stays current: re-runs when the background bumps
 * `local:revision` (any write, from any tab). Overlapping refreshes coalesce: one re-run
 * after the one in progress, never a pile-up, and the last result always wins.
 */
import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { watchRevision } from '../storage/revision';
import type { TimeRange } from '../storage/queries';

export interface LiveResource<T> {
  data: ShallowRef<T>;
  loading: Ref<boolean>;
  /** Plain-language error of the last load, or null. */
  error: Ref<string | null>;
  /** True once the first load finished. */
  loaded: Ref<boolean>;
  /** Re-reads; resolves when the data reflects everything committed before the call. */
  refresh(): Promise<void>;
  stop(): void;
}

export function liveResource<T>(load: () => Promise<T>, initial: T): LiveResource<T> {
  const data = shallowRef(initial) as ShallowRef<T>;
  const loading = ref(false);
  const loaded = ref(false);
  const error = ref<string | null>(null);
  let running: Promise<void> | null = null;
  let dirty = false;

  function refresh(): Promise<void> {
    dirty = true;
    running ??= (async () => {
      loading.value = true;
      try {
        while (dirty) {
          dirty = false;
          try {
            data.value = await load();
            error.value = null;
          } catch (e) {
            error.value = e instanceof Error ? e.message : String(e);
          }
        }
      } finally {
        loading.value = false;
        loaded.value = true;
        running = null;
      }
    })();
    return running;
  }

  const stop = watchRevision(() => void refresh());
  void refresh();
  return { data, loading, loaded, error, refresh, stop };
}

/**
 * A live list of history entries within a date range: what the trust and check-in stores share.
 * Spread the result into a setup store's return value.
 */
export function liveRangeList<T>(list: (range: TimeRange) => Promise<T[]>) {
  const range = ref<TimeRange>({});
  const resource = liveResource<T[]>(() => list(range.value), []);
  function setRange(next: TimeRange): Promise<void> {
    range.value = { ...next };
    return resource.refresh();
  }
  return {
    range,
    entries: resource.data,
    loading: resource.loading,
    loaded: resource.loaded,
    error: resource.error,
    setRange,
    refresh: resource.refresh,
  };
}

export function newId(): string {
  return crypto.randomUUID();
}
