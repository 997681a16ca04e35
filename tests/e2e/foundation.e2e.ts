import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { framesWithContentScript, launchExtension, type Harness } from './harness';
import { BEHAVIOUR_PAGES, COMPOSER_PAGES } from './fixture-pages';
import { hint as findHint } from './hint-probe';

describe('the e2e build in real Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension({ build: 'chrome-mv3-e2e' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('starts its service worker without errors', async () => {
    const worker = await h.serviceWorker();
    expect(worker.url()).toBe(h.extensionUrl('background.js'));
    expect(await worker.evaluate(() => typeof (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id)).toBe('string');
    expect(h.consoleErrors).toEqual([]);
  });

  for (const name of ['popup.html', 'options.html', 'practice.html']) {
    it(`opens ${name} with its heading and no console errors`, async () => {
      const page = await h.context.newPage();
      await page.goto(h.extensionUrl(name));
      await expect.poll(() => page.getByRole('heading').count()).toBeGreaterThan(0);
      expect(h.consoleErrors.filter((e) => e.includes(name))).toEqual([]);
      await page.close();
    });
  }

  it('pauses a rushed fix on the practice page and puts the rephrasing into its composer', async () => {
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('practice.html'));
    const composer = page.getByRole('textbox', { name: 'Message', exact: true });
    await composer.click();
    await page.keyboard.type('You should just talk to him.', { delay: 20 });
    const hint = findHint(page.mainFrame());
    await expect.poll(() => hint.isVisible(), { timeout: 5000 }).toBe(true);
    expect(await hint.text()).toContain('Rushing to fix');
    const use = hint.button(/Use this rephrasing/);
    const suggestion = ((await use.getAttribute('aria-label')) ?? '').replace(/^Use this rephrasing:?\s*/, '');
    // Fitted to the practice scenario's message ("I'm so stressed about my boss, …"): their feeling first, then the idea as a question.
    expect(suggestion).toMatch(/stressed/);
    expect(suggestion).toMatch(/talking to him.*\?/);
    await use.click();
    await expect.poll(() => composer.inputValue()).toBe(suggestion);
    await page.close();
  });

  for (const name of [...COMPOSER_PAGES, ...BEHAVIOUR_PAGES]) {
    it(`runs the content script on the fixture page ${name}.html`, async () => {
      const page = await h.context.newPage();
      await page.goto(`${h.fixtureUrl}/${name}.html`);
      await page.waitForLoadState('load');
      await expect
        .poll(async () => (await framesWithContentScript(page, h.extensionId)).length, { timeout: 5000 })
        .toBeGreaterThanOrEqual(name === 'iframe' ? 2 : 1);
      await page.close();
    });
  }

  it('makes no request to any network address', () => {
    expect(h.externalRequests).toEqual([]);
  });
});

describe('the release build', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension({ build: 'chrome-mv3' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('does not run on localhost pages (only on messaging apps and sites the user adds)', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.fixtureUrl}/textarea.html`);
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    expect(await framesWithContentScript(page, h.extensionId)).toEqual([]);
  });
});
