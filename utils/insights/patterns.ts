/**
 * The Patterns section's numbers: one pass over the patterns log (any order) that filters and
 * counts everything the charts, tables and insights need. Pure and synchronous. The first call
 * for a loaded array turns it into columns (cached); after that a filter change over 100,000
 * entries is a few milliseconds (tests/insights/insights.test.ts, scripts/bench-options.ts).
 */
import { ALL_CATEGORIES, type Category } from '../analysis/types';
import type { Outcome, PatternEntry } from '../storage/records';
import { DAY_MS, dayNumberOf, firstDayOfWeek, localClock, weekOfDay } from './calendar';

export const OUTCOMES: readonly Outcome[] = ['used', 'edited', 'dismissed', 'sent-anyway', 'not-a-pattern', 'shown'];

export interface PatternFilter {
  /** Only these categories (empty or missing: all). */
  categories?: readonly Category[];
  /** Only these site hosts (empty or missing: all). */
  sites?: readonly string[];
  /** Epoch ms, inclusive. */
  from?: number;
  /** Epoch ms, inclusive. */
  to?: number;
}

export type CategoryCounts = Record<Category, number>;

export interface Bucket {
  /** Day number (day buckets) or the Monday's day number (week buckets). */
  day: number;
  counts: CategoryCounts;
  total: number;
}

export interface SiteCount {
  site: string;
  total: number;
  counts: CategoryCounts;
}

export interface PhraseCount {
  phrase: string;
  category: Category;
  count: number;
}

export interface PatternSummary {
  total: number;
  byCategory: CategoryCounts;
  /** Every week from the first to the last of the range, empty ones included. */
  weeks: Bucket[];
  /** Every day of the range's last `maxDays` days. */
  days: Bucket[];
  /** Busiest first. */
  sites: SiteCount[];
  /** 24 entries, local hour 0–23. */
  hours: Bucket[];
  /** Most frequent first. */
  phrases: PhraseCount[];
  outcomes: Record<Outcome, number>;
  /** Outcome counts per category (for insights). */
  outcomesByCategory: Record<Category, Record<Outcome, number>>;
  /** Last 30 days of the range vs the 30 before, per category (for insights). */
  recent: CategoryCounts;
  previous: CategoryCounts;
  /** Every site in the whole log (for the site filter), busiest first. */
  allSites: string[];
  /** First and last day number of the range shown. */
  firstDay: number;
  lastDay: number;
}

export const emptyCounts = (): CategoryCounts => ({ 'rushed-fix': 0, assumption: 0, outsourcing: 0, reflective: 0 });
const emptyOutcomes = (): Record<Outcome, number> => ({
  used: 0,
  edited: 0,
  dismissed: 0,
  'sent-anyway': 0,
  'not-a-pattern': 0,
  shown: 0,
});

const CAT_INDEX: Record<string, number> = Object.fromEntries(ALL_CATEGORIES.map((c, i) => [c, i]));
const OUTCOME_INDEX: Record<string, number> = Object.fromEntries(OUTCOMES.map((o, i) => [o, i]));
const NC = ALL_CATEGORIES.length;
const NO = OUTCOMES.length;

function toCounts(arr: ArrayLike<number>, offset = 0): CategoryCounts {
  const out = emptyCounts();
  for (let c = 0; c < NC; c++) out[ALL_CATEGORIES[c]] = arr[offset + c];
  return out;
}

export interface SummariseOptions {
  /** "Now": the default end of the range. */
  now?: number;
  /** How many phrases to keep. */
  topPhrases?: number;
  /** The day view's length. */
  maxDays?: number;
}

/**
 * The log as columns (typed arrays), built once per loaded array and cached: every later
 * filter change is a tight loop over numbers, with no Date or string work per entry.
 */
interface PatternColumns {
  n: number;
  time: Float64Array;
  day: Int32Array;
  hour: Uint8Array;
  cat: Uint8Array;
  outcome: Uint8Array;
  site: Uint32Array;
  phrase: Uint32Array;
  siteNames: string[];
  phraseNames: string[];
  phraseCat: Uint8Array;
  minDay: number;
  maxDay: number;
  /** Every site, busiest first. */
  allSites: string[];
}

const columnCache = new WeakMap<readonly PatternEntry[], PatternColumns>();

