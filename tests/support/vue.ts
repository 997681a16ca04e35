/**
 * Mounting Vue components the way the extension pages do (with a real Pinia), and waiting for
 * what happens after: storage watchers, Dexie reads and Vue's re-render. Shared by the popup
 * and options tests.
 */
import { expect, vi } from 'vitest';
import type { Pinia } from 'pinia';
import { mount, flushPromises, type ComponentMountingOptions } from '@vue/test-utils';
import type { Component } from 'vue';

export async function mountWithPinia<C extends Component>(pinia: Pinia, component: C, options: ComponentMountingOptions<C> = {}) {
  const wrapper = mount(component, {
    attachTo: document.body,
    ...options,
    global: { plugins: [pinia], ...(options.global ?? {}) },
  } as ComponentMountingOptions<C>);
  await settle();
  return wrapper;
}

/** Storage watchers, Dexie and Vue all settle. */
export async function settle(): Promise<void> {
  await flushPromises();
  await new Promise((r) => setTimeout(r, 20));
  await flushPromises();
}

export const until = (check: () => boolean | Promise<boolean>, timeout = 4000) =>
  vi.waitFor(async () => expect(await check()).toBe(true), { timeout, interval: 10 });
