/**
 * `npm run bench -- hint` (part of `npm run bench`): how long after the last key the hint appears,
 * with the background service worker running and right after Chrome stopped it — the first hint
 * after a quiet minute, since Chrome stops an idle extension worker after ~30 s and the analysis
 * lives there. Same run, same page, rounds alternating so the shared machine's load colours every
 * case alike. Stopping is DevTools' `ServiceWorker.stopAllWorkers` (what the idle timer does).
 *
 * Cases:
 *   running            the worker is up (the person has been typing)
 *   stopped, typing    stopped while the composer keeps focus; the person starts typing again
 *   stopped, click     stopped while focus is elsewhere; the person clicks into the composer and types
 *
 * Measured in the page: last keydown → the first animation frame the hint is in the DOM (the
 * typing pause, settings.pauseDelayMs = 400 ms, is part of every figure). Textarea fixture page,
 * the e2e build, a 22-character draft typed at 25 ms a key. Figures, not assertions.
 * Build first: `npm run build:e2e` (`npm run bench` does).
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchExtension } from '../tests/e2e/harness';
import { hintLatency, trackHintLatency } from '../tests/e2e/composer-helpers';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const DRAFT = 'you never listen to me';
type Case = 'running' | 'stopped, typing' | 'stopped, click';

function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
const f0 = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : 'n/a');

async function waitForHint(page: Page): Promise<number | null> {
  for (let i = 0; i < 60; i++) {
    const ms = await hintLatency(page.mainFrame());
    if (ms !== null) return ms;
    await page.waitForTimeout(50);
  }
  return null;
}

async function clear(page: Page) {
  await page.locator('textarea').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(600);
}

async function stopWorker(cdp: CDPSession, page: Page) {
  await cdp.send('ServiceWorker.stopAllWorkers');
  // Stopped for real before the person comes back (as after a quiet minute).
  await page.waitForTimeout(500);
}

async function round(page: Page, cdp: CDPSession, which: Case): Promise<number | null> {
  await clear(page);
  if (which === 'stopped, click') {
    await page.locator('header').click(); // focus leaves the composer
    await stopWorker(cdp, page);
    await page.locator('textarea').click();
  } else if (which === 'stopped, typing') {
    await stopWorker(cdp, page);
  }
  await page.evaluate('window.__attuneShown = null; window.__attuneLastKey = 0');
  await page.keyboard.type(DRAFT, { delay: 25 });
  return waitForHint(page);
}

async function main() {
  const h = await launchExtension({ build: 'chrome-mv3-e2e' });
  try {
    const page = await h.context.newPage();
    await page.goto(`${h.fixtureUrl}/textarea.html`);
    await page.waitForFunction(() => (window as { __ready?: boolean }).__ready === true);
    await trackHintLatency(page.mainFrame());
    const cdp = await h.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    // One unmeasured hint: JIT, fonts, the hint's first mount.
    await round(page, cdp, 'running');

    const cases: Case[] = ['running', 'stopped, typing', 'stopped, click'];
    const results = new Map<Case, number[]>(cases.map((c) => [c, []]));
    let missed = 0;
    for (let i = 0; i < ROUNDS; i++) {
      for (const c of cases) {
        const ms = await round(page, cdp, c);
        if (ms === null) missed++;
        else results.get(c)!.push(ms);
      }
    }

    console.log(`\nHint latency after the last key (ms; the 400 ms typing pause included), ${ROUNDS} alternating rounds, textarea page`);
    console.log('| background worker  |   p50 |   p95 |   max |');
    console.log('|--------------------|-------|-------|-------|');
    for (const c of cases) {
      const v = results.get(c)!;
      console.log(`| ${c.padEnd(18)} | ${f0(pct(v, 50)).padStart(5)} | ${f0(pct(v, 95)).padStart(5)} | ${f0(Math.max(...v)).padStart(5)} |`);
    }
    const running = pct(results.get('running')!, 50);
    for (const c of cases.slice(1)) {
      console.log(`${c}: median ${f0(pct(results.get(c)!, 50) - running)} ms over running (goal ≤ 100 ms)`);
    }
    if (missed) console.log(`(${missed} rounds showed no hint within 3 s)`);
  } finally {
    await h.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