function columnsOf(entries: readonly PatternEntry[]): PatternColumns {
  const cached = columnCache.get(entries);
  if (cached) return cached;
  const n = entries.length;
  const time = new Float64Array(n);
  const day = new Int32Array(n);
  const hour = new Uint8Array(n);
  const cat = new Uint8Array(n);
  const outcome = new Uint8Array(n);
  const site = new Uint32Array(n);
  const phrase = new Uint32Array(n);
  const siteIds = new Map<string, number>();
  const phraseIds = new Map<string, number>();
  const phraseCatList: number[] = [];
  const siteTotals: number[] = [];
  const clock = localClock();
  let minDay = Infinity;
  let maxDay = -Infinity;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const e = entries[i];
    const c = CAT_INDEX[e.category];
    if (c === undefined) continue;
    const local = clock(e.time);
    time[k] = e.time;
    day[k] = local.day;
    hour[k] = local.hour;
    if (local.day < minDay) minDay = local.day;
    if (local.day > maxDay) maxDay = local.day;
    cat[k] = c;
    outcome[k] = OUTCOME_INDEX[e.outcome] ?? OUTCOME_INDEX.shown;
    let s = siteIds.get(e.site);
    if (s === undefined) {
      siteIds.set(e.site, (s = siteIds.size));
      siteTotals.push(0);
    }
    siteTotals[s]++;
    site[k] = s;
    let p = phraseIds.get(e.phrase);
    if (p === undefined) {
      phraseIds.set(e.phrase, (p = phraseIds.size));
      phraseCatList.push(c);
    }
    phrase[k] = p;
    k++;
  }
  const siteNames = [...siteIds.keys()];
  const cols: PatternColumns = {
    n: k,
    time,
    day,
    hour,
    cat,
    outcome,
    site,
    phrase,
    siteNames,
    phraseNames: [...phraseIds.keys()],
    phraseCat: Uint8Array.from(phraseCatList),
    minDay,
    maxDay,
    allSites: siteNames
      .map((name, i) => [name, siteTotals[i]] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([name]) => name),
  };
  columnCache.set(entries, cols);
  return cols;
}

