/**
 * Local-calendar arithmetic for the options page's charts, fast enough to run once per entry
 * over 100,000 entries: days and weeks are plain integers (days since 1970-01-01 in the local
 * calendar; weeks start on Monday), and the clock is read once per local hour, not per entry.
 */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Local calendar day number of a Date (1970-01-01 → 0). DST-proof: built from y/m/d. */
export function dayNumberOf(date: Date): number {
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS);
}

/** Monday-based week number: 1970-01-01 was a Thursday, so day -3 (a Monday) starts week 0. */
export function weekOfDay(day: number): number {
  return Math.floor((day + 3) / 7);
}

/** First day (a Monday) of a week number. */
export function firstDayOfWeek(week: number): number {
  return week * 7 - 3;
}

/** Local midnight (epoch ms) of a day number. */
export function startOfDay(day: number): number {
  const d = new Date(day * DAY_MS);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()).getTime();
}

/** "2025-03-01" for a day number (local calendar). */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of a "YYYY-MM-DD" string; NaN when it is not one. */
export function dayOfIso(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? Math.round(Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS) : NaN;
}

/** Short label of a day number, e.g. "3 Mar". */
export function shortDate(day: number, locale = 'en-GB'): string {
  return new Date(day * DAY_MS).toLocaleDateString(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

export interface LocalTime {
  day: number;
  hour: number;
}

/**
 * Returns a function mapping epoch ms → local day and hour. It remembers the local hour it
 * last computed, so entries in time order cost a Date only once per hour of history.
 */
export function localClock(): (time: number) => LocalTime {
  let start = Infinity;
  let end = -Infinity;
  const current: LocalTime = { day: 0, hour: 0 };
  return (time: number) => {
    if (time < start || time >= end) {
      const d = new Date(time);
      d.setMinutes(0, 0, 0);
      start = d.getTime();
      end = start + HOUR_MS;
      current.day = dayNumberOf(d);
      current.hour = d.getHours();
    }
    return current;
  };
}

/** "9 pm", "12 am" — hours for people, not clocks. */
export function hourLabel(hour: number): string {
  const h = ((hour % 24) + 24) % 24;
  const twelve = h % 12 === 0 ? 12 : h % 12;
  return `${twelve} ${h < 12 ? 'am' : 'pm'}`;
}
