/**
 * The patterns log for the options page, kept live (re-read when the background writes):
 *
 *  - `days`: the daily rollup (utils/storage/rollup.ts), the whole retention period — ~365
 *    small rows for a year, however many entries it holds. `summary` is computed from it for
 *    the current `filter` in memory, so a filter change never goes back to IndexedDB for the
 *    charts.
 *  - `entries`: the newest `pageSize` full entries matching the filter (an index walk that
 *    stops at the limit); `showMore()` grows the page.
 *
 * Date ranges are whole local days (the rollup's granularity).
 */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { reliableSend } from '../messaging/reliable-send';
import { queryPatterns, queryRollup } from '../storage/queries';
import type { PatternEntry } from '../storage/records';
import { localDay, startOfLocalDay, type PatternDay } from '../storage/rollup';
import { filterDays, summariseDays, type PatternFilter } from '../insights/patterns';
import { liveResource } from './live';

export const ENTRY_PAGE = 50;

/** The entry query for a filter: its whole local days as epoch-ms bounds. */
function entryQuery(filter: PatternFilter, limit: number) {
  const [fromDay, toDay] = filterDays(filter);
  return {
    categories: filter.categories,
    sites: filter.sites,
    from: Number.isFinite(fromDay) ? startOfLocalDay(fromDay) : undefined,
    to: Number.isFinite(toDay) ? startOfLocalDay(toDay + 1) - 1 : undefined,
    limit,
  };
}

export const usePatternsStore = defineStore('patterns', () => {
  /** Default: the last 365 days (today included), every category and site. */
  const filter = ref<PatternFilter>({ fromDay: localDay(Date.now()) - 364 });
  const pageSize = ref(ENTRY_PAGE);

  const days = liveResource<PatternDay[]>(() => queryRollup(), []);
  const entryPage = liveResource<PatternEntry[]>(() => queryPatterns(entryQuery(filter.value, pageSize.value)), []);

  const summary = computed(() => summariseDays(days.data.value, filter.value));
  /** Entries in the whole log (every day of the rollup). */
  const totalAll = computed(() => days.data.value.reduce((a, d) => a + d.total, 0));

  /** New filter: the summary follows at once; the entry list re-reads its first page. */
  function setFilter(next: PatternFilter): Promise<void> {
    filter.value = { ...next };
    pageSize.value = ENTRY_PAGE;
    return entryPage.refresh();
  }

  /** The next page of the entry list. */
  function showMore(): Promise<void> {
    pageSize.value += ENTRY_PAGE;
    return entryPage.refresh();
  }

  async function refresh(): Promise<void> {
    await Promise.all([days.refresh(), entryPage.refresh()]);
  }

  /** Asks the background to delete entries (it updates the rollup too); both re-read when it has. */
  async function remove(ids: string[]): Promise<void> {
    await reliableSend('deletePatterns', ids);
    await refresh();
  }

  return {
    filter,
    pageSize,
    days: days.data,
    summary,
    totalAll,
    counts: computed(() => summary.value.byCategory),
    entries: entryPage.data,
    /** True when the entry list may have more (the page is full). */
    hasMore: computed(() => entryPage.data.value.length >= pageSize.value),
    loading: computed(() => days.loading.value || entryPage.loading.value),
    loaded: days.loaded,
    entriesLoaded: entryPage.loaded,
    entriesLoading: entryPage.loading,
    error: computed(() => days.error.value ?? entryPage.error.value),
    setFilter,
    showMore,
    refresh,
    remove,
  };
});
