/**
 * The Check-ins section: a month's calendar of feeling words (morning and evening) with their
 * needs, and the most frequent needs and core feelings over a period.
 */
import type { CheckinEntry } from '../storage/records';
import { dayNumberOf } from './calendar';

export interface CalendarDay {
  /** Day of the month, 1–31. */
  date: number;
  /** Day number (days since 1970-01-01, local calendar). */
  day: number;
  /** That day's check-ins, morning first. */
  checkins: CheckinEntry[];
}

export interface CalendarMonth {
  year: number;
  /** 0–11. */
  month: number;
  /** Rows of 7 (Monday first); null pads the days outside the month. */
  weeks: (CalendarDay | null)[][];
  /** Days of the month with at least one check-in. */
  daysWithCheckin: number;
}

/** Groups check-ins by local day number. */
export function checkinsByDay(entries: readonly CheckinEntry[]): Map<number, CheckinEntry[]> {
  const map = new Map<number, CheckinEntry[]>();
  for (const e of entries) {
    const day = dayNumberOf(new Date(e.time));
    let list = map.get(day);
    if (!list) map.set(day, (list = []));
    list.push(e);
  }
  for (const list of map.values()) list.sort((a, b) => a.time - b.time);
  return map;
}

export function calendarMonth(byDay: Map<number, CheckinEntry[]>, year: number, month: number): CalendarMonth {
  const first = new Date(year, month, 1);
  const length = new Date(year, month + 1, 0).getDate();
  const lead = (first.getDay() + 6) % 7; // Monday = 0
  const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
  let daysWithCheckin = 0;
  const firstDay = dayNumberOf(first);
  for (let date = 1; date <= length; date++) {
    const day = firstDay + date - 1;
    const checkins = byDay.get(day) ?? [];
    if (checkins.length) daysWithCheckin++;
    cells.push({ date, day, checkins });
  }
  while (cells.length % 7) cells.push(null);
  const weeks: (CalendarDay | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return { year, month, weeks, daysWithCheckin };
}

export interface Frequency {
  value: string;
  count: number;
}

function top(values: Iterable<string>, limit: number): Frequency[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
    .slice(0, limit);
}

export function frequentNeeds(entries: readonly CheckinEntry[], limit = 8): Frequency[] {
  return top(entries.map((e) => e.need.trim().toLowerCase()), limit);
}

export function frequentCores(entries: readonly CheckinEntry[], limit = 8): Frequency[] {
  return top(entries.map((e) => e.core.trim().toLowerCase()), limit);
}
