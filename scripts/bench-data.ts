/**
 * `npm run bench:data`: how fast stored data is. Two figures, each measured twice:
 *
 *   1. log one finding, content script → stored
 *      - Chromium: reliableSend('logPattern') from the content script's world of a fixture tab
 *        to the real background, until the background answers (after the Dexie commit and the
 *        revision bump); 300 sequential sends.
 *      - Node: the background's handler alone (validation, put, revision bump) on
 *        fake-indexeddb, fed a structured clone of the message; 500 runs.
 *   2. the options page's query over a year of heavy use: 100,000 patterns-log entries,
 *      filtered by category and date range, 20 runs each:
 *      - what the page now does: the daily rollup for the range (queryRollup, ~30–365 rows)
 *        summarised for the category (summariseDays), and the entry list's first page
 *        (queryPatterns with limit 50);
 *      - queryPatterns without a limit (every matching row), and references that explain its
 *        cost: one raw IndexedDB getAll of the same index range, Dexie's toArray() on it, and
 *        Dexie with .reverse() / .and() (cursor walks: one request per row)
 *      - Chromium: in options.html of the built extension (real IndexedDB), the figure that counts;
 *      - Node: fake-indexeddb, an in-memory IndexedDB written in JS — several times slower
 *        than Chromium's, shown only for comparison.
 *
 * Chromium needs a build (`npm run build:e2e`); without one that part is skipped.
 * `--node` runs only the Node part. `--json` prints one JSON line for scripts/bench.ts.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';

// wxt/utils/storage talks to `browser`/`chrome`; give it WXT's in-memory fake.
(globalThis as Record<string, unknown>).chrome = fakeBrowser;
(globalThis as Record<string, unknown>).browser = fakeBrowser;

const { dataHandlers } = await import('../utils/background/handlers');
const { getDb } = await import('../utils/storage/db');
const { queryPatterns, countPatternsByCategory, queryRollup } = await import('../utils/storage/queries');
const { rebuildRollup, localDay } = await import('../utils/storage/rollup');
const { summariseDays } = await import('../utils/insights/patterns');
type PatternEntry = import('../utils/storage/records').PatternEntry;

const CATEGORIES = ['rushed-fix', 'assumption', 'outsourcing', 'reflective'] as const;
const SITES = ['web.whatsapp.com', 'app.slack.com', 'discord.com', 'mail.google.com', 'www.messenger.com'];
const DAY = 86_400_000;
const NOW = Date.now();

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
  return { median: at(0.5), p95: at(0.95) };
}
const ms = (n: number) => `${n.toFixed(2)} ms`;

async function time(fn: () => Promise<unknown>, runs: number, warmup = 3): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

function entry(i: number): PatternEntry {
  return {
    id: `bench-${i}`,
    // A year, heaviest in the evenings, spread over sites and categories.
    time: NOW - Math.floor((i / 100_000) * 365 * DAY) - (i % 97) * 60_000,
    site: SITES[i % SITES.length],
    category: CATEGORIES[(i * 7) % 4],
    reason: `reason-${i % 23}`,
    phrase: ['calm down', 'you always', 'you never listen', 'you make me feel'][i % 4],
    outcome: (['shown', 'used', 'dismissed', 'edited'] as const)[i % 4],
  };
}

const db = await getDb();
const JSON_OUT = process.argv.includes('--json');

// ── Chromium ──────────────────────────────────────────────────────────────────
type Stat = { median: number; p95: number };
let chromium: { logFinding: Stat; queries: Record<string, Stat & { rows: number }> } | { skipped: string } = {
  skipped: 'not run (--node)',
};
if (!process.argv.includes('--node')) chromium = await benchChromium().catch((e: unknown) => ({ skipped: String(e) }));

async function benchChromium() {
  const { launchExtension, ROOT } = await import('../tests/e2e/harness');
  const { build } = await import('esbuild');
  const bundle = async (entry: string, globalName: string) =>
    (
      await build({
        stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
        bundle: true,
        write: false,
        format: 'iife',
        globalName,
        target: 'chrome120',
        logLevel: 'silent',
      })
    ).outputFiles[0].text;
  const h = await launchExtension({ build: 'chrome-mv3-e2e' });
  try {
    // 1. content script → stored, through the real background.
    const tab = await h.context.newPage();
    await tab.goto(`${h.fixtureUrl}/textarea.html`);
    const cdp = await h.context.newCDPSession(tab);
    const { frameTree } = await cdp.send('Page.getFrameTree');
    let world: number | undefined;
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { frameId?: string; type?: string } | undefined;
      if (aux?.type === 'isolated' && aux.frameId === frameTree.frame.id && context.origin === `chrome-extension://${h.extensionId}`) world = context.id;
    });
    await cdp.send('Runtime.enable');
    for (let i = 0; i < 50 && world === undefined; i++) await tab.waitForTimeout(100);
    if (world === undefined) throw new Error('no content script on the fixture page');
    const evalIn = async (expression: string) => {
      const r = await cdp.send('Runtime.evaluate', { expression, contextId: world, awaitPromise: true, returnByValue: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
      return r.result.value;
    };
    await evalIn(`${await bundle(`export { reliableSend } from './utils/messaging/reliable-send';`, 'AttuneReliable')}; globalThis.AttuneReliable = AttuneReliable; true`);
    const logSamples = (await evalIn(`(async () => {
      const out = [];
      for (let i = 0; i < 320; i++) {
        const t = performance.now();
        await AttuneReliable.reliableSend('logPattern', { id: 'bench-log-' + i, time: Date.now(), site: location.host,
          category: 'assumption', reason: 'bench', phrase: 'you always', outcome: 'shown' });
        if (i >= 20) out.push(performance.now() - t);
      }
      return out;
    })()`)) as number[];

    // 2. The options page's queries over 100,000 entries (filled directly: a throwaway profile).
    const options = await h.context.newPage();
    await options.goto(h.extensionUrl('options.html'));
    const lib = await bundle(
      `export { getDb } from './utils/storage/db'; export { queryPatterns, countPatternsByCategory, queryRollup } from './utils/storage/queries';
       export { rebuildRollup, localDay } from './utils/storage/rollup'; export { summariseDays } from './utils/insights/patterns';`,
      'AttuneQueries',
    );
    await options.evaluate(`${lib}; globalThis.AttuneQueries = AttuneQueries; true`);
    await options.evaluate(`(async () => {
      const db = await AttuneQueries.getDb();
      const CATS = ${JSON.stringify(CATEGORIES)}, SITES = ${JSON.stringify(SITES)}, NOW = ${NOW}, DAY = ${DAY};
      const OUT = ['shown', 'used', 'dismissed', 'edited'], PH = ['calm down', 'you always', 'you never listen', 'you make me feel'];
      for (let i = 0; i < 100000; i += 10000) {
        const rows = [];
        for (let j = i; j < i + 10000; j++) rows.push({ id: 'bench-' + j, time: NOW - Math.floor((j / 100000) * 365 * DAY) - (j % 97) * 60000,
          site: SITES[j % SITES.length], category: CATS[(j * 7) % 4], reason: 'reason-' + (j % 23), phrase: PH[j % 4], outcome: OUT[j % 4] });
        await db.patterns.bulkPut(rows);
      }
      // Written around the background: build the daily rollup once, as the seed does.
      await db.transaction('rw', db.patterns, db.patternDays, () => AttuneQueries.rebuildRollup(db.patterns, db.patternDays));
      return db.patterns.count();
    })()`);
    // Let IndexedDB's store settle (LevelDB compacts after 100,000 writes) before timing reads.
    await options.waitForTimeout(5000);
    const monthDays = `{ fromDay: AttuneQueries.localDay(${NOW - 30 * DAY}), toDay: AttuneQueries.localDay(${NOW}) }`;
    const rangeRef = `[['assumption', ${NOW - 30 * DAY}], ['assumption', ${NOW}]]`;
    const queryDefs: Record<string, string> = {
      'OPTIONS PAGE: rollup, one category, last 30 days → summary': `AttuneQueries.queryRollup(${monthDays}).then((days) => ({ rows: AttuneQueries.summariseDays(days, { categories: ['assumption'], ...${monthDays} }).total }))`,
      'OPTIONS PAGE: rollup, one category + one site, whole year → summary': `AttuneQueries.queryRollup().then((days) => ({ rows: AttuneQueries.summariseDays(days, { categories: ['assumption'], sites: ['discord.com'] }).total }))`,
      'OPTIONS PAGE: entry list, one category, last 30 days, newest 50': `AttuneQueries.queryPatterns({ categories: ['assumption'], from: ${NOW - 30 * DAY}, to: ${NOW}, limit: 50 })`,
      'OPTIONS PAGE: entry list, one category + one site, whole year, newest 50': `AttuneQueries.queryPatterns({ categories: ['assumption'], sites: ['discord.com'], limit: 50 })`,
      'one category, last 30 days': `AttuneQueries.queryPatterns({ categories: ['assumption'], from: ${NOW - 30 * DAY}, to: ${NOW} })`,
      'two categories, a 90-day range': `AttuneQueries.queryPatterns({ categories: ['rushed-fix', 'outsourcing'], from: ${NOW - 120 * DAY}, to: ${NOW - 30 * DAY} })`,
      'one category, whole year (all rows)': `AttuneQueries.queryPatterns({ categories: ['reflective'] })`,
      'one category, whole year, newest 500': `AttuneQueries.queryPatterns({ categories: ['rushed-fix'], limit: 500 })`,
      'one category + one site, 30 days': `AttuneQueries.queryPatterns({ categories: ['assumption'], sites: ['discord.com'], from: ${NOW - 30 * DAY}, to: ${NOW} })`,
      'counts per category, whole year (index only)': `AttuneQueries.countPatternsByCategory({})`,
      // References for 'one category, last 30 days' (why a Dexie collection is slower).
      'ref: Dexie where().between().toArray() (getAll inside Dexie)': `AttuneQueries.getDb().then((db) => db.patterns.where('[category+time]').between(...${rangeRef}, true, true).toArray())`,
      'ref: Dexie ….reverse().toArray() (cursor walk)': `AttuneQueries.getDb().then((db) => db.patterns.where('[category+time]').between(...${rangeRef}, true, true).reverse().toArray())`,
      'ref: Dexie ….and(filter).toArray() (cursor walk)': `AttuneQueries.getDb().then((db) => db.patterns.where('[category+time]').between(...${rangeRef}, true, true).and((e) => e.site !== '').toArray())`,
      // Reference: the same range as the first query, raw IndexedDB without Dexie.
      'raw IndexedDB getAll, one category, last 30 days': `new Promise((resolve) => {
        const open = indexedDB.open('attune');
        open.onsuccess = () => {
          const q = open.result.transaction('patterns').objectStore('patterns').index('[category+time]')
            .getAll(IDBKeyRange.bound(['assumption', ${NOW - 30 * DAY}], ['assumption', ${NOW}]));
          q.onsuccess = () => { open.result.close(); resolve(q.result); };
        };
      })`,
    };
    const queries: Record<string, Stat & { rows: number }> = {};
    for (const [name, expr] of Object.entries(queryDefs)) {
      const r = (await options.evaluate(`(async () => {
        const run = () => ${expr};
        const first = await run();
        const rows = Array.isArray(first) ? first.length : 'rows' in first ? first.rows : Object.values(first).reduce((a, b) => a + b, 0);
        for (let i = 0; i < 3; i++) await run();
        const samples = [];
        for (let i = 0; i < 20; i++) { const t = performance.now(); await run(); samples.push(performance.now() - t); }
        return { rows, samples };
      })()`)) as { rows: number; samples: number[] };
      queries[name] = { ...stats(r.samples), rows: r.rows };
    }
    return { logFinding: stats(logSamples), queries };
  } finally {
    await h.close();
  }
}

// ── Node + fake-indexeddb ─────────────────────────────────────────────────────
// 1. Log one finding.
let n = 0;
const log = await time(() => dataHandlers.logPattern(structuredClone(entry(1_000_000 + n++))), 500, 20);
await db.patterns.clear();

// 2. A year of heavy use.
const fillStart = performance.now();
const BATCH = 10_000;
for (let i = 0; i < 100_000; i += BATCH) {
  await db.patterns.bulkPut(Array.from({ length: BATCH }, (_, j) => entry(i + j)));
}
await db.transaction('rw', db.patterns, db.patternDays, () => rebuildRollup(db.patterns, db.patternDays));
const fillMs = performance.now() - fillStart;

const month = { from: NOW - 30 * DAY, to: NOW };
const quarter = { from: NOW - 120 * DAY, to: NOW - 30 * DAY };
const monthDays = { fromDay: localDay(NOW - 30 * DAY), toDay: localDay(NOW) };
const queries = {
  'OPTIONS PAGE: rollup, one category, last 30 days → summary': async () => [
    summariseDays(await queryRollup(monthDays), { categories: ['assumption'], ...monthDays }).total,
  ],
  'OPTIONS PAGE: entry list, one category, last 30 days, newest 50': () => queryPatterns({ categories: ['assumption'], ...month, limit: 50 }),
  'one category, last 30 days (~2,000 rows)': () => queryPatterns({ categories: ['assumption'], ...month }),
  'two categories, a 90-day range (~12,000 rows)': () => queryPatterns({ categories: ['rushed-fix', 'outsourcing'], ...quarter }),
  'one category, whole year, newest 500': () => queryPatterns({ categories: ['rushed-fix'], limit: 500 }),
  'one category + one site, 30 days': () => queryPatterns({ categories: ['assumption'], sites: ['discord.com'], ...month }),
  'counts per category, whole year (index only)': () => countPatternsByCategory({}),
};
const results: Record<string, { median: number; p95: number; rows: number }> = {};
for (const [name, run] of Object.entries(queries)) {
  const rows = await run();
  const t = await time(run, 20);
  results[name] = {
    ...t,
    rows: name.includes('→ summary') ? (rows as number[])[0] : Array.isArray(rows) ? rows.length : Object.values(rows as Record<string, number>).reduce((a, b) => a + b, 0),
  };
}

if (JSON_OUT) {
  console.log(JSON.stringify({ chromium, node: { logFinding: log, queries: results, fillMs } }));
} else {
  if ('skipped' in chromium) console.log(`Chromium part skipped: ${chromium.skipped}`);
  else {
    console.log('Attune stored data — real Chromium, built extension (.output/chrome-mv3-e2e)');
    console.log(`log one finding, content script → stored (n=300): median ${ms(chromium.logFinding.median)}, p95 ${ms(chromium.logFinding.p95)}`);
    for (const [name, r] of Object.entries(chromium.queries)) {
      const target = name.startsWith('ref:') ? '' : `  [${r.p95 <= 100 ? 'ok' : 'OVER 100 ms'}]`;
      console.log(`on 100,000 entries: ${name}: ${r.rows} ${name.includes('→ summary') ? 'entries counted' : 'rows'}, median ${ms(r.median)}, p95 ${ms(r.p95)}${target}`);
    }
    console.log('');
  }
  console.log('Node + fake-indexeddb (in-memory IndexedDB written in JS; for comparison only)');
  console.log(`log one finding, message → stored (n=500): median ${ms(log.median)}, p95 ${ms(log.p95)}`);
  console.log(`(filled 100,000 patterns-log entries in ${(fillMs / 1000).toFixed(1)} s)`);
  for (const [name, r] of Object.entries(results)) {
    console.log(`${name}: ${r.rows} ${name.includes('→ summary') ? 'entries counted' : 'rows'}, median ${ms(r.median)}, p95 ${ms(r.p95)}`);
  }
}
db.close();
