/**
 * What differs in Firefox (README "Firefox"): the MV2 manifest's gecko settings and minimum
 * version against the Firefox that runs it; the background is an MV2 page, restarted only when
 * the add-on is reloaded or updated (never for idleness, unlike Chromium's service worker), and
 * the data outlives that restart; storage.sync's per-item quota is the one Attune's settings check
 * assumes; a user-added site goes through Firefox's optional-permission flow, and removing it gives
 * the permission back.
 *
 * Chromium specs with no Firefox twin, and why:
 * - ../data.e2e.ts stops the service worker mid-run through DevTools; Firefox's MV2 background page
 *   is never stopped for idleness, so its restart is the add-on reload tested here.
 * - ../options.e2e.ts seeds a year of heavy use and prints timings: a bench, run in Chromium
 *   (`npm run bench:options`); the options page itself is exercised in ./pages.e2e.ts.
 * - ../foundation.e2e.ts's content-script-per-frame check asks DevTools for isolated worlds; here
 *   the hint appearing in every fixture page (iframe and shadow root included) shows the script ran.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ADDON_ID, launchFirefox, ROOT, withoutFirefoxNoise, type FirefoxHarness } from './harness';
import { waitForHint } from './hint';
import { clickOn, until } from './helpers';

type Api = {
  storage: { sync: { set(o: object): Promise<void>; remove(k: string): Promise<void> } };
  permissions: { contains(p: object): Promise<boolean> };
  scripting: { getRegisteredContentScripts(f?: object): Promise<{ id: string; matches?: string[] }[]> };
};
const text = (page: Page) => page.evaluate(() => document.body.innerText);

/**
 * A constant read from Attune's source. Importing those modules here would start WXT's storage
 * in Node, where there is no extension API to run it.
 */
function constantIn(file: string, name: string): string {
  const match = new RegExp(`export const ${name} = '?([^';]+)'?;`).exec(readFileSync(path.join(ROOT, file), 'utf8'));
  if (!match) throw new Error(`${name} not found in ${file}`);
  return match[1];
}
const SYNC_ITEM_LIMIT_BYTES = Number(constantIn('utils/storage/settings.ts', 'SYNC_ITEM_LIMIT_BYTES'));
const USER_SITES_SCRIPT_ID = constantIn('utils/background/sites.ts', 'USER_SITES_SCRIPT_ID');

