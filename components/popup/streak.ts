/** Check-in streaks: consecutive local days with at least one check-in. */
import type { CheckinEntry } from '@/utils/storage/records';

function dayKey(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

/**
 * Days in a row ending today, or ending yesterday when today has none yet (the streak is
 * still alive until the day is over).
 */
export function checkinStreak(entries: readonly Pick<CheckinEntry, 'time'>[], now = new Date()): number {
  const days = new Set(entries.map((e) => dayKey(e.time)));
  const cursor = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (!days.has(dayKey(cursor.getTime()))) cursor.setDate(cursor.getDate() - 1);
  let streak = 0;
  while (days.has(dayKey(cursor.getTime()))) {
    streak++;
    cursor.setDate(cursor.getDate() - 1);
  }
  return streak;
}

/** Morning until 2 pm, evening after. */
export function slotForTime(now = new Date()): 'morning' | 'evening' {
  return now.getHours() < 14 ? 'morning' : 'evening';
}

export const WEEK_MS = 7 * 86_400_000;
