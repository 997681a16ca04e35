/** The trust bank: entries in a date range (default: all), the balance, and logging new ones. */
import { defineStore } from 'pinia';
import { computed } from 'vue';
import { reliableSend } from '../messaging/reliable-send';
import { listTrust } from '../storage/queries';
import type { TrustDirection, TrustEntry, TrustKind } from '../storage/records';
import { liveRangeList, newId } from './live';

export const useTrustStore = defineStore('trust', () => {
  const list = liveRangeList<TrustEntry>(listTrust);

  const deposits = computed(() => list.entries.value.filter((e) => e.direction === 'deposit').length);
  const withdrawals = computed(() => list.entries.value.filter((e) => e.direction === 'withdrawal').length);
  const balance = computed(() => deposits.value - withdrawals.value);

  /** Logs an entry through the background; resolves once it is stored. */
  async function log(input: { direction: TrustDirection; kind: TrustKind; note?: string; time?: number }): Promise<TrustEntry> {
    const entry: TrustEntry = { id: newId(), time: input.time ?? Date.now(), direction: input.direction, kind: input.kind };
    if (input.note) entry.note = input.note;
    await reliableSend('logTrust', entry);
    await list.refresh();
    return entry;
  }

  return { ...list, deposits, withdrawals, balance, log };
});
