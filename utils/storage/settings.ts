/**
 * Settings: one item in storage.sync so they follow the user between browsers.
 *
 * storage.sync allows 8,192 bytes per item (key + JSON value) and 100 KB in all. The settings
 * object is ~900 bytes with defaults; what can grow is the user's site lists and per-site
 * snoozes, so those are bounded here (MAX_USER_SITES, expired snoozes dropped on every write)
 * and every write is measured first: a write that would not fit is refused with a
 * SettingsTooLargeError whose message says what to remove, instead of failing inside sync.
 *
 * Reads always go through normalizeSettings(), so a shape saved by an older version gains
 * the fields added since, and a field of the wrong type falls back to its default.
 *
 * Writers: extension pages (popup, options) and the background. Content scripts only read.
 */
import { storage } from 'wxt/utils/storage';
import { ALL_CATEGORIES, type Category } from '../analysis/types';
import { DEFAULT_SETTINGS, type Reminder, type Settings } from './settings-shape';
import { describeValue } from './describe';

export { DEFAULT_SETTINGS, type Settings } from './settings-shape';

/** chrome.storage.sync.QUOTA_BYTES_PER_ITEM */
export const SYNC_ITEM_LIMIT_BYTES = 8192;
/** Sites the user may add on top of the built-in messaging apps. */
export const MAX_USER_SITES = 100;
/** Longest host name DNS allows. */
export const MAX_HOST_LENGTH = 253;
export const SETTINGS_KEY = 'sync:settings' as const;

/**
 * Version 1 is the first shape. When a field is renamed or re-typed, bump `version`, add a
 * migration here, and keep the old shape's type beside it (SettingsV1, …). Added fields need
 * no migration: normalizeSettings() fills them from DEFAULT_SETTINGS.
 */
export const settingsItem = storage.defineItem<Settings>(SETTINGS_KEY, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
  // 2: (v1: SettingsV1) => ({ ...v1, renamedField: v1.oldField }),
  migrations: {},
});

export class SettingsTooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly settings: Settings,
  ) {
    super(
      `Your settings are too large to sync between browsers (${bytes.toLocaleString('en')} of ` +
        `${SYNC_ITEM_LIMIT_BYTES.toLocaleString('en')} bytes). Remove some added sites ` +
        `(you have ${settings.userSites.length}) or per-site snoozes (${Object.keys(settings.snoozedSites).length}).`,
    );
    this.name = 'SettingsTooLargeError';
  }
}

