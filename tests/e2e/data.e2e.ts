/**
 * Data that is never lost (issue 7), in real Chromium with the built extension:
 *
 *   3 fixture-site tabs ──reliableSend('logPattern') × 300 each, interleaved──▶ background
 *                              ▲ (in each tab's content-script world)      │ Dexie put by id
 *                              └── retries while the worker is stopped ◀───┘ stopped twice mid-run
 *
 * then the options page's export holds exactly 900 patterns: none missing, none twice.
 *
 * The sends run in the content script's own isolated world (found through DevTools), using
 * the real utils/messaging/reliable-send.ts bundled with esbuild, so they take the same path
 * as the content script's writes. The export is the real utils/storage/export.ts, run inside
 * options.html (the extension's origin, where the options page reads IndexedDB).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchExtension, ROOT, type Harness } from './harness';

const PER_TAB = 300;
const TABS = 3;

async function bundle(entry: string, globalName: string): Promise<string> {
  const out = await build({
    stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome120',
    alias: { '@': ROOT },
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}

/** The execution context id of Attune's content script in the page's main frame. */
async function contentScriptWorld(cdp: CDPSession, page: Page, extensionId: string): Promise<number> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const mainFrameId = frameTree.frame.id;
  let found: number | undefined;
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { frameId?: string; type?: string } | undefined;
    if (aux?.type === 'isolated' && aux.frameId === mainFrameId && context.origin === `chrome-extension://${extensionId}`) {
      found = context.id;
    }
  });
  await cdp.send('Runtime.enable'); // replays existing contexts
  for (let i = 0; i < 50 && found === undefined; i++) await page.waitForTimeout(100);
  if (found === undefined) throw new Error(`No Attune content script in ${page.url()}`);
  return found;
}

async function evaluateIn<T>(cdp: CDPSession, contextId: number, expression: string): Promise<T> {
  const res = await cdp.send('Runtime.evaluate', { expression, contextId, awaitPromise: true, returnByValue: true });
  if (res.exceptionDetails) {
    throw new Error(`${res.exceptionDetails.text} ${res.exceptionDetails.exception?.description ?? ''}`);
  }
  return res.result.value as T;
}

