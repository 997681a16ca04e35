/**
 * Snooze ("pause Attune") times: the two choices the popup offers and how their end reads.
 * settings.snoozeAllUntil (everywhere) and settings.snoozedSites[host] hold the end as epoch
 * ms; the content script stops while either is in the future (utils/watcher/start.ts).
 */
import { strings } from './strings';

export type SnoozeChoice = 'hour' | 'morning';

export const HOUR_MS = 3_600_000;
/** "Until tomorrow morning" ends at the next MORNING_HOUR:00 local time. */
export const MORNING_HOUR = 6;

/** The next MORNING_HOUR:00 local time strictly after `now` (today's when it is still ahead). */
export function nextMorning(now: number): number {
  const d = new Date(now);
  d.setHours(MORNING_HOUR, 0, 0, 0);
  if (d.getTime() <= now) d.setDate(d.getDate() + 1);
  return d.getTime();
}

export function snoozeEnd(choice: SnoozeChoice, now = Date.now()): number {
  return choice === 'hour' ? now + HOUR_MS : nextMorning(now);
}

const dayStart = (t: number) => new Date(t).setHours(0, 0, 0, 0);

/** "14:05" today, "tomorrow 06:00", or "Wed 09:00" further out (the user's locale decides 12/24 h). */
export function describeEnd(until: number, now = Date.now()): string {
  const time = new Date(until).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  const days = Math.round((dayStart(until) - dayStart(now)) / 86_400_000);
  if (days <= 0) return time;
  if (days === 1) return strings.snooze.tomorrowAt(time);
  return strings.snooze.dayAt(new Date(until).toLocaleDateString(undefined, { weekday: 'short' }), time);
}
