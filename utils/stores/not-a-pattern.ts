/** The "not a pattern" list: phrases and reason ids the user said were wrongly flagged. */
import { defineStore } from 'pinia';
import { reliableSend } from '../messaging/reliable-send';
import { listNotAPattern } from '../storage/queries';
import type { NotAPatternEntry } from '../storage/records';
import { liveResource } from './live';

export const useNotAPatternStore = defineStore('notAPattern', () => {
  const resource = liveResource<NotAPatternEntry[]>(() => listNotAPattern(), []);

  async function add(value: string, kind: NotAPatternEntry['kind'] = 'phrase'): Promise<void> {
    const clean = kind === 'phrase' ? value.trim().toLowerCase() : value.trim();
    await reliableSend('addNotAPattern', { value: clean, kind, time: Date.now() });
    await resource.refresh();
  }

  async function remove(value: string): Promise<void> {
    await reliableSend('removeNotAPattern', value);
    await resource.refresh();
  }

  return {
    entries: resource.data,
    loading: resource.loading,
    loaded: resource.loaded,
    error: resource.error,
    refresh: resource.refresh,
    add,
    remove,
  };
});
