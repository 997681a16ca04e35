import { describe, expect, it } from 'vitest';
import { summarisePatterns, summariseDays, filterPatterns } from '@/utils/insights/patterns';
import { buildRollupRows } from '@/utils/storage/rollup';
import { patternInsights } from '@/utils/insights/insights';
import { summariseTrust } from '@/utils/insights/trust';
import { calendarMonth, checkinsByDay, frequentNeeds } from '@/utils/insights/checkins';
import { dayNumberOf, weekOfDay, firstDayOfWeek, localClock } from '@/utils/insights/calendar';
import type { PatternEntry, TrustEntry, CheckinEntry } from '@/utils/storage/records';
import { seedYear } from '../../scripts/lib/seed-year';

const NOW = new Date(2025, 5, 15, 12).getTime(); // a Sunday, noon
const at = (daysAgo: number, hour: number) => {
  const d = new Date(NOW);
  d.setDate(d.getDate() - daysAgo);
  d.setHours(hour, 10, 0, 0);
  return d.getTime();
};
let n = 0;
const p = (over: Partial<PatternEntry>): PatternEntry => ({
  id: `p${n++}`,
  time: at(1, 12),
  site: 'web.whatsapp.com',
  category: 'rushed-fix',
  reason: 'advice-should',
  phrase: 'you should just',
  outcome: 'shown',
  ...over,
});

describe('calendar', () => {
  it('numbers local days and Monday-based weeks', () => {
    const monday = dayNumberOf(new Date(2025, 5, 9));
    expect(firstDayOfWeek(weekOfDay(monday))).toBe(monday);
    expect(weekOfDay(monday + 6)).toBe(weekOfDay(monday));
    expect(weekOfDay(monday + 7)).toBe(weekOfDay(monday) + 1);
    const clock = localClock();
    expect(clock(new Date(2025, 5, 9, 21, 30).getTime())).toEqual({ day: monday, hour: 21 });
  });
});

describe('summarisePatterns', () => {
  const entries = [
    p({ time: at(0, 22), category: 'rushed-fix' }),
    p({ time: at(3, 9), category: 'assumption', phrase: 'you always', site: 'app.slack.com', outcome: 'used' }),
    p({ time: at(10, 23), category: 'rushed-fix', outcome: 'sent-anyway' }),
    p({ time: at(40, 12), category: 'outsourcing', phrase: 'you make me feel' }),
  ];

  it('counts by category, week, day, hour, site, phrase and outcome', () => {
    const s = summarisePatterns(entries, {}, { now: NOW });
    expect(s.total).toBe(4);
    expect(s.byCategory).toEqual({ 'rushed-fix': 2, assumption: 1, outsourcing: 1, reflective: 0 });
    expect(s.weeks.reduce((a, w) => a + w.total, 0)).toBe(4);
    expect(s.hours[22].counts['rushed-fix']).toBe(1);
    expect(s.hours[23].counts['rushed-fix']).toBe(1);
    expect(s.sites[0]).toMatchObject({ site: 'web.whatsapp.com', total: 3 });
    expect(s.phrases[0]).toEqual({ phrase: 'you should just', category: 'rushed-fix', count: 2 });
    expect(s.outcomes).toMatchObject({ used: 1, 'sent-anyway': 1, shown: 2 });
    expect(s.recent['rushed-fix']).toBe(2);
    expect(s.previous.outsourcing).toBe(1);
    // Weeks are contiguous, empty ones included.
    for (let i = 1; i < s.weeks.length; i++) expect(s.weeks[i].day - s.weeks[i - 1].day).toBe(7);
  });

  it('filters by category, site and date range', () => {
    expect(summarisePatterns(entries, { categories: ['assumption'] }, { now: NOW }).total).toBe(1);
    expect(summarisePatterns(entries, { sites: ['app.slack.com'] }, { now: NOW }).total).toBe(1);
    const lastWeek = summarisePatterns(entries, { from: NOW - 7 * 86_400_000 }, { now: NOW });
    expect(lastWeek.total).toBe(2);
    // The site list for the filter always covers the whole log.
    expect(lastWeek.allSites).toEqual(['web.whatsapp.com', 'app.slack.com']);
    expect(filterPatterns(entries, { categories: ['rushed-fix'] }, 1)).toHaveLength(1);
  });

  it('is empty, not broken, with no data', () => {
    const s = summarisePatterns([], {}, { now: NOW });
    expect(s.total).toBe(0);
    expect(s.weeks.length).toBeGreaterThan(0);
    expect(patternInsights(s)).toEqual([]);
  });

  it('summarises a year of heavy use (100,000 entries) from its ~365 rollup rows quickly', () => {
    const { patterns } = seedYear({ now: NOW });
    expect(patterns).toHaveLength(100_000);
    const days = buildRollupRows(patterns);
    expect(days.length).toBeLessThanOrEqual(366);
    summariseDays(days, {}, { now: NOW }); // warm up
    const t0 = performance.now();
    const s = summariseDays(days, { categories: ['rushed-fix', 'assumption'] }, { now: NOW });
    const ms = performance.now() - t0;
    expect(s.total).toBeGreaterThan(50_000);
    expect(s.total).toBe(patterns.filter((e) => e.category === 'rushed-fix' || e.category === 'assumption').length);
    console.log(`summariseDays over the rollup of 100,000 entries: ${ms.toFixed(1)} ms`);
    const insights = patternInsights(summariseDays(days, {}, { now: NOW })).map((i) => i.text);
    expect(insights).toContain('Most rushed fixes happen after 9 pm (' + insights.find((t) => t.startsWith('Most rushed'))!.split('(')[1]);
    console.log(insights.join('\n'));
    expect(insights.some((t) => /^Stories you filled in fell by half/.test(t))).toBe(true);
  });
});