describe('data survives service-worker restarts (issue 7)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension({ build: 'chrome-mv3-e2e' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it(`three tabs log ${PER_TAB} findings each while the worker is stopped twice; the export has every one exactly once`, async () => {
    const sender = await bundle(
      `export { reliableSend, pendingSends } from './utils/messaging/reliable-send';`,
      'AttuneReliable',
    );
    const exporter = await bundle(
      `export { collectExport, exportJson } from './utils/storage/export';`,
      'AttuneExport',
    );

    // Three tabs of the fixture site, each with Attune's content script.
    const tabs = await Promise.all(
      Array.from({ length: TABS }, async (_, t) => {
        const page = await h.context.newPage();
        await page.goto(`${h.fixtureUrl}/${['textarea', 'contenteditable', 'multi'][t]}.html`);
        const cdp = await h.context.newCDPSession(page);
        const world = await contentScriptWorld(cdp, page, h.extensionId);
        await evaluateIn(cdp, world, `${sender}; globalThis.AttuneReliable = AttuneReliable; true`);
        return { page, cdp, world };
      }),
    );

    const categories = ['rushed-fix', 'assumption', 'outsourcing', 'reflective'];
    const done = tabs.map(() => false);
    const runs = tabs.map(({ cdp, world }, t) =>
      evaluateIn<{ sent: number; failed: string[] }>(
        cdp,
        world,
        `(async () => {
          const sends = [];
          const failed = [];
          for (let i = 0; i < ${PER_TAB}; i++) {
            const entry = {
              id: 'e2e-tab${t}-' + i,
              time: Date.now(),
              site: location.host,
              category: ${JSON.stringify(categories)}[i % 4],
              reason: 'e2e-reason',
              phrase: 'calm down',
              outcome: 'shown',
            };
            sends.push(AttuneReliable.reliableSend('logPattern', entry).catch((e) => failed.push(entry.id + ': ' + e.message)));
            // Interleave with the other tabs: a few sends, then yield.
            if (i % 3 === 2) await new Promise((r) => setTimeout(r, 15));
            // After each third, wait (with sends still queued) until the test has restarted the
            // worker: the restarts land mid-run however fast or slow this machine is.
            const third = Math.floor((i + 1) / (${PER_TAB} / 3));
            if ((i + 1) % (${PER_TAB} / 3) === 0 && third < 3) {
              globalThis.__reached = third;
              while ((globalThis.__gate ?? 0) < third) await new Promise((r) => setTimeout(r, 10));
            }
          }
          await Promise.all(sends);
          return { sent: sends.length, failed };
        })()`,
      ).finally(() => (done[t] = true)),
    );

    // Stop the worker twice while the tabs are sending. (ServiceWorker.stopAllServiceWorkers is
    // not offered to page sessions; closing the worker's DevTools target stops it the same way.)
    const control = await h.context.newCDPSession(tabs[0].page);
    const currentWorker = () => h.context.serviceWorkers().find((w) => w.url().startsWith(h.extensionUrl('')));
    const wake = () => evaluateIn(tabs[2].cdp, tabs[2].world, `AttuneReliable.reliableSend('storageUsage').then(() => true)`);
    /** The running worker's mark: 'old' (the one we marked), 'fresh' (a new one), or an error. */
    const marker = async () => {
      await wake(); // as the content script would
      const w = currentWorker();
      return w ? await w.evaluate(() => (self as unknown as { e2eMarker?: string }).e2eMarker ?? 'fresh') : 'none';
    };
    const markWorker = async () => {
      await wake();
      await currentWorker()!.evaluate(() => ((self as unknown as { e2eMarker?: string }).e2eMarker = 'old'));
      return 'marked';
    };
    /** Marks the running worker, stops it, and waits until a fresh one (no mark) serves again. */
    const restartWorker = async (phase: number): Promise<void> => {
      // Every tab has sent its first `phase` thirds and is waiting for the gate.
      await expect
        .poll(() => Promise.all(tabs.map((t) => evaluateIn<number>(t.cdp, t.world, 'globalThis.__reached ?? 0'))), { timeout: 30_000 })
        .toEqual(tabs.map(() => phase));
      expect(done.every(Boolean), 'the tabs were still sending').toBe(false);
      await expect.poll(() => markWorker().catch((e) => String(e)), { timeout: 10_000 }).toBe('marked');
      const { targetInfos } = await control.send('Target.getTargets');
      const workers = targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(h.extensionUrl('')));
      expect(workers).toHaveLength(1);
      await control.send('Target.closeTarget', { targetId: workers[0].targetId });
      await expect.poll(() => marker().catch((e) => String(e)), { timeout: 10_000 }).toBe('fresh');
      restarts++;
      await Promise.all(tabs.map((t) => evaluateIn(t.cdp, t.world, `globalThis.__gate = ${phase}; true`)));
    };
    let restarts = 0;
    await restartWorker(1);
    await restartWorker(2);

    const results = await Promise.all(runs);
    for (const r of results) {
      expect(r.failed).toEqual([]);
      expect(r.sent).toBe(PER_TAB);
    }
    expect(restarts).toBe(2);

    // The options page's export.
    const options = await h.context.newPage();
    await options.goto(h.extensionUrl('options.html'));
    const json = await options.evaluate(`${exporter};\nAttuneExport.exportJson()`);
    const data = JSON.parse(json as string) as { format: string; version: number; patterns: { id: string }[] };
    expect(data).toMatchObject({ format: 'attune-export', version: 1 });
    const ids = data.patterns.map((p) => p.id).filter((id) => id.startsWith('e2e-'));
    const unique = new Set(ids);
    const expected = Array.from({ length: TABS }, (_, t) => Array.from({ length: PER_TAB }, (_, i) => `e2e-tab${t}-${i}`)).flat();
    expect(ids.length).toBe(TABS * PER_TAB); // exact count
    expect(unique.size).toBe(ids.length); // no duplicates
    expect(expected.filter((id) => !unique.has(id))).toEqual([]); // none missing
    // The daily rollup the options page's charts read was kept in step with every write
    // (same transaction), restarts and all: its total equals the log's row count.
    const counts = (await options.evaluate(
      () =>
        new Promise<{ rows: number; rolled: number }>((resolve, reject) => {
          const open = indexedDB.open('attune');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['patterns', 'patternDays']);
            const count = tx.objectStore('patterns').count();
            const days = tx.objectStore('patternDays').getAll();
            tx.oncomplete = () => {
              open.result.close();
              resolve({ rows: count.result, rolled: (days.result as { total: number }[]).reduce((a, d) => a + d.total, 0) });
            };
          };
        }),
      undefined,
    ));
    expect(counts.rolled).toBe(counts.rows);
    console.log(`[data.e2e] ${ids.length} entries exported with ${restarts} worker restarts mid-run; rollup total ${counts.rolled} = ${counts.rows} rows`);
  });
});
