/**
 * `npm run bench -- import`: a 49.9 MB export imported through the options page's file input
 * (import worker → slices → background), while a chat tab keeps typing.
 *
 *   page block      the options page's longest main-thread task during the import (Long Tasks
 *                   API; tasks under 50 ms are not reported, so "< 50 ms" means none was longer).
 *                   With it, what the page showed then (the progress line, or "report" once the
 *                   report is up): which step the task belonged to.
 *   background gap  the background's longest unresponsive stretch: DevTools evaluates `1` in the
 *                   service worker back to back, and the longest round trip is reported. On a
 *                   busy machine that includes waits for a CPU outside the extension, so next to
 *                   it: the service worker's own longest stall, from a 5 ms timer put into the
 *                   worker by the bench (how late it fired), overall and once the page shows
 *                   "Saving" (the slices; before that the page's worker reads and parses the
 *                   file and the background has nothing to do, so a stall there is the CPU).
 *   hint latency    in the chat tab, from the last key of a draft to the hint being visible,
 *                   polled through DevTools every 50 ms (includes the 400 ms typing pause).
 *   import time     choosing the file → the report shown.
 *   noise floor     the same round trips, stall timer and chat typing for 15 s before the import
 *                   (NOISE_MS): what this machine's load alone does to them, to read the import's
 *                   figures against. Then the load average, the background's import steps
 *                   (utils/background/import-probe.ts: count, total, longest) and the worst stalls
 *                   while saving with the steps they overlapped.
 * Goal: page block and background gap ≤ 100 ms each.
 *
 * Figures, not assertions. Needs `npm run build:e2e` first (npm run bench does it).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchExtension } from '../tests/e2e/harness';
import { hint } from '../tests/e2e/hint-probe';

const TARGET_BYTES = 49_900_000;
const DAY_MS = 86_400_000;
/** How long the noise floor is measured: pings and chat typing, no import. */
const NOISE_MS = Number(process.env.NOISE_MS ?? 15_000);

/** An export of about TARGET_BYTES: patterns over the last 300 days, some trust and check-ins. */
function bigExport(): string {
  const now = Date.now();
  const categories = ['rushed-fix', 'assumption', 'outsourcing', 'reflective'];
  const sites = ['web.whatsapp.com', 'app.slack.com', 'discord.com', 'mail.google.com'];
  const parts: string[] = [];
  let bytes = 0;
  const head = (settings: string) => `{"format":"attune-export","version":1,"exportedAt":"${new Date(now).toISOString()}","settings":${settings},"trust":[],"checkins":[],"notAPattern":[],"patterns":[`;
  const opening = head('{}');
  bytes += opening.length + 2;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const entry = JSON.stringify({
      id: `bench-${i}`,
      time: now - (i % 300) * DAY_MS - (i % 86_000) * 1000,
      site: sites[i % 4],
      category: categories[i % 4],
      reason: `reason-${i % 9}`,
      phrase: 'you should just calm down',
      outcome: 'shown',
      snippet: `draft ${i}: ` + 'I hear you, and I think we should talk about it tonight. '.repeat(3),
    });
    if (bytes + entry.length + 1 > TARGET_BYTES) break;
    parts.push(entry);
    bytes += entry.length + 1;
  }
  return `${opening}${parts.join(',')}]}`;
}

const dir = mkdtempSync(path.join(tmpdir(), 'attune-bench-import-'));
const file = path.join(dir, 'attune-export-big.json');
writeFileSync(file, bigExport());
const size = statSync(file).size;

