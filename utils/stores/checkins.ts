/** Check-ins: entries in a date range (default: all), today's by slot, and saving new ones. */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { reliableSend } from '../messaging/reliable-send';
import { listCheckins, type TimeRange } from '../storage/queries';
import type { CheckinEntry, CheckinSlot } from '../storage/records';
import { liveResource, newId } from './live';

function startOfToday(now = new Date()): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

export const useCheckinsStore = defineStore('checkins', () => {
  const range = ref<TimeRange>({});
  const resource = liveResource<CheckinEntry[]>(() => listCheckins(range.value), []);

  /** Today's latest check-in per slot (entries are newest first). */
  const today = computed(() => {
    const since = startOfToday();
    const out: Partial<Record<CheckinSlot, CheckinEntry>> = {};
    for (const e of resource.data.value) if (e.time >= since && !out[e.slot]) out[e.slot] = e;
    return out;
  });

  function setRange(next: TimeRange): Promise<void> {
    range.value = { ...next };
    return resource.refresh();
  }

  async function save(input: Omit<CheckinEntry, 'id' | 'time'> & { time?: number }): Promise<CheckinEntry> {
    const entry: CheckinEntry = {
      id: newId(),
      time: input.time ?? Date.now(),
      slot: input.slot,
      feeling: input.feeling,
      core: input.core,
      need: input.need,
    };
    if (input.note) entry.note = input.note;
    await reliableSend('saveCheckin', entry);
    await resource.refresh();
    return entry;
  }

  return {
    range,
    entries: resource.data,
    loading: resource.loading,
    loaded: resource.loaded,
    error: resource.error,
    today,
    setRange,
    refresh: resource.refresh,
    save,
  };
});
