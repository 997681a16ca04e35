/**
 * Options-page component tests: real Pinia stores over fake-indexeddb and WXT's fakeBrowser;
 * writes go straight to the background's handlers. Test files must also
 * `vi.mock('@/utils/messaging/reliable-send', () => reliableSendMock)` (and the protocol's
 * sendMessage, for reads that ask the background).
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import type { ComponentMountingOptions } from '@vue/test-utils';
import { mountWithPinia, settle, until } from '../support/vue';
import type { Component } from 'vue';
import { dataHandlers } from '@/utils/background/handlers';
import { resetSettingsCache } from '@/utils/background/settings-cache';
import { getDb, resetDbForTests } from '@/utils/storage/db';
import { rebuildRollup } from '@/utils/storage/rollup';
import { seedYear, type SeedOptions } from '../../scripts/lib/seed-year';

const handlers = dataHandlers as unknown as Record<string, (d: unknown) => Promise<unknown>>;
export const reliableSendMock = { reliableSend: (type: string, data: unknown) => handlers[type](data) };

export let pinia: Pinia;

export async function resetWorld(): Promise<void> {
  resetSettingsCache();
  fakeBrowser.reset();
  await resetDbForTests();
  pinia = createPinia();
  setActivePinia(pinia);
}

/** A smaller year of use, written straight into the database (the rollup built once at the end, as the e2e seed does). */
export async function seed(options: SeedOptions = {}) {
  const data = seedYear({ patterns: 3000, ...options });
  const db = await getDb();
  await db.transaction('rw', [db.patterns, db.patternDays, db.trust, db.checkins], async () => {
    await db.patterns.bulkAdd(data.patterns);
    await db.trust.bulkAdd(data.trust);
    await db.checkins.bulkAdd(data.checkins);
    await rebuildRollup(db.patterns, db.patternDays);
  });
  return data;
}

export const mountWith = <C extends Component>(component: C, options: ComponentMountingOptions<C> = {}) =>
  mountWithPinia(pinia, component, options);

export { settle, until };
