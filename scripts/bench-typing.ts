/**
 * `npm run bench:typing` (also part of `npm run bench`): what Attune costs a messaging tab.
 *
 * 1. Input-to-next-frame latency per keystroke, typing with the real keyboard into a
 *    5,000-character Lexical draft, in Chromium WITH the e2e build loaded and in a plain
 *    Chromium WITHOUT it, same run, same fixture server. Pauses every 30 keys let Attune analyse,
 *    so any work it does near the input path shows up here.
 * 2. Content script injection → ready (performance marks the e2e build leaves; release has none).
 * 3. JS heap of the page's isolate (main world + Attune's isolated world), with vs without the
 *    extension: after load before any composer is focused, and after the first focus + first hint.
 * 4. compromise's own heap cost (in Node), which lives once in the background, not in tabs.
 *
 * Figures, not assertions: the machines are shared and noisy. Build first: `npm run build:e2e`.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS, ROOT, launchExtension } from '../tests/e2e/harness';
import { hint } from '../tests/e2e/hint-probe';

const KEYS = Number(process.env.BENCH_KEYS ?? 90);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const DRAFT_CHARS = 5000;

function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : 'n/a');
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

const FILLER =
  'Thanks for the update about the weekend plans. I checked the train times and the 9:40 works for me. ' +
  'Could you bring the blue bag? Also, my sister says hi and wants to know if the picnic is still on. ';

async function prepareLexical(page: Page, url: string) {
  await page.goto(`${url}/lexical.html`);
  await page.waitForFunction(() => (window as { __ready?: boolean }).__ready === true);
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    // Lexical cancels beforeinput and applies edits itself (no 'input' event), so measure from
    // the keydown's timestamp to the next animation frame after the key's task has run.
    document.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => w.__lat.push(performance.now() - t0));
      },
      true,
    );
  });
}

async function typingLatency(page: Page, url: string): Promise<number[]> {
  await prepareLexical(page, url);
  await page.locator('[data-lexical-editor="true"]').click();
  let draft = '';
  while (draft.length < DRAFT_CHARS) draft += FILLER;
  await page.keyboard.insertText(draft.slice(0, DRAFT_CHARS));
  await page.waitForTimeout(800);
  await page.evaluate(() => ((window as unknown as { __lat: number[] }).__lat = []));
  const typed = ' you never listen to me, you should just calm down and talk to him about it tomorrow';
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type(typed[i % typed.length], { delay: 0 });
    await page.waitForTimeout(i % 30 === 29 ? 600 : 35);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

async function heap(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function heapStates(context: BrowserContext, url: string, expectHint: boolean) {
  const page = await context.newPage();
  await page.goto(`${url}/textarea.html`);
  await page.waitForFunction(() => (window as { __ready?: boolean }).__ready === true);
  await page.waitForTimeout(500);
  const before = await heap(context, page);
  await page.locator('textarea').click();
  await page.keyboard.type('you never listen to me', { delay: 20 });
  if (expectHint) await hint(page.mainFrame()).waitFor({ timeout: 5000 }).catch(() => {});
  else await page.waitForTimeout(1200);
  const after = await heap(context, page);
  await page.close();
  return { before, after };
}

async function main() {
  const h = await launchExtension({ build: 'chrome-mv3-e2e' });
  const plain = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
  const plainContext = await plain.newContext({ viewport: { width: 1100, height: 800 } });
  try {
    // Warm both browsers once (JIT, fonts, the worker) so the first sample is not a cold start.
    const warmA = await h.context.newPage();
    await prepareLexical(warmA, h.fixtureUrl);
    await warmA.close();

    // Alternate rounds so the shared machine's load colours both sides alike.
    const withExt: number[] = [];
    const without: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const [ctx, into] of [[h.context, withExt], [plainContext, without]] as const) {
        const page = await ctx.newPage();
        into.push(...(await typingLatency(page, h.fixtureUrl)));
        await page.close();
      }
    }

    const ready: number[] = [];
    const toMain: number[] = [];
    for (let i = 0; i < 5; i++) {
      const page = await h.context.newPage();
      await page.goto(`${h.fixtureUrl}/textarea.html`);
      const ms = await page
        .waitForFunction(() => {
          const [a] = performance.getEntriesByName('attune:injected');
          const [m] = performance.getEntriesByName('attune:main');
          const [b] = performance.getEntriesByName('attune:ready');
          return a && b ? [b.startTime - a.startTime, (m?.startTime ?? NaN) - a.startTime] : null;
        }, undefined, { timeout: 5000 })
        .then((r) => r.jsonValue() as Promise<[number, number]>)
        .catch(() => [NaN, NaN] as [number, number]);
      ready.push(ms[0]);
      toMain.push(ms[1]);
      await page.close();
    }

    const heapWith = await heapStates(h.context, h.fixtureUrl, true);
    const heapWithout = await heapStates(plainContext, h.fixtureUrl, false);

    const size = statSync(path.join(ROOT, '.output/chrome-mv3-e2e/content-scripts/content.js')).size;

    console.log(`\nTyping into a ${DRAFT_CHARS.toLocaleString('en')}-character Lexical draft, ${KEYS * ROUNDS} keystrokes each in ${ROUNDS} alternating rounds (input → next frame, ms)`);
    console.log('| browser            |   p50 |   p95 |   max |');
    console.log('|--------------------|-------|-------|-------|');
    for (const [label, v] of [['with Attune', withExt], ['without extension', without]] as const) {
      console.log(`| ${label.padEnd(18)} | ${f1(pct(v, 50)).padStart(5)} | ${f1(pct(v, 95)).padStart(5)} | ${f1(Math.max(...v)).padStart(5)} |`);
    }
    console.log(`p95 difference: ${f1(pct(withExt, 95) - pct(without, 95))} ms (goal ≤ 1 ms)`);
    console.log(`\nContent script: ${(size / 1024).toFixed(1)} kB; injection → ready: median ${f1(pct(ready, 50))} ms (n=${ready.length}; of which bundle evaluation + WXT until main(): ${f1(pct(toMain, 50))} ms)`);
    console.log('\nJS heap of a tab (MB, after GC)');
    console.log('| state                              | with Attune | without | added |');
    console.log('|------------------------------------|-------------|---------|-------|');
    console.log(`| loaded, no composer focused        | ${mb(heapWith.before).padStart(11)} | ${mb(heapWithout.before).padStart(7)} | ${mb(heapWith.before - heapWithout.before).padStart(5)} |`);
    console.log(`| after first focus + first hint     | ${mb(heapWith.after).padStart(11)} | ${mb(heapWithout.after).padStart(7)} | ${mb(heapWith.after - heapWithout.after).padStart(5)} |`);
    console.log('(goal: ≤ 2 MB added before focus; compromise is not in the tab — it lives in the background)');
  } finally {
    await plain.close();
    await h.close();
  }

  // compromise's cost where it does live (once, in the background): measured in a fresh Node
  // process with --expose-gc (this file again, with --engine-heap).
  const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--engine-heap'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  console.log(child.stdout.trim() || child.stderr.trim());
}

async function engineHeap() {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  gc();
  const m0 = process.memoryUsage().heapUsed;
  const { analyze } = await import('../utils/analysis');
  const { rephrase } = await import('../utils/analysis/rephrase');
  const t0 = performance.now();
  const text = 'you never listen to me';
  rephrase(text, analyze(text));
  const t1 = performance.now();
  gc();
  console.log(
    `\nWhere compromise lives — the background, once for all tabs (measured in Node): analysis engine + ` +
      `rephrasing + compromise = +${mb(process.memoryUsage().heapUsed - m0)} MB heap; first analysis + rephrase ${f1(t1 - t0)} ms`,
  );
}

if (process.argv.includes('--engine-heap')) {
  engineHeap().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
