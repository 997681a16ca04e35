/**
 * The Trust bank section's numbers, one pass over the trust log: deposits and withdrawals
 * by week, the running balance, streaks of days with a deposit, and the partner-deposit notes.
 */
import type { TrustEntry, TrustKind } from '../storage/records';
import { dayNumberOf, firstDayOfWeek, localClock, weekOfDay } from './calendar';

export interface TrustWeek {
  /** The Monday's day number. */
  day: number;
  deposits: number;
  withdrawals: number;
  /** Running balance (all deposits minus all withdrawals) at the end of this week. */
  balance: number;
}

export interface PartnerNote {
  time: number;
  note: string;
}

export interface TrustSummary {
  deposits: number;
  withdrawals: number;
  balance: number;
  byKind: Record<TrustKind, number>;
  weeks: TrustWeek[];
  /** Consecutive days with at least one deposit, ending today (or yesterday, if today has none yet). */
  currentStreak: number;
  longestStreak: number;
  /** Partner deposits, newest first, grouped by week (Monday's day number). */
  partnerWeeks: { day: number; notes: PartnerNote[] }[];
  /** How many of the weeks shown have at least one partner deposit. */
  weeksWithPartnerDeposit: number;
}

const KINDS: readonly TrustKind[] = ['reflection', 'check-in', 'gratitude', 'repair', 'silent-sync', 'partner-deposit', 'dismissal', 'mockery'];

export function summariseTrust(entries: readonly TrustEntry[], options: { now?: number; maxWeeks?: number } = {}): TrustSummary {
  const now = options.now ?? Date.now();
  const today = dayNumberOf(new Date(now));
  const clock = localClock();
  const byKind = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<TrustKind, number>;
  const weekly = new Map<number, { deposits: number; withdrawals: number }>();
  const depositDays = new Set<number>();
  const partner = new Map<number, PartnerNote[]>();
  let deposits = 0;
  let withdrawals = 0;
  let firstWeek = Infinity;

  for (const e of entries) {
    const { day } = clock(e.time);
    const week = weekOfDay(day);
    if (week < firstWeek) firstWeek = week;
    let w = weekly.get(week);
    if (!w) weekly.set(week, (w = { deposits: 0, withdrawals: 0 }));
    if (e.kind in byKind) byKind[e.kind]++;
    if (e.direction === 'deposit') {
      deposits++;
      w.deposits++;
      depositDays.add(day);
      if (e.kind === 'partner-deposit') {
        let list = partner.get(week);
        if (!list) partner.set(week, (list = []));
        list.push({ time: e.time, note: e.note ?? '' });
      }
    } else {
      withdrawals++;
      w.withdrawals++;
    }
  }

  const weeks: TrustWeek[] = [];
  if (Number.isFinite(firstWeek)) {
    let balance = 0;
    for (let wk = firstWeek; wk <= weekOfDay(today); wk++) {
      const w = weekly.get(wk) ?? { deposits: 0, withdrawals: 0 };
      balance += w.deposits - w.withdrawals;
      weeks.push({ day: firstDayOfWeek(wk), deposits: w.deposits, withdrawals: w.withdrawals, balance });
    }
  }
  const shownWeeks = options.maxWeeks ? weeks.slice(-options.maxWeeks) : weeks;

  // Streaks: walk the sorted deposit days once.
  const days = [...depositDays].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < days.length; i++) {
    run = i > 0 && days[i] === days[i - 1] + 1 ? run + 1 : 1;
    if (run > longest) longest = run;
  }
  let current = 0;
  let d = depositDays.has(today) ? today : today - 1;
  while (depositDays.has(d)) {
    current++;
    d--;
  }

  const partnerWeeks = [...partner]
    .sort((a, b) => b[0] - a[0])
    .map(([wk, notes]) => ({ day: firstDayOfWeek(wk), notes: notes.sort((a, b) => b.time - a.time) }));
  const firstShown = shownWeeks.length ? shownWeeks[0].day : Infinity;

  return {
    deposits,
    withdrawals,
    balance: deposits - withdrawals,
    byKind,
    weeks: shownWeeks,
    currentStreak: current,
    longestStreak: longest,
    partnerWeeks,
    weeksWithPartnerDeposit: partnerWeeks.filter((w) => w.day >= firstShown).length,
  };
}
