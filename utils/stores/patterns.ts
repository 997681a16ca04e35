/** The patterns log for the options page: a query (categories, sites, date range) kept live. */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Category } from '../analysis/types';
import { reliableSend } from '../messaging/reliable-send';
import { countPatternsByCategory, queryPatterns, type PatternQuery } from '../storage/queries';
import type { PatternEntry } from '../storage/records';
import { liveResource } from './live';

const DAY_MS = 86_400_000;

export const usePatternsStore = defineStore('patterns', () => {
  /** Default: the last 30 days, newest first, at most 1,000 rows. */
  const query = ref<PatternQuery>({ from: Date.now() - 30 * DAY_MS, limit: 1000 });

  const entries = liveResource<PatternEntry[]>(() => queryPatterns(query.value), []);
  const countsByCategory = liveResource<Record<Category, number>>(
    () => countPatternsByCategory({ from: query.value.from, to: query.value.to }),
    { 'rushed-fix': 0, assumption: 0, outsourcing: 0, reflective: 0 },
  );

  function setQuery(next: PatternQuery): Promise<void> {
    query.value = { ...next };
    return refresh();
  }

  async function refresh(): Promise<void> {
    await Promise.all([entries.refresh(), countsByCategory.refresh()]);
  }

  /** Asks the background to delete entries; the list refreshes when it has. */
  async function remove(ids: string[]): Promise<void> {
    await reliableSend('deletePatterns', ids);
    await refresh();
  }

  return {
    query,
    entries: entries.data,
    counts: countsByCategory.data,
    loading: entries.loading,
    loaded: entries.loaded,
    error: entries.error,
    setQuery,
    refresh,
    remove,
  };
});
