/**
 * Attune's own pages in real Firefox (firefox-esr, MV2 build), the same journeys as
 * ../foundation.e2e.ts and ../popup.e2e.ts: popup, options and practice open with no console
 * errors; a check-in and a trust-bank deposit made in the popup show up in the options page's
 * history; the practice page pauses a rushed fix and puts the rephrasing into its composer.
 *
 * Not run here: the axe checks and colour-scheme emulation (the Chromium specs inject axe through
 * DevTools; the pages are the same HTML and CSS in both browsers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { FEELINGS_WHEEL, NEEDS } from '../../../utils/analysis/feelings';
import { launchFirefox, withoutFirefoxNoise, type FirefoxHarness } from './harness';
import { clickHintButton, waitForHint } from './hint';
import { clickOn, setViewport, until } from './helpers';

const text = (page: Page) => page.evaluate(() => document.body.innerText);
/** Clicks the button (or tab, link) with this accessible name, with a trusted mouse click. */
async function press(page: Page, name: string): Promise<void> {
  await clickOn(page, `::-p-aria(${name})`);
}

type History = { trust: { kind: string }[]; checkins: { feeling: string; need: string }[] };
async function readHistory(page: Page): Promise<History> {
  return page.evaluate(
    () =>
      new Promise<History>((resolve, reject) => {
        const open = indexedDB.open('attune');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['trust', 'checkins'], 'readonly');
          const trust = tx.objectStore('trust').getAll();
          const checkins = tx.objectStore('checkins').getAll();
          tx.oncomplete = () => {
            resolve({ trust: trust.result, checkins: checkins.result });
            db.close();
          };
        };
      }),
  );
}