describe('Firefox-specific behaviour', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await launchFirefox();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('installs as attune@attune.example, on a Firefox no older than strict_min_version, with an MV2 background page', async () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, '.output/firefox-mv2-e2e/manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
    const gecko = manifest.browser_specific_settings.gecko;
    expect(gecko.id).toBe(ADDON_ID);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // Firefox for Android reads data_collection_permissions from 142 (web-ext lint warns below it).
    expect(manifest.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    const running = Number((await h.browser.version()).split('/')[1].split('.')[0]);
    expect(running).toBeGreaterThanOrEqual(Number(gecko.strict_min_version.split('.')[0]));
    // Installed, enabled and running in this Firefox: its own page asks the management API.
    const page = await h.newPage();
    await h.goto(page, h.extensionUrl('options.html'));
    const self = await page.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { management: { getSelf(): Promise<{ id: string; enabled: boolean }> } } }).browser;
      const info = await api.management.getSelf();
      return { id: info.id, enabled: info.enabled };
    });
    await page.close();
    expect(self).toEqual({ id: ADDON_ID, enabled: true });
  });

  it('storage.sync takes a settings-sized item of exactly the limit Attune checks, and refuses one byte more', async () => {
    const page = await h.newPage();
    await h.goto(page, h.extensionUrl('options.html'));
    // Quota bytes of an item = its key + its value as JSON (UTF-8), in Firefox as in Chrome.
    const result = await page.evaluate(async (limit) => {
      const api = (globalThis as unknown as { browser: Api }).browser;
      const key = 'quota-probe';
      const fits = 'x'.repeat(limit - key.length - 2);
      const outcome = { atLimit: 'ok', overLimit: 'ok' };
      await api.storage.sync.set({ [key]: fits }).catch((e: Error) => (outcome.atLimit = e.message));
      await api.storage.sync.set({ [key]: `${fits}x` }).catch((e: Error) => (outcome.overLimit = e.message));
      await api.storage.sync.remove(key);
      return outcome;
    }, SYNC_ITEM_LIMIT_BYTES);
    expect(result.atLimit).toBe('ok');
    expect(result.overLimit).toMatch(/quota/i);
    await page.close();
  });

  it('adding a site asks Firefox for that one origin; removing it gives the permission back', async () => {
    const page = await h.newPage();
    await h.goto(page, h.extensionUrl('options.html'));
    await page.evaluate(() => (location.hash = '#settings'));
    const field = await page.waitForSelector('::-p-aria([name="Add a site"][role="textbox"])');
    await field!.click();
    await page.keyboard.type('chat.example.org');
    await clickOn(page, '::-p-aria([name="Add"][role="button"])');
    await until(() => text(page), (t) => t.includes('Added chat.example.org.'));
    const state = () =>
      page.evaluate(async (id) => {
        const api = (globalThis as unknown as { browser: Api }).browser;
        const granted = await api.permissions.contains({ origins: ['https://chat.example.org/*'] });
        const scripts = await api.scripting.getRegisteredContentScripts({ ids: [id] });
        return { granted, matches: scripts.flatMap((s) => s.matches ?? []) };
      }, USER_SITES_SCRIPT_ID);
    // The background registers the content script once Firefox reports the new permission.
    // (Firefox also reports http://chat.example.org/* as granted, so that is registered too.)
    const added = await until(state, (s) => s.matches.length > 0);
    expect(added.granted).toBe(true);
    expect(added.matches).toContain('https://chat.example.org/*');

    await clickOn(page, '::-p-xpath(//li[span[text()="chat.example.org"]]//button)');
    await until(() => text(page), (t) => t.includes('Removed chat.example.org.'));
    expect(await until(state, (s) => !s.granted && s.matches.length === 0)).toEqual({ granted: false, matches: [] });
    await page.close();
  });

  it('after the add-on restarts (reload or update) the data is still there and a newly opened tab gets the hint', async () => {
    const popup = await h.newPage();
    await h.goto(popup, `${h.extensionUrl('popup.html')}?view=trust`);
    await clickOn(popup, '::-p-aria(+ I sent gratitude)');
    await until(() => text(popup), (t) => t.includes('Logged: I sent gratitude.'));
    await popup.close();

    // What an update does: the add-on is unloaded and started again (runtime.reload, asked by its own page).
    const reloader = await h.newPage();
    await h.goto(reloader, h.extensionUrl('options.html'));
    await reloader.evaluate(() => {
      setTimeout(() => (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload(), 0);
    });
    // The reload closes the add-on's pages and takes a moment: a page opened meanwhile is closed
    // with them, and even opening a tab can fail while the window is being torn down ("no such
    // frame"), so the popup is opened, tab and all, until one stays (the data check below is what
    // matters).
    let again: Awaited<ReturnType<typeof h.newPage>> | undefined;
    for (let attempt = 1; ; attempt++) {
      await new Promise((r) => setTimeout(r, 500));
      try {
        again ??= await h.newPage();
        await h.goto(again, `${h.extensionUrl('popup.html')}?view=trust`);
        await until(() => text(again!), (t) => /This week/.test(t), 5_000);
        break;
      } catch (error) {
        if (attempt >= 8) throw error;
        if (again?.isClosed()) again = undefined;
      }
    }
    await reloader.close().catch(() => {});
    await until(() => text(again), (t) => /This week: 1 deposit/.test(t), 10_000);
    await again.close();

    const chat = await h.newPage();
    await h.goto(chat, `${h.fixtureUrl}/textarea.html`);
    await chat.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
    await clickOn(chat, 'textarea');
    await chat.keyboard.type('you never listen to me', { delay: 25 });
    expect((await waitForHint(h, chat.mainFrame())).label).toMatch(/^Attune/);
    await chat.close();
  });

  it('logs no console errors and makes no network requests', async () => {
    expect(withoutFirefoxNoise(await h.consoleErrors())).toEqual([]);
    expect(await h.externalRequests()).toEqual([]);
  });
});