/** Bytes storage.sync counts for the settings item: key plus JSON value, UTF-8. */
export function settingsByteSize(settings: Settings): number {
  return new TextEncoder().encode('settings' + JSON.stringify(settings)).length;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Clean a host the user typed: lower-cased, no scheme, path or port, bounded. '' if unusable. */
export function cleanHost(raw: string): string {
  let host = raw.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  if (!host || host.length > MAX_HOST_LENGTH || !/^[a-z0-9.*-]+$/.test(host)) return '';
  return host;
}

function hostList(raw: unknown, fallback: string[], max: number): string[] {
  if (!Array.isArray(raw)) return [...fallback];
  const hosts = raw.filter((h): h is string => typeof h === 'string').map(cleanHost).filter(Boolean);
  return [...new Set(hosts)].slice(0, max);
}

/**
 * Problems found while normalizing, as plain-language lines (`settings.sensitivity: expected
 * one of "gentle", "balanced", "watchful", got "loud"`). Normalization itself never throws.
 */
export type SettingsProblems = string[];

/**
 * Any stored or imported value → a complete, valid Settings. Missing fields come from the
 * defaults; wrong-typed fields fall back to their default and are listed in `problems`.
 * Expired per-site snoozes are dropped (`now`).
 */
export function normalizeSettings(raw: unknown, problems: SettingsProblems = [], now = Date.now()): Settings {
  const d = DEFAULT_SETTINGS;
  const src = isPlainObject(raw) ? raw : {};
  if (raw != null && !isPlainObject(raw)) problems.push(`settings: expected an object, got ${describeValue(raw)}`);
  const path = (k: string) => `settings.${k}`;

  const bool = (k: keyof Settings, fallback: boolean): boolean => {
    const v = src[k];
    if (v === undefined) return fallback;
    if (typeof v === 'boolean') return v;
    problems.push(`${path(k)}: expected true or false, got ${describeValue(v)}`);
    return fallback;
  };
  const num = (k: keyof Settings, fallback: number, min: number, max: number): number => {
    const v = src[k];
    if (v === undefined) return fallback;
    if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return v;
    problems.push(`${path(k)}: expected a number from ${min} to ${max}, got ${describeValue(v)}`);
    return fallback;
  };
  const oneOf = <T extends string>(k: keyof Settings, allowed: readonly T[], fallback: T): T => {
    const v = src[k];
    if (v === undefined) return fallback;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    problems.push(`${path(k)}: expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describeValue(v)}`);
    return fallback;
  };
  const str = (k: string, v: unknown, fallback: string, max: number): string => {
    if (v === undefined) return fallback;
    if (typeof v === 'string' && v.length <= max) return v;
    problems.push(`${path(k)}: expected text of at most ${max} characters, got ${describeValue(v)}`);
    return fallback;
  };
  const list = (k: keyof Settings): unknown => {
    const v = src[k];
    if (v !== undefined && !Array.isArray(v)) problems.push(`${path(k)}: expected a list, got ${describeValue(v)}`);
    return v;
  };

  const categories = { ...d.categories };
  if (src.categories !== undefined) {
    if (!isPlainObject(src.categories)) {
      problems.push(`${path('categories')}: expected an object, got ${describeValue(src.categories)}`);
    } else {
      for (const c of ALL_CATEGORIES as Category[]) {
        const v = src.categories[c];
        if (v === undefined) continue;
        if (typeof v === 'boolean') categories[c] = v;
        else problems.push(`${path(`categories.${c}`)}: expected true or false, got ${describeValue(v)}`);
      }
    }
  }

  const repairRitual = { ...d.repairRitual };
  if (src.repairRitual !== undefined) {
    if (!isPlainObject(src.repairRitual)) {
      problems.push(`${path('repairRitual')}: expected an object, got ${describeValue(src.repairRitual)}`);
    } else {
      for (const k of ['word', 'gesture', 'lyric'] as const) {
        repairRitual[k] = str(`repairRitual.${k}`, src.repairRitual[k], d.repairRitual[k], 200);
      }
    }
  }

  let reminders: Reminder[] = d.reminders.map((r) => ({ ...r }));
  const rawReminders = list('reminders');
  if (Array.isArray(rawReminders)) {
    const good: Reminder[] = [];
    rawReminders.forEach((r, i) => {
      if (
        isPlainObject(r) &&
        (r.slot === 'morning' || r.slot === 'evening') &&
        typeof r.time === 'string' &&
        /^([01]\d|2[0-3]):[0-5]\d$/.test(r.time) &&
        typeof r.enabled === 'boolean'
      ) {
        good.push({ slot: r.slot, time: r.time, enabled: r.enabled });
      } else {
        problems.push(`${path(`reminders[${i}]`)}: expected { slot: "morning" or "evening", time: "HH:MM", enabled: true/false }, got ${describeValue(r)}`);
      }
    });
    if (good.length === rawReminders.length) reminders = good.slice(0, 10);
  }

  const snoozedSites: Record<string, number> = {};
  if (src.snoozedSites !== undefined) {
    if (!isPlainObject(src.snoozedSites)) {
      problems.push(`${path('snoozedSites')}: expected an object of host → time, got ${describeValue(src.snoozedSites)}`);
    } else {
      for (const [host, until] of Object.entries(src.snoozedSites)) {
        if (typeof until !== 'number' || !Number.isFinite(until)) {
          problems.push(`${path(`snoozedSites["${host.slice(0, 60)}"]`)}: expected a date (number), got ${describeValue(until)}`);
          continue;
        }
        const clean = cleanHost(host);
        if (clean && until > now) snoozedSites[clean] = until;
      }
    }
  }

  const rawUserSites = list('userSites');
  const rawDisabled = list('disabledBuiltinSites');
  const snoozeAllUntil = num('snoozeAllUntil', d.snoozeAllUntil, 0, Number.MAX_SAFE_INTEGER);

  return {
    enabled: bool('enabled', d.enabled),
    categories,
    sensitivity: oneOf('sensitivity', ['gentle', 'balanced', 'watchful'] as const, d.sensitivity),
    pauseDelayMs: num('pauseDelayMs', d.pauseDelayMs, 0, 10_000),
    hintStyle: oneOf('hintStyle', ['bubble', 'underline-only'] as const, d.hintStyle),
    userSites: hostList(rawUserSites, d.userSites, MAX_USER_SITES),
    disabledBuiltinSites: hostList(rawDisabled, d.disabledBuiltinSites, MAX_USER_SITES),
    snoozeAllUntil: snoozeAllUntil > now ? snoozeAllUntil : 0,
    snoozedSites,
    repairRitual,
    reminders,
    weeklyPartnerPrompt: bool('weeklyPartnerPrompt', d.weeklyPartnerPrompt),
    storeSnippets: bool('storeSnippets', d.storeSnippets),
    retentionDays: num('retentionDays', d.retentionDays, 1, 3650),
    pauseTimerSeconds: num('pauseTimerSeconds', d.pauseTimerSeconds, 0, 600),
    crisisLine: str('crisisLine', src.crisisLine, d.crisisLine, 200),
    theme: oneOf('theme', ['system', 'light', 'dark'] as const, d.theme),
  };
}

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** A change to settings: top-level fields replace; `categories` and `repairRitual` merge. */
export type SettingsPatch = Partial<Omit<Settings, 'categories' | 'repairRitual'>> & {
  categories?: Partial<Settings['categories']>;
  repairRitual?: Partial<Settings['repairRitual']>;
};

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return {
    ...current,
    ...patch,
    categories: { ...current.categories, ...patch.categories },
    repairRitual: { ...current.repairRitual, ...patch.repairRitual },
  } as Settings;
}

