/** The background's live copy of settings (storeSnippets and retentionDays shape writes). */
import { getSettings, watchSettings, type Settings } from '../storage/settings';

let cached: Promise<Settings> | null = null;
let unwatch: (() => void) | null = null;

export function currentSettings(): Promise<Settings> {
  if (!cached) {
    cached = getSettings();
    unwatch ??= watchSettings((s) => (cached = Promise.resolve(s)));
    cached.catch(() => (cached = null));
  }
  return cached;
}

/** Tests: forget the cached copy. */
export function resetSettingsCache(): void {
  unwatch?.();
  unwatch = null;
  cached = null;
}
