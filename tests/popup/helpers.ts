/**
 * Popup component tests: real Pinia stores over fake-indexeddb and WXT's fakeBrowser; writes
 * go straight to the background's handlers (the real message path is covered end to end).
 * Test files must also `vi.mock('@/utils/messaging/reliable-send', () => reliableSendMock)`.
 */
import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createPinia, setActivePinia, type Pinia } from 'pinia';
import type { ComponentMountingOptions } from '@vue/test-utils';
import { mountWithPinia, settle, until as untilShared } from '../support/vue';
import type { Component } from 'vue';
import { dataHandlers } from '@/utils/background/handlers';
import { resetSettingsCache } from '@/utils/background/settings-cache';
import { resetDbForTests } from '@/utils/storage/db';

export const reliableSendMock = {
  reliableSend: (type: string, data: unknown) =>
    (dataHandlers as unknown as Record<string, (d: unknown) => Promise<unknown>>)[type](data),
};

export let pinia: Pinia;

export async function resetPopupWorld(): Promise<void> {
  resetSettingsCache();
  fakeBrowser.reset();
  await resetDbForTests();
  pinia = createPinia();
  setActivePinia(pinia);
}

export const mountWith = <C extends Component>(component: C, options: ComponentMountingOptions<C> = {}) =>
  mountWithPinia(pinia, component, options);

export { settle };
export const until = (check: () => boolean | Promise<boolean>, timeout = 2000) => untilShared(check, timeout);

/**
 * Opens a tab and points the popup at it (popup.html?tab=ID, as the e2e tests do). With
 * `contentScript`, the tab answers the popup's ping (see hasContentScript()); protocol
 * messages themselves are mocked per test file.
 */
export async function openTab(url: string, contentScript = true): Promise<number> {
  const ping = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
  if (contentScript) ping.mockResolvedValue(undefined);
  else ping.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  window.history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
  return tab.id!;
}