// Writes from one context are applied one after another, so two quick toggles both land.
let writeChain: Promise<unknown> = Promise.resolve();

/**
 * Saves whole, normalized settings. Throws SettingsTooLargeError (nothing written) when they
 * would not fit storage.sync's per-item quota.
 */
export function saveSettings(next: Settings): Promise<Settings> {
  const run = writeChain.then(async () => {
    const clean = normalizeSettings(next);
    const bytes = settingsByteSize(clean);
    if (bytes > SYNC_ITEM_LIMIT_BYTES) throw new SettingsTooLargeError(bytes, clean);
    await settingsItem.setValue(clean);
    return clean;
  });
  writeChain = run.catch(() => {});
  return run;
}

/** Read, merge `patch`, validate, write. Returns the settings as saved. */
export function updateSettings(patch: SettingsPatch | ((current: Settings) => SettingsPatch)): Promise<Settings> {
  const run = writeChain.then(async () => {
    const current = await getSettings();
    const next = normalizeSettings(applySettingsPatch(current, typeof patch === 'function' ? patch(current) : patch));
    const bytes = settingsByteSize(next);
    if (bytes > SYNC_ITEM_LIMIT_BYTES) throw new SettingsTooLargeError(bytes, next);
    await settingsItem.setValue(next);
    return next;
  });
  writeChain = run.catch(() => {});
  return run;
}

/** Back to DEFAULT_SETTINGS (the UI asks first). */
export function resetSettings(): Promise<Settings> {
  return saveSettings(structuredClone(DEFAULT_SETTINGS));
}

/** Calls `cb` with normalized settings whenever they change in any context. Returns unwatch. */
export function watchSettings(cb: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(normalizeSettings(value)));
}
