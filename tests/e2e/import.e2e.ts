/**
 * Import never loses history (issue 15), in real Chromium through the options page's own file
 * input: the user keeps history for 1,095 days and has entries 400–500 days old.
 *  - a file with `"settings": null` is refused; settings and entries stay as they were (it once
 *    reset every setting, and the maintenance right after deleted the old entries);
 *  - a file asking for 365 days brings its entries, keeps the 1,095 days, deletes nothing, and
 *    offers the shorter period; only the user's confirmation would apply it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type Harness } from './harness';

const DAY_MS = 86_400_000;
const OLD_DAYS = [400, 420, 440, 460, 480, 500];

type Chrome = { storage: { sync: { get(k: string): Promise<Record<string, { retentionDays: number }>> } } };
const storedSettings = (page: Page) =>
  page.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.get('settings')).settings);

/** Rows per history table, read straight from the extension's IndexedDB. */
const counts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('attune');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['patterns', 'trust', 'checkins']);
          const out: Record<string, number> = {};
          for (const name of ['patterns', 'trust', 'checkins']) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => (out[name] = req.result);
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve(out);
          };
        };
      }),
  );

describe('importing a file', () => {
  let h: Harness;
  let page: Page;

  beforeAll(async () => {
    h = await launchExtension({ build: 'chrome-mv3-e2e' });
    page = await h.context.newPage();
    await page.goto(h.extensionUrl('options.html'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Keep history for 1,095 days, chosen in Settings as a person would.
    await page.evaluate(() => (location.hash = '#settings'));
    await page.getByLabel('Keep history for').selectOption('1095');
    await page.waitForFunction(async () => {
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      return (await c.storage.sync.get('settings')).settings?.retentionDays === 1095;
    });
    // Entries 400–500 days old in every history table (written as the background would have,
    // over the years; the extension's own origin may write its database).
    await page.evaluate(
      ({ days, dayMs }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('attune');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['patterns', 'trust', 'checkins'], 'readwrite');
            const now = Date.now();
            for (const d of days) {
              const time = now - d * dayMs;
              tx.objectStore('patterns').put({ id: `old-p-${d}`, time, site: 'web.whatsapp.com', category: 'rushed-fix', reason: 'should-just', phrase: 'you should just', outcome: 'shown' });
              tx.objectStore('trust').put({ id: `old-t-${d}`, time, direction: 'deposit', kind: 'gratitude' });
              tx.objectStore('checkins').put({ id: `old-c-${d}`, time, slot: 'morning', feeling: 'calm', core: 'peaceful', need: 'rest' });
            }
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      { days: OLD_DAYS, dayMs: DAY_MS },
    );
    await page.evaluate(() => (location.hash = '#data'));
  });
  afterAll(async () => {
    await h?.close();
  });

  async function importJson(json: object): Promise<string> {
    await page.locator('input[type=file]').setInputFiles({ name: 'attune-export.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
    const report = page.locator('[data-testid=import-report]');
    await report.waitFor({ timeout: 15_000 });
    return report.innerText();
  }

  it('"settings": null is refused: settings and the 400–500-day-old entries stay', async () => {
    const before = await storedSettings(page);
    expect(await counts(page)).toEqual({ patterns: 6, trust: 6, checkins: 6 });
    const text = await importJson({ format: 'attune-export', version: 1, settings: null, patterns: [], trust: [], checkins: [], notAPattern: [] });
    expect(text).toContain('Nothing was imported.');
    expect(text).toContain('settings: expected your settings (an object), got null');
    expect(await storedSettings(page)).toEqual(before);
    expect((await storedSettings(page))?.retentionDays).toBe(1095);
    expect(await counts(page)).toEqual({ patterns: 6, trust: 6, checkins: 6 });
  });

  it('a file asking for 365 days keeps the 1,095 days, deletes nothing, and asks first', async () => {
    const fileSettings = { ...(await storedSettings(page)), retentionDays: 365 };
    const text = await importJson({
      format: 'attune-export',
      version: 1,
      exportedAt: new Date().toISOString(),
      settings: fileSettings,
      patterns: [{ id: 'from-file', time: Date.now() - DAY_MS, site: 'discord.com', category: 'assumption', reason: 'always', phrase: 'you always', outcome: 'shown' }],
      trust: [],
      checkins: [],
      notAPattern: [],
    });
    expect(text).toContain('Added 1 pattern,');
    expect(text).toContain('except its shorter history period');
    expect((await storedSettings(page))?.retentionDays).toBe(1095);
    expect(await counts(page)).toEqual({ patterns: 7, trust: 6, checkins: 6 });
    const offer = page.getByRole('group', { name: 'Confirm a shorter history period' });
    expect(await offer.innerText()).toContain('would delete 18 entries');
    await offer.getByRole('button', { name: 'Keep my 1095 days' }).click();
    await expect.poll(() => page.getByText('History stays at 1095 days.').count()).toBe(1);
    expect((await storedSettings(page))?.retentionDays).toBe(1095);
    expect(await counts(page)).toEqual({ patterns: 7, trust: 6, checkins: 6 });
  });
});