describe('Attune’s pages in real Firefox', () => {
  let h: FirefoxHarness;
  const core = FEELINGS_WHEEL[FEELINGS_WHEEL.length - 1];
  const word = core.words.find((w) => w !== core.core)!;
  const need = NEEDS[1];

  beforeAll(async () => {
    h = await launchFirefox();
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const name of ['popup.html', 'options.html', 'practice.html']) {
    it(`opens ${name} with its heading`, async () => {
      const page = await h.newPage();
      await h.goto(page, h.extensionUrl(name));
      await until(() => page.$$eval('h1, h2', (els) => els.length), (n) => n > 0);
      await page.close();
    });
  }

  it('the popup: a check-in with the feelings wheel and a need, then a trust-bank deposit', async () => {
    const popup = await h.newPage();
    await setViewport(h, popup, 400, 640);
    await h.goto(popup, `${h.extensionUrl('popup.html')}?breath=50`);
    // The popup was opened once above: the welcome is one line now ("Got it" dismisses it).
    await press(popup, 'Got it');
    await press(popup, 'Save check-in');
    await until(() => text(popup), (t) => t.includes('Pick a feeling first.'));
    await clickOn(popup, `button[data-core="${core.core}"]`);
    await clickOn(popup, `label:has(input[value="${word}"])`);
    await press(popup, 'Back to all feelings');
    await clickOn(popup, `label:has(input[value="${need}"])`);
    await press(popup, 'Save check-in');
    await until(() => text(popup), (t) => t.includes(`Saved: feeling ${word}, needing ${need}.`));
    await until(() => text(popup), (t) => t.includes('Streak: 1 day'));

    await clickOn(popup, '::-p-aria([name="Trust bank"][role="tab"])');
    await press(popup, '+ I sent gratitude');
    await until(() => text(popup), (t) => t.includes('Logged: I sent gratitude.'));
    await until(() => text(popup), (t) => /This week: 2 deposits, 0 withdrawals/.test(t));
    await popup.close();
  });

  it('the options page: the trust bank and check-ins sections show both', async () => {
    const options = await h.newPage();
    await h.goto(options, `${h.extensionUrl('options.html')}`);
    await options.evaluate(() => (location.hash = '#trust'));
    const history = await until(() => readHistory(options), (r) => r.trust.length === 2);
    expect(history.trust.map((t) => t.kind).sort()).toEqual(['check-in', 'gratitude']);
    expect(history.checkins).toMatchObject([{ feeling: word, need, core: core.core }]);
    await until(() => options.$eval('main', (m) => (m as HTMLElement).innerText), (t) => /Gratitude snapshot/.test(t), 5000);
    await options.evaluate(() => (location.hash = '#checkins'));
    await until(() => options.$eval('main', (m) => (m as HTMLElement).innerText), (t) => t.includes(word), 5000);
    await options.close();
  });

  it('the practice page pauses a rushed fix and puts the rephrasing into its composer', async () => {
    const page = await h.newPage();
    await h.goto(page, h.extensionUrl('practice.html'));
    const composer = await page.waitForSelector('::-p-aria([name="Message"][role="textbox"])');
    await composer!.click();
    await page.keyboard.type('You should just talk to him.', { delay: 20 });
    const hint = await waitForHint(h, page.mainFrame());
    expect(hint.text).toContain('Rushing to fix');
    const suggestion = hint.buttons.find((b) => b.startsWith('Use this rephrasing'))!.replace(/^Use this rephrasing:?\s*/, '');
    // Fitted to the practice scenario's message ("I'm so stressed about my boss, …"): their feeling first, then the idea as a question.
    expect(suggestion).toMatch(/stressed/);
    expect(suggestion).toMatch(/talking to him.*\?/);
    await clickHintButton(h, page.mainFrame(), /^Use this rephrasing/);
    await until(() => composer!.evaluate((el) => (el as HTMLTextAreaElement).value), (v) => v === suggestion);
    await page.close();
  });

  it('the popup shows a flagged draft from a chat tab, and "Use this rephrasing" changes that tab’s editor', async () => {
    const chat = await h.newPage();
    await h.goto(chat, `${h.fixtureUrl}/textarea.html`);
    await chat.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
    await clickOn(chat, 'textarea');
    await chat.keyboard.type('You should just talk to your boss.', { delay: 10 });
    await waitForHint(h, chat.mainFrame());
    const model = () => chat.evaluate(() => (window as unknown as { __model(): string }).__model());
    const before = await model();

    // The popup is opened as a tab, so it is told which tab to look at (as in ../popup.e2e.ts).
    const popup = await h.newPage();
    await setViewport(h, popup, 400, 640);
    await h.goto(popup, h.extensionUrl('popup.html'));
    // The chat is the most recently opened web page (Firefox shows Attune no tab's URL: it has
    // no "tabs" permission, and activeTab is granted only by a click on the toolbar button).
    const chatTabId = await popup.evaluate(async () => {
      type Tab = { id: number; url?: string };
      const api = (globalThis as unknown as { browser: { tabs: { query: (q: object) => Promise<Tab[]> } } }).browser;
      const tabs = (await api.tabs.query({})).filter((t) => !t.url?.startsWith('moz-extension:'));
      return tabs.length ? Math.max(...tabs.map((t) => t.id)) : -1;
    });
    expect(chatTabId).toBeGreaterThan(-1);
    await h.goto(popup, `${h.extensionUrl('popup.html')}?view=draft&tab=${chatTabId}`);
    await until(() => text(popup), (t) => t.includes('What Attune noticed'), 10_000);
    expect(await text(popup)).toContain('Rushing to fix');
    await clickOn(popup, 'button[aria-label^="Use this rephrasing"]');
    await until(() => text(popup), (t) => t.includes('Done: the rephrasing is in your composer.'));
    const after = await until(model, (m) => m !== before);
    expect(after).not.toMatch(/^You should just talk/);
    await popup.close();
    await chat.close();
  });

  it('logs no console errors from the pages or the background page', async () => {
    expect(withoutFirefoxNoise(await h.consoleErrors())).toEqual([]);
  });

  it('makes no request to any network address (every request goes through a recording proxy)', async () => {
    expect(await h.externalRequests()).toEqual([]);
  });

  it('the recorder sees a request when one is made (so the test above can fail)', async () => {
    const page = await h.newPage();
    await h.goto(page, `${h.fixtureUrl}/textarea.html`);
    await page.evaluate(() => fetch('http://attune-recorder-check.invalid/ping').catch(() => undefined));
    expect(await h.externalRequests()).toEqual(['GET http://attune-recorder-check.invalid/ping']);
    await page.close();
  });
});
