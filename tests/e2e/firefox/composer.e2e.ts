/**
 * The composer hint in real Firefox (firefox-esr, MV2 build): the same fixture pages and the same
 * steps as ../composer.e2e.ts. Typing with the real keyboard shows the hint; "Use this rephrasing"
 * changes the editor framework's own model; Ctrl+Z restores it; typing continues with focus kept in
 * the composer; Dismiss hides it until the text changes; a neutral message stays clean.
 *
 * The hint is read and clicked through WebDriver BiDi (./hint.ts), never by page script reaching
 * into its shadow root. Also as in Chromium: SPA navigation, several composers, right-to-left, a
 * page whose handlers throw. Not run here: IME composition (BiDi has no IME input; Chromium's
 * spec uses DevTools' Input.imeSetComposition), the in-page latency probe (it reads the shadow
 * root from page script; speed is `npm run bench:typing`'s job) and the patterns-log check
 * (it reads IndexedDB from the service worker; Firefox's background page is not a BiDi realm).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPOSER_PAGES } from '../fixture-pages';
import { launchFirefox, withoutFirefoxNoise, type FirefoxHarness } from './harness';
import { clickHintButton, readHint, waitForHint } from './hint';
import { chord, clearComposer, composerHasFocus, model, openComposer, sleep, until } from './helpers';

const DRAFT = 'you never listen to me';
const READING_TIME: Record<string, number> = { quill: 1100, prosemirror: 600 };

describe('the composer hint in real Firefox', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await launchFirefox();
  });
  afterAll(async () => {
    await h?.close();
  });

  for (const name of COMPOSER_PAGES) {
    it(`${name}: hint, rephrasing into the model, undo, typing continues with focus kept, dismiss`, async () => {
      const page = await h.newPage();
      const frame = await openComposer(h, page, name);
      await page.keyboard.type(DRAFT, { delay: 25 });
      const shown = await waitForHint(h, frame);
      expect(shown.label).toMatch(/^Attune/);
      expect(await model(frame)).toBe(DRAFT);

      // Quill (the fixture: delay 1,000 ms) and ProseMirror (newGroupDelay 500 ms) merge edits
      // made within that time into one undo step; a person reads the hint before choosing.
      if (name in READING_TIME) await sleep(READING_TIME[name]);
      const use = shown.buttons.find((b) => b.startsWith('Use this rephrasing'));
      expect(use).toBeDefined();
      const suggestion = use!.replace(/^Use this rephrasing: /, '');
      await clickHintButton(h, frame, /^Use this rephrasing/);
      const replaced = await until(() => model(frame), (m) => m !== DRAFT);
      expect(replaced).toContain(suggestion.trim().slice(0, 20));
      expect(await readHint(h, frame)).toBeNull();
      expect(await composerHasFocus(frame)).toBe(true);

      // Ctrl+Z restores the draft in the framework's own model; Ctrl+Shift+Z redoes.
      await chord(page, ['Control'], 'z');
      await until(() => model(frame), (m) => m === DRAFT);
      await chord(page, ['Control', 'Shift'], 'z');
      await until(() => model(frame), (m) => m === replaced);

      // Typing continues at the caret, after the new text.
      await page.keyboard.type(' ok');
      await until(() => model(frame), (m) => m === `${replaced} ok`);

      // Dismiss hides it until the text changes.
      await clearComposer(page, frame);
      await page.keyboard.type(DRAFT, { delay: 25 });
      await waitForHint(h, frame);
      await clickHintButton(h, frame, /^Dismiss$/);
      await until(() => readHint(h, frame), (v) => v === null);
      await sleep(700);
      expect(await readHint(h, frame)).toBeNull();
      await page.keyboard.type(' again');
      await waitForHint(h, frame);
      await page.close();
    });
  }

  it('shows no hint for a neutral message', async () => {
    const page = await h.newPage();
    const frame = await openComposer(h, page, 'textarea');
    await page.keyboard.type('running late, be there at 7', { delay: 25 });
    await sleep(1200); // three pauses' worth: an analysis would have answered by now
    expect(await readHint(h, frame)).toBeNull();
    expect(await model(frame)).toBe('running late, be there at 7');
    await page.close();
  });

  it('accepts the first rephrasing with Alt+Shift+Enter and dismisses with Escape, focus staying in the composer', async () => {
    const page = await h.newPage();
    const frame = await openComposer(h, page, 'contenteditable');
    await page.keyboard.type(DRAFT, { delay: 25 });
    await waitForHint(h, frame);
    await page.keyboard.press('Escape');
    await until(() => readHint(h, frame), (v) => v === null);
    expect(await composerHasFocus(frame)).toBe(true);
    await page.keyboard.type('!');
    await waitForHint(h, frame);
    await chord(page, ['Alt', 'Shift'], 'Enter');
    await until(() => model(frame), (m) => !m.includes('never listen'));
    expect(await composerHasFocus(frame)).toBe(true);
    await page.close();
  });

  it('right-to-left: the hint appears in the composer’s direction and the rephrasing lands', async () => {
    const page = await h.newPage();
    const frame = await openComposer(h, page, 'rtl');
    await page.keyboard.type(DRAFT, { delay: 25 });
    expect((await waitForHint(h, frame)).dir).toBe('rtl');
    await clickHintButton(h, frame, /^Use this rephrasing/);
    await until(() => model(frame), (m) => m !== DRAFT);
    await page.close();
  });

  it('SPA: switching conversations resets the hint; a re-created composer works', async () => {
    const page = await h.newPage();
    const frame = await openComposer(h, page, 'spa');
    await page.keyboard.type(DRAFT, { delay: 25 });
    await waitForHint(h, frame);
    await page.locator('::-p-aria([name="Sam"][role="link"])').click();
    await until(() => readHint(h, frame), (v) => v === null);
    // Back to Alex: the draft is restored into a brand-new composer.
    await page.locator('::-p-aria([name="Alex"][role="link"])').click();
    await page.locator('.composer').click();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    await waitForHint(h, frame);
    // Re-create only the composer (same conversation): typing into the new one still works.
    await page.locator('::-p-aria([name="Re-create composer"][role="button"])').click();
    await page.locator('.composer').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' ok');
    await waitForHint(h, frame);
    await clickHintButton(h, frame, /^Use this rephrasing/);
    await until(() => model(frame), (m) => !m.includes('never listen'));
    await page.close();
  });

  it('several composers: the hint follows the focused one and writes into it only', async () => {
    const page = await h.newPage();
    const frame = await openComposer(h, page, 'multi');
    const boxes = await page.$$('.composer');
    await boxes[0].click();
    await page.keyboard.type('running late, be there at 7');
    await boxes[1].click();
    await page.keyboard.type(DRAFT, { delay: 25 });
    await waitForHint(h, frame);
    await clickHintButton(h, frame, /^Use this rephrasing/);
    await until(() => model(frame, 1), (m) => m !== DRAFT);
    expect(await model(frame, 0)).toBe('running late, be there at 7');
    await page.close();
  });

  it('a page whose own handlers throw: typing, the hint and sending still work', async () => {
    const page = await h.newPage();
    const frame = await openComposer(h, page, 'throws');
    await page.keyboard.type(DRAFT, { delay: 25 });
    await waitForHint(h, frame);
    await clickHintButton(h, frame, /^Use this rephrasing/);
    await until(() => model(frame), (m) => m !== DRAFT);
    await page.keyboard.press('Enter');
    await until(() => page.evaluate(() => (window as unknown as { __sent: () => string[] }).__sent().length), (n) => n === 1);
    await page.close();
  });

  it('logs no console errors from the pages, the content script or the background page', async () => {
    // throws.html's own handlers throw on purpose (tests/e2e/fixture-site/README.md); Attune's must not.
    const ours = withoutFirefoxNoise(await h.consoleErrors()).filter((e) => !/fixture (page|composer)[\w ]* handler threw/.test(e));
    expect(ours).toEqual([]);
  });

  it('makes no request to any network address (recorded by the browser itself)', async () => {
    expect(await h.externalRequests()).toEqual([]);
  });
});
