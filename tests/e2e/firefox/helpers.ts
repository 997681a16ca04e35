/** Fixture-page steps for the Firefox specs: open a composer, type with the real keyboard, read the model. */
import type { Frame, KeyInput, Page } from 'puppeteer-core';
import { contextId, type FirefoxHarness } from './harness';

type FixtureWindow = Window & { __ready?: boolean; __model(i?: number): string; __composer(): HTMLElement };

/** The frame that holds the composer (the iframe page's inner frame, else the main frame). */
export async function composerFrame(page: Page, name: string): Promise<Frame> {
  if (name !== 'iframe') return page.mainFrame();
  await page.waitForSelector('iframe.inner');
  // Found among the page's frames: ElementHandle.contentFrame() needs BiDi's "context" locator,
  // which Firefox ESR 140 does not have.
  const src = await page.$eval('iframe.inner', (el) => (el as HTMLIFrameElement).src);
  let frame: Frame | undefined;
  for (let i = 0; i < 100 && !frame; i++) {
    frame = page.frames().find((f) => f !== page.mainFrame() && f.url() === src);
    if (!frame) await new Promise((r) => setTimeout(r, 50));
  }
  if (!frame) throw new Error('no inner frame');
  await frame.waitForFunction(() => (window as unknown as FixtureWindow).__ready === true);
  return frame;
}

/**
 * The page's viewport, through BiDi's browsingContext.setViewport (puppeteer's setViewport also
 * sends emulation.setScreenOrientationOverride, which Firefox ESR 140 does not know).
 */
export async function setViewport(h: FirefoxHarness, page: Page, width: number, height: number): Promise<void> {
  await h.bidi('browsingContext.setViewport', { context: contextId(page.mainFrame()), viewport: { width, height } });
}

/** Opens a fixture page and clicks into its composer, as a person would. */
export async function openComposer(h: FirefoxHarness, page: Page, name: string): Promise<Frame> {
  await h.goto(page, `${h.fixtureUrl}/${name}.html`);
  await page.waitForFunction(() => (window as unknown as FixtureWindow).__ready === true);
  const frame = await composerFrame(page, name);
  // The composer's centre in the top page's coordinates, then a real mouse click there (an
  // ElementHandle click inside an iframe needs BiDi's "context" locator, absent in Firefox ESR 140).
  const { x, y } = await frame.evaluate(() => {
    const composer = (window as unknown as FixtureWindow).__composer();
    if (!composer) throw new Error('the fixture has no composer');
    const r = composer.getBoundingClientRect();
    let px = r.left + r.width / 2;
    let py = r.top + Math.min(r.height / 2, 12);
    let w: Window = window;
    let el: Element | null = w.frameElement;
    while (el) {
      const f = el.getBoundingClientRect();
      px += f.left + el.clientLeft;
      py += f.top + el.clientTop;
      w = w.parent;
      el = w.frameElement;
    }
    return { x: px, y: py };
  });
  await page.mouse.click(x, y);
  return frame;
}

export const model = (frame: Frame, i?: number) =>
  frame.evaluate((index) => (window as unknown as FixtureWindow).__model(index), i);

/** Whether keyboard focus is in the fixture's composer (through shadow roots). */
export const composerHasFocus = (frame: Frame) =>
  frame.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active === (window as unknown as FixtureWindow).__composer();
  });

export async function chord(page: Page, modifiers: KeyInput[], key: KeyInput): Promise<void> {
  for (const m of modifiers) await page.keyboard.down(m);
  await page.keyboard.press(key);
  for (const m of [...modifiers].reverse()) await page.keyboard.up(m);
}

/** Polls `read` until `accept` holds (or throws with the last value). */
export async function until<T>(read: () => Promise<T>, accept: (v: T) => boolean, timeout = 3000): Promise<T> {
  const end = Date.now() + timeout;
  let last = await read();
  while (!accept(last)) {
    if (Date.now() > end) throw new Error(`still ${JSON.stringify(last)} after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}

/** Select all + Backspace until the editor's model is empty (see clearComposer in ../composer-helpers.ts). */
export async function clearComposer(page: Page, frame: Frame): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    await chord(page, ['Control'], 'a');
    await page.keyboard.press('Backspace');
    const emptied = await until(() => model(frame), (m) => m.trim() === '', 500).then(() => true, () => false);
    if (emptied) return;
  }
  throw new Error(`the composer did not empty: ${JSON.stringify(await model(frame))}`);
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Clicks the element a selector finds, with a trusted mouse click. Not puppeteer's Locator.click:
 * on moz-extension:// pages in Firefox ESR 140 it waits forever for the element to settle.
 */
export async function clickOn(page: Page, selector: string): Promise<void> {
  const el = await page.waitForSelector(selector, { visible: true });
  if (!el) throw new Error(`nothing matches ${selector}`);
  await el.click();
}
