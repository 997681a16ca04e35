/**
 * Fixed clocks for every test that touches a date. Only `Date` is faked, so timers, promises
 * and fake-indexeddb keep running normally; `Date.now()` stays at the chosen instant.
 *
 * CLOCKS are the two instants where calendar code breaks first: the first minutes of a month
 * (the current month is still empty, "last month" is a different month) and the last minute of
 * a year (tomorrow is another month and another year). They are local times, so a run with
 * `TZ=UTC` and one with `TZ=Pacific/Kiritimati` (UTC+14) put them on different UTC days.
 */
import { afterEach, beforeEach, vi } from 'vitest';

export interface Clock {
  name: string;
  /** Epoch ms of the instant, read in the process's local time zone. */
  now: number;
}

export const FIRST_OF_MONTH: Clock = { name: '00:30 on the 1st of a month', now: new Date(2026, 2, 1, 0, 30).getTime() };
export const NEW_YEARS_EVE: Clock = { name: '23:59 on 31 December', now: new Date(2026, 11, 31, 23, 59).getTime() };
export const CLOCKS: readonly Clock[] = [FIRST_OF_MONTH, NEW_YEARS_EVE];

/** Freezes `Date` at `now` (until vi.useRealTimers()). */
export function fixClock(now: number): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
}

/** Inside a describe: every test in it runs at `now`, and real time comes back after each. */
export function onClock(now: number): void {
  beforeEach(() => fixClock(now));
  afterEach(() => {
    vi.useRealTimers();
  });
}