export function summarisePatterns(
  entries: readonly PatternEntry[],
  filter: PatternFilter = {},
  options: SummariseOptions = {},
): PatternSummary {
  const now = options.now ?? Date.now();
  const col = columnsOf(entries);
  const catMask = new Uint8Array(NC).fill(filter.categories?.length ? 0 : 1);
  for (const c of filter.categories ?? []) if (CAT_INDEX[c] !== undefined) catMask[CAT_INDEX[c]] = 1;
  const siteMask = new Uint8Array(col.siteNames.length).fill(filter.sites?.length ? 0 : 1);
  if (filter.sites?.length) {
    const wanted = new Set(filter.sites);
    col.siteNames.forEach((name, i) => wanted.has(name) && (siteMask[i] = 1));
  }
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;

  // The 30-day windows of the insights end at the range's end (or now).
  const refEnd = Math.min(to, now);
  const recentFrom = refEnd - 30 * DAY_MS;
  const previousFrom = refEnd - 60 * DAY_MS;

  const byCat = new Float64Array(NC);
  const hours = new Float64Array(24 * NC);
  const recent = new Float64Array(NC);
  const previous = new Float64Array(NC);
  const outcomes = new Float64Array(NC * NO);
  const span = Number.isFinite(col.minDay) ? col.maxDay - col.minDay + 1 : 0;
  const dayCounts = new Float64Array(span * NC);
  const siteCounts = new Float64Array(col.siteNames.length * NC);
  const phraseCounts = new Float64Array(col.phraseNames.length);
  const { time, day, hour, cat, outcome, site, phrase, minDay: day0 } = col;
  let total = 0;
  let minDay = Infinity;
  let maxDay = -Infinity;

  for (let i = 0; i < col.n; i++) {
    const t = time[i];
    if (t < from || t > to) continue;
    const c = cat[i];
    if (!catMask[c]) continue;
    const s = site[i];
    if (!siteMask[s]) continue;
    total++;
    byCat[c]++;
    hours[hour[i] * NC + c]++;
    const d = day[i];
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
    dayCounts[(d - day0) * NC + c]++;
    siteCounts[s * NC + c]++;
    phraseCounts[phrase[i]]++;
    outcomes[c * NO + outcome[i]]++;
    if (t > recentFrom) recent[c]++;
    else if (t > previousFrom) previous[c]++;
  }

  const today = dayNumberOf(new Date(now));
  const firstDay = Number.isFinite(from) ? dayNumberOf(new Date(from)) : Number.isFinite(minDay) ? minDay : today;
  const lastDayOfRange = Number.isFinite(to) ? dayNumberOf(new Date(Math.min(to, now))) : Math.max(today, Number.isFinite(maxDay) ? maxDay : today);
  const countsOfDay = (d: number): CategoryCounts | null =>
    d >= day0 && d - day0 < span ? toCounts(dayCounts, (d - day0) * NC) : null;
  const sum = (c: CategoryCounts) => c['rushed-fix'] + c.assumption + c.outsourcing + c.reflective;

  const weeks: Bucket[] = [];
  for (let w = weekOfDay(firstDay); w <= weekOfDay(lastDayOfRange); w++) {
    const b: Bucket = { day: firstDayOfWeek(w), counts: emptyCounts(), total: 0 };
    for (let d = b.day; d < b.day + 7; d++) {
      const c = countsOfDay(d);
      if (!c) continue;
      for (const k of ALL_CATEGORIES) b.counts[k] += c[k];
    }
    b.total = sum(b.counts);
    weeks.push(b);
  }
  const maxDays = options.maxDays ?? 92;
  const days: Bucket[] = [];
  for (let d = Math.max(firstDay, lastDayOfRange - maxDays + 1); d <= lastDayOfRange; d++) {
    const counts = countsOfDay(d) ?? emptyCounts();
    days.push({ day: d, counts, total: sum(counts) });
  }

  const hourBuckets: Bucket[] = [];
  for (let h = 0; h < 24; h++) {
    const counts = toCounts(hours, h * NC);
    hourBuckets.push({ day: h, counts, total: sum(counts) });
  }

  const siteList: SiteCount[] = [];
  col.siteNames.forEach((name, s) => {
    const counts = toCounts(siteCounts, s * NC);
    const t = sum(counts);
    if (t) siteList.push({ site: name, counts, total: t });
  });
  siteList.sort((a, b) => b.total - a.total || (a.site < b.site ? -1 : 1));

  const phraseList: PhraseCount[] = [];
  for (let p = 0; p < phraseCounts.length; p++) {
    if (phraseCounts[p]) phraseList.push({ phrase: col.phraseNames[p], category: ALL_CATEGORIES[col.phraseCat[p]], count: phraseCounts[p] });
  }
  phraseList.sort((a, b) => b.count - a.count || (a.phrase < b.phrase ? -1 : 1));

  const outcomeTotals = emptyOutcomes();
  const outcomesByCategory = {} as Record<Category, Record<Outcome, number>>;
  ALL_CATEGORIES.forEach((category, c) => {
    const per = emptyOutcomes();
    OUTCOMES.forEach((o, k) => {
      per[o] = outcomes[c * NO + k];
      outcomeTotals[o] += per[o];
    });
    outcomesByCategory[category] = per;
  });

  return {
    total,
    byCategory: toCounts(byCat),
    weeks,
    days,
    sites: siteList,
    hours: hourBuckets,
    phrases: phraseList.slice(0, options.topPhrases ?? 10),
    outcomes: outcomeTotals,
    outcomesByCategory,
    recent: toCounts(recent),
    previous: toCounts(previous),
    allSites: col.allSites,
    firstDay,
    lastDay: lastDayOfRange,
  };
}

/**
 * Entries matching `filter`, at most `limit`, in the order given (the store's is newest
 * first), for the list under the charts. Stops as soon as it has enough.
 */
export function filterPatterns(entries: readonly PatternEntry[], filter: PatternFilter, limit: number): PatternEntry[] {
  const cats = filter.categories?.length ? new Set(filter.categories) : null;
  const sites = filter.sites?.length ? new Set(filter.sites) : null;
  const from = filter.from ?? -Infinity;
  const to = filter.to ?? Infinity;
  const out: PatternEntry[] = [];
  for (const e of entries) {
    if (e.time < from || e.time > to || (cats && !cats.has(e.category)) || (sites && !sites.has(e.site))) continue;
    out.push(e);
    if (out.length >= limit) break;
  }
  return out;
}
