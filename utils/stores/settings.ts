/**
 * Settings for extension pages: the current value, live across tabs and browsers
 * (storage.sync's change events), and updates that report quota problems in plain words.
 */
import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings-shape';
import { getSettings, resetSettings, updateSettings, watchSettings, type SettingsPatch } from '../storage/settings';

export const useSettingsStore = defineStore('settings', () => {
  const settings = shallowRef<Settings>(structuredClone(DEFAULT_SETTINGS));
  const loaded = ref(false);
  /** The last failed update's message (e.g. over the sync quota), or null. */
  const error = ref<string | null>(null);

  const ready = getSettings().then((s) => {
    settings.value = s;
    loaded.value = true;
  });
  watchSettings((s) => (settings.value = s));

  async function update(patch: SettingsPatch | ((current: Settings) => SettingsPatch)): Promise<boolean> {
    try {
      settings.value = await updateSettings(patch);
      error.value = null;
      return true;
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
      return false;
    }
  }

  async function reset(): Promise<void> {
    settings.value = await resetSettings();
    error.value = null;
  }

  return { settings, loaded, error, ready, update, reset };
});
