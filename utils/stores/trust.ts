/** The trust bank: entries in a date range (default: all), the balance, and logging new ones. */
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { reliableSend } from '../messaging/reliable-send';
import { listTrust, type TimeRange } from '../storage/queries';
import type { TrustDirection, TrustEntry, TrustKind } from '../storage/records';
import { liveResource, newId } from './live';

export const useTrustStore = defineStore('trust', () => {
  const range = ref<TimeRange>({});
  const resource = liveResource<TrustEntry[]>(() => listTrust(range.value), []);

  const deposits = computed(() => resource.data.value.filter((e) => e.direction === 'deposit').length);
  const withdrawals = computed(() => resource.data.value.filter((e) => e.direction === 'withdrawal').length);
  const balance = computed(() => deposits.value - withdrawals.value);

  function setRange(next: TimeRange): Promise<void> {
    range.value = { ...next };
    return resource.refresh();
  }

  /** Logs an entry through the background; resolves once it is stored. */
  async function log(input: { direction: TrustDirection; kind: TrustKind; note?: string; time?: number }): Promise<TrustEntry> {
    const entry: TrustEntry = { id: newId(), time: input.time ?? Date.now(), direction: input.direction, kind: input.kind };
    if (input.note) entry.note = input.note;
    await reliableSend('logTrust', entry);
    await resource.refresh();
    return entry;
  }

  return {
    range,
    entries: resource.data,
    loading: resource.loading,
    loaded: resource.loaded,
    error: resource.error,
    deposits,
    withdrawals,
    balance,
    setRange,
    refresh: resource.refresh,
    log,
  };
});
