import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import { resetSettingsCache } from '@/utils/background/settings-cache';
import { resetDbForTests } from '@/utils/storage/db';
import type { CheckinEntry, NotAPatternEntry, PatternEntry, TrustEntry } from '@/utils/storage/records';
import { ALL_CATEGORIES } from '@/utils/analysis/types';
import { NEW_YEARS_EVE, fixClock } from '../support/clock';

/**
 * A clean browser and database for every test, on a fixed clock (NOW): retention, rollup days
 * and weeks all meet a month and a year boundary the same way on every run.
 */
export async function resetAll(): Promise<void> {
  fixClock(NOW);
  resetSettingsCache();
  fakeBrowser.reset();
  await resetDbForTests();
}

export const NOW = NEW_YEARS_EVE.now;
export const DAY = 86_400_000;

export function pattern(i: number, over: Partial<PatternEntry> = {}): PatternEntry {
  return {
    id: `p-${i}`,
    time: NOW - (i % 300) * DAY - i,
    site: ['web.whatsapp.com', 'app.slack.com', 'discord.com'][i % 3],
    category: ALL_CATEGORIES[i % 4],
    reason: `reason-${i % 7}`,
    phrase: `phrase ${i}`,
    outcome: 'shown',
    ...over,
  };
}

export function trust(i: number, over: Partial<TrustEntry> = {}): TrustEntry {
  return { id: `t-${i}`, time: NOW - i * 1000, direction: i % 3 ? 'deposit' : 'withdrawal', kind: i % 3 ? 'gratitude' : 'dismissal', ...over };
}

export function checkin(i: number, over: Partial<CheckinEntry> = {}): CheckinEntry {
  return { id: `c-${i}`, time: NOW - i * 1000, slot: i % 2 ? 'evening' : 'morning', feeling: 'calm', core: 'peaceful', need: 'rest', ...over };
}

export function notAPattern(value: string, over: Partial<NotAPatternEntry> = {}): NotAPatternEntry {
  return { value, kind: 'phrase', time: NOW, ...over };
}

/** Waits for storage watchers and chained promises to settle. */
export const settle = () => new Promise((r) => setTimeout(r, 20));
