/** Fixture-page steps for the Firefox specs: open a composer, type with the real keyboard, read the model. */
import type { Frame, KeyInput, Page } from 'puppeteer-core';
import type { FirefoxHarness } from './harness';

type FixtureWindow = Window & { __ready?: boolean; __model(i?: number): string; __composer(): HTMLElement };

/** The frame that holds the composer (the iframe page's inner frame, else the main frame). */
export async function composerFrame(page: Page, name: string): Promise<Frame> {
  if (name !== 'iframe') return page.mainFrame();
  const handle = await page.waitForSelector('iframe.inner');
  const frame = await handle!.contentFrame();
  if (!frame) throw new Error('no inner frame');
  await frame.waitForFunction(() => (window as unknown as FixtureWindow).__ready === true);
  return frame;
}

/** Opens a fixture page and clicks into its composer, as a person would. */
export async function openComposer(h: FirefoxHarness, page: Page, name: string): Promise<Frame> {
  await h.goto(page, `${h.fixtureUrl}/${name}.html`);
  await page.waitForFunction(() => (window as unknown as FixtureWindow).__ready === true);
  const frame = await composerFrame(page, name);
  const el = await frame.evaluateHandle(() => (window as unknown as FixtureWindow).__composer());
  await (el as import('puppeteer-core').ElementHandle<HTMLElement>).click();
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
