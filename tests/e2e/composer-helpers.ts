/** Shared steps of tests/e2e/composer.e2e.ts: focus a fixture composer, type, find the hint. */
import type { Frame, Page } from 'playwright-core';
import { hint } from './hint-probe';

export { hint };

/** The frame that holds the composer (the iframe page's inner frame, else the main frame). */
export async function composerFrame(page: Page, name: string): Promise<Frame> {
  if (name !== 'iframe') return page.mainFrame();
  const handle = await page.waitForSelector('iframe.inner');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no inner frame');
  await frame.waitForFunction(() => (window as { __ready?: boolean }).__ready === true);
  return frame;
}

export async function openComposer(page: Page, url: string, name: string): Promise<Frame> {
  await page.goto(url);
  await page.waitForFunction(() => (window as { __ready?: boolean }).__ready === true);
  const frame = await composerFrame(page, name);
  const el = await frame.evaluateHandle(() => (window as unknown as { __composer: () => HTMLElement }).__composer());
  await el.asElement()!.click();
  return frame;
}

export const model = (frame: Frame, i?: number) =>
  frame.evaluate((index) => (window as unknown as { __model: (i?: number) => string }).__model(index), i);

export async function typeSlowly(page: Page, text: string, delay = 25): Promise<void> {
  await page.keyboard.type(text, { delay });
}

/**
 * Records, inside the page, the time from the last keydown to the first frame the hint is in the
 * DOM. The hint's shadow root is closed, so the page sees only its host, <attune-hint>; Attune
 * creates the host when it shows the first hint (never before) and renders the bubble into it
 * in the same task, so the host's arrival is the first hint's arrival. Read with hintLatency().
 */
export async function trackHintLatency(frame: Frame): Promise<void> {
  await frame.evaluate(`(() => {
    window.__attuneLastKey = 0; window.__attuneShown = null;
    document.addEventListener('keydown', () => { window.__attuneLastKey = performance.now(); window.__attuneShown = null; }, true);
    const tick = () => {
      const st = document.querySelector('attune-hint');
      if (st && window.__attuneShown === null && window.__attuneLastKey) window.__attuneShown = performance.now() - window.__attuneLastKey;
      requestAnimationFrame(tick);
    };
    tick();
  })()`);
}
export const hintLatency = (frame: Frame) => frame.evaluate('window.__attuneShown') as Promise<number | null>;

/**
 * Console errors that are not the page's own missing favicon: the fixture server has no
 * /favicon.ico, and Chromium logs that 404 on a tab's first load with or without Attune.
 */
export function withoutFavicon(errors: readonly string[]): string[] {
  return errors.filter((e) => !e.includes('Failed to load resource: the server responded with a status of 404'));
}

/**
 * Select all + Backspace, as a person would, until the editor's model is empty. Slate sometimes
 * takes a select-all pressed right after typing as a plain caret (its selection sync lags a
 * frame), and the Backspace then deletes one character; a person would simply press it again.
 */
export async function clearComposer(page: Page, frame: Frame): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    for (let i = 0; i < 10 && (await model(frame)).trim() !== ''; i++) await page.waitForTimeout(50);
    if ((await model(frame)).trim() === '') return;
  }
  throw new Error(`the composer did not empty: ${JSON.stringify(await model(frame))}`);
}