describe('patternInsights', () => {
  it('says nothing about a handful of entries', () => {
    const few = Array.from({ length: 5 }, (_, i) => p({ time: at(i, 22) }));
    expect(patternInsights(summarisePatterns(few, {}, { now: NOW }))).toEqual([]);
  });

  it('names a late-evening cluster and a halving only when the numbers carry them', () => {
    const late = Array.from({ length: 30 }, (_, i) => p({ time: at(i % 25, 21 + (i % 3)) }));
    const before = Array.from({ length: 20 }, (_, i) => p({ category: 'assumption', phrase: 'you never', time: at(31 + (i % 25), 10) }));
    const after = Array.from({ length: 10 }, (_, i) => p({ category: 'assumption', phrase: 'you never', time: at(i, 10) }));
    const texts = patternInsights(summarisePatterns([...late, ...before, ...after], {}, { now: NOW })).map((i) => i.text);
    expect(texts).toContain('Most rushed fixes happen after 9 pm (100%).');
    expect(texts).toContain('Stories you filled in fell by half in the last 30 days (10 against 20 the 30 days before).');
  });
});

describe('summariseTrust', () => {
  const t = (daysAgo: number, over: Partial<TrustEntry> = {}): TrustEntry => ({
    id: `t${n++}`,
    time: at(daysAgo, 12),
    direction: 'deposit',
    kind: 'gratitude',
    ...over,
  });
  it('balances by week, counts streaks and groups partner notes', () => {
    const entries = [t(0), t(1), t(2), t(5), t(6), t(7), t(8), t(3, { direction: 'withdrawal', kind: 'dismissal' }), t(1, { kind: 'partner-deposit', note: 'Made tea' })];
    const s = summariseTrust(entries, { now: NOW });
    expect(s).toMatchObject({ deposits: 8, withdrawals: 1, balance: 7, currentStreak: 3, longestStreak: 4 });
    expect(s.weeks.at(-1)!.balance).toBe(7);
    expect(s.partnerWeeks[0].notes[0].note).toBe('Made tea');
  });
  it('is empty with no entries', () => {
    expect(summariseTrust([], { now: NOW })).toMatchObject({ balance: 0, weeks: [], currentStreak: 0, partnerWeeks: [] });
  });
});

describe('check-ins', () => {
  const c = (daysAgo: number, over: Partial<CheckinEntry> = {}): CheckinEntry => ({
    id: `c${n++}`,
    time: at(daysAgo, 8),
    slot: 'morning',
    feeling: 'anxious',
    core: 'afraid',
    need: 'reassurance',
    ...over,
  });
  it('lays a month out Monday first, with each day’s check-ins', () => {
    const entries = [c(0), c(0, { slot: 'evening', time: at(0, 21), feeling: 'content', core: 'happy', need: 'rest' }), c(2)];
    const month = calendarMonth(checkinsByDay(entries), 2025, 5);
    expect(month.weeks[0][6]).toMatchObject({ date: 1 }); // 1 June 2025 was a Sunday
    expect(month.daysWithCheckin).toBe(2);
    const fifteenth = month.weeks.flat().find((d) => d?.date === 15)!;
    expect(fifteenth.checkins.map((x) => x.slot)).toEqual(['morning', 'evening']);
    expect(frequentNeeds(entries)[0]).toEqual({ value: 'reassurance', count: 2 });
  });
});
