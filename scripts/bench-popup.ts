/**
 * npm run bench:popup — the popup's open-to-interactive time in real headless Chromium.
 *
 * "Interactive" is the `attune:popup-interactive` performance mark: settings, check-ins and
 * the trust bank are loaded and the first view (the check-in) is drawn (components/popup/
 * PopupShell.vue). Measured from the page's time origin (navigation start), so Playwright's
 * own overhead is not counted. The first open is reported apart (cold: nothing cached yet),
 * then median and p95 of the warm opens — with no history, and with a year of check-ins and
 * trust-bank entries (scripts/lib/seed-year.ts) since the popup reads both on open.
 *
 * Needs the e2e build: `npm run build:e2e`. Figures, not assertions (shared, noisy machines).
 */
import type { Page } from 'playwright-core';
import { launchExtension } from '../tests/e2e/harness';
import { seedYear } from './lib/seed-year';

const RUNS = Number(process.env.RUNS ?? 15);

async function openOnce(page: Page, url: string): Promise<{ interactive: number; fcp: number }> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('attune:popup-interactive').length > 0, undefined, { timeout: 15_000 });
  return page.evaluate(() => ({
    interactive: performance.getEntriesByName('attune:popup-interactive')[0].startTime,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
}

function stats(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { median: at(0.5), p95: at(0.95), min: sorted[0], max: sorted[sorted.length - 1] };
}

async function series(page: Page, url: string, label: string) {
  const runs: { interactive: number; fcp: number }[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await openOnce(page, url));
  const i = stats(runs.map((r) => r.interactive));
  const f = stats(runs.map((r) => r.fcp));
  return { case: label, runs: RUNS, 'interactive median ms': i.median.toFixed(0), 'interactive p95 ms': i.p95.toFixed(0), 'first paint median ms': f.median.toFixed(0) };
}

async function seed(page: Page): Promise<{ checkins: number; trust: number }> {
  const data = seedYear({ patterns: 0 });
  return page.evaluate(
    ({ trust, checkins }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('attune');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['trust', 'checkins'], 'readwrite');
          trust.forEach((t) => tx.objectStore('trust').put(t));
          checkins.forEach((c) => tx.objectStore('checkins').put(c));
          tx.oncomplete = () => {
            db.close();
            resolve({ checkins: checkins.length, trust: trust.length });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { trust: data.trust, checkins: data.checkins },
  );
}

const h = await launchExtension({ viewport: { width: 400, height: 640 } });
try {
  const page = await h.context.newPage();
  const url = h.extensionUrl('popup.html');
  const cold = await openOnce(page, url);
  const rows = [
    { case: 'cold (first open)', runs: 1, 'interactive median ms': cold.interactive.toFixed(0), 'interactive p95 ms': '', 'first paint median ms': cold.fcp.toFixed(0) },
    await series(page, url, 'warm, no history'),
  ];
  const seeded = await seed(page);
  rows.push(await series(page, url, `warm, a year (${seeded.checkins} check-ins, ${seeded.trust} trust)`));
  console.log('Popup open-to-interactive (navigation start → data loaded and check-in drawn), headless Chromium');
  console.table(rows);
} finally {
  await h.close();
}