const h = await launchExtension({ build: 'chrome-mv3-e2e' });
try {
  // The chat tab (another tab, as a person would have open).
  const chat = await h.context.newPage();
  await chat.goto(`${h.fixtureUrl}/textarea.html`);
  await chat.waitForFunction(() => (window as { __ready?: boolean }).__ready === true);
  const box = chat.locator('textarea').first();

  const options = await h.context.newPage();
  await options.goto(h.extensionUrl('options.html'));
  await options.getByRole('heading', { level: 1 }).waitFor();
  await options.evaluate(() => (location.hash = '#data'));
  await options.evaluate(() => {
    const w = window as unknown as { __longest: number; __during: string };
    w.__longest = 0;
    w.__during = '';
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.duration <= w.__longest) continue;
        w.__longest = e.duration;
        const step = document.querySelector('[data-testid=import-report]') ? 'report' : document.querySelector('.progress [role=status]')?.textContent;
        w.__during = step ?? 'before the import';
      }
    }).observe({ type: 'longtask', buffered: false });
  });

  let importing = true;
  // The background: back-to-back evaluations in the service worker.
  const worker = await h.serviceWorker();
  // Every stall of the worker's own thread over 20 ms: [start (epoch ms), length].
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __stalls: [number, number][] };
    g.__stalls = [];
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      if (now - last - 5 > 20) g.__stalls.push([Date.now() - (now - last), now - last - 5]);
      last = now;
    }, 5);
  });
  // The import steps' own timings (utils/background/import-probe.ts), to name what a stall overlapped.
  await worker.evaluate(() => ((globalThis as unknown as { __attuneImportProbe: unknown[] }).__attuneImportProbe = []));
  // Only stretches from choosing the file on count: the worker's own start-up (a few hundred ms
  // of script evaluation and start-up tidying, before any import) is not the import's doing.
  // Before that, the noise floor: the same pings and chat typing for NOISE_MS with no import.
  let started = 0;
  let floorFrom = 0;
  const gaps: number[] = [];
  const floorGaps: number[] = [];
  let worstGapAt = 0;
  const pinging = (async () => {
    while (importing) {
      const t = performance.now();
      const at = Date.now();
      await worker.evaluate(() => 1);
      const gap = performance.now() - t;
      if (!started) {
        if (floorFrom) floorGaps.push(gap);
        continue;
      }
      if (gap > Math.max(0, ...gaps)) worstGapAt = at - started;
      gaps.push(gap);
    }
  })();
  // The chat tab: type a draft, wait for the hint, clear, again.
  const latencies: number[] = [];
  const typing = (async () => {
    while (importing) {
      await box.fill('');
      await box.click();
      await chat.keyboard.type('you never listen to me', { delay: 10 });
      const t = performance.now();
      const ok = await hint(chat.mainFrame())
        .waitFor({ state: 'visible', timeout: 10_000 })
        .then(() => true)
        .catch(() => false);
      latencies.push(ok ? performance.now() - t : Infinity);
    }
  })();

  // Let the worker warm up (its start-up tidying), then measure the noise floor.
  await options.waitForTimeout(3000);
  floorFrom = Date.now();
  const loadBefore = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  await options.waitForTimeout(NOISE_MS);
  const floorLatencies = latencies.splice(0);

  started = Date.now();
  let saving = 0;
  void options.getByText(/^Saving /).first().waitFor({ timeout: 600_000 }).then(() => (saving = Date.now()), () => {});
  const start = performance.now();
  await options.locator('input[type=file]').setInputFiles(file);
  await options.locator('[data-testid=import-report]').waitFor({ timeout: 600_000 });
  const importMs = performance.now() - start;
  importing = false;
  await Promise.all([pinging, typing]);
  const report = (await options.locator('[data-testid=import-report]').innerText()).split('\n').slice(0, 3).join(' ').slice(0, 400);
  const { longest, during } = await options.evaluate(() => {
    const w = window as unknown as { __longest: number; __during: string };
    return { longest: w.__longest, during: w.__during };
  });
  const loadAfter = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const allStalls = await worker.evaluate(() => (globalThis as unknown as { __stalls: [number, number][] }).__stalls);
  const floorStalls = allStalls.filter(([t]) => t >= floorFrom && t < started);
  const stalls = allStalls.filter(([t]) => t >= started);
  type Probe = [string, number, number];
  const probe = await worker.evaluate(() => (globalThis as unknown as { __attuneImportProbe: [string, number, number][] }).__attuneImportProbe);
  const worst = (list: [number, number][]) => list.reduce((a, b) => (b[1] > a[1] ? b : a), [started, 0]);
  const [stallAt, stall] = worst(stalls);
  const [, stallSaving] = worst(stalls.filter(([t]) => saving && t >= saving));
  const at = (ms: number) => `at ${(ms / 1000).toFixed(1)} s`;

  const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'no hint');
  const max = (xs: number[]) => (xs.length ? Math.max(...xs) : 0);
  const median = (xs: number[]) => (xs.length ? xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)] : 0);
  console.log(`import of a ${(size / 1_000_000).toFixed(1)} MB export: ${(importMs / 1000).toFixed(1)} s — ${report}`);
  console.log(`options page, longest main-thread task:  ${longest ? `${ms(longest)} (during: ${during})` : '< 50 ms (no long task)'}   (goal ≤ 100 ms)`);
  console.log(`background, longest round trip:          ${ms(max(gaps))} ${at(worstGapAt)} over ${gaps.length} pings, median ${ms(median(gaps))}   (goal ≤ 100 ms)`);
  console.log(`background, its own longest stall:       ${ms(stall)} ${at(stallAt - started)}; ${ms(stallSaving)} once saving began ${at(saving - started)} (a 5 ms timer inside the service worker)`);
  console.log(`chat tab, last key → hint (incl. 400 ms pause): median ${ms(median(latencies))}, worst ${ms(max(latencies))} over ${latencies.length} drafts`);
  const [, floorStall] = worst(floorStalls);
  console.log(
    `noise floor (${NOISE_MS / 1000} s, chat typing, no import): round trip worst ${ms(max(floorGaps))}, median ${ms(median(floorGaps))} over ${floorGaps.length}; ` +
      `own stall worst ${ms(floorStall)}; hint median ${ms(median(floorLatencies))}, worst ${ms(max(floorLatencies))}`,
  );
  console.log(`load average: ${loadBefore} before, ${loadAfter} after`);
  // Per step: how often, total and longest (async steps include waits for IndexedDB, off the thread).
  const steps = new Map<string, number[]>();
  for (const [step, a, b] of probe) (steps.get(step) ?? steps.set(step, []).get(step)!).push(b - a);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  console.log(`import steps in the background: ${[...steps].map(([k, xs]) => `${k} ×${xs.length} total ${ms(sum(xs))} max ${ms(max(xs))}`).join('; ')}`);
  // The worst stalls once saving began, with the steps they overlapped.
  const overlapping = (t: number, len: number) =>
    [...new Set(probe.filter(([, a, b]: Probe) => a < t + len && b > t).map(([k]: Probe) => k))].join('+') || 'no step';
  const top = stalls.filter(([t]) => saving && t >= saving).sort((a, b) => b[1] - a[1]).slice(0, 8);
  console.log(`worst stalls while saving: ${top.map(([t, len]) => `${ms(len)} (${overlapping(t, len)})`).join(', ')}`);
  const over = (xs: [number, number][], limit: number) => xs.filter(([, len]) => len > limit).length;
  console.log(`stalls over 50 / 100 ms: noise floor ${over(floorStalls, 50)} / ${over(floorStalls, 100)} in ${NOISE_MS / 1000} s; import ${over(stalls, 50)} / ${over(stalls, 100)} in ${(importMs / 1000).toFixed(0)} s`);
} finally {
  await h.close();
  rmSync(dir, { recursive: true, force: true });
}
