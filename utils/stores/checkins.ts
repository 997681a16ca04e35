/** Check-ins: entries in a date range (default: all), today's by slot, and saving new ones. */
import { defineStore } from 'pinia';
import { computed } from 'vue';
import { reliableSend } from '../messaging/reliable-send';
import { listCheckins } from '../storage/queries';
import type { CheckinEntry, CheckinSlot } from '../storage/records';
import { liveRangeList, newId } from './live';

function startOfToday(now = new Date()): number {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
}

export const useCheckinsStore = defineStore('checkins', () => {
  const list = liveRangeList<CheckinEntry>(listCheckins);

  /** Today's latest check-in per slot (entries are newest first). */
  const today = computed(() => {
    const since = startOfToday();
    const out: Partial<Record<CheckinSlot, CheckinEntry>> = {};
    for (const e of list.entries.value) if (e.time >= since && !out[e.slot]) out[e.slot] = e;
    return out;
  });

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
    await list.refresh();
    return entry;
  }

  return { ...list, today, save };
});
