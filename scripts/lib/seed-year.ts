/**
 * A year of heavy use, for the options page's e2e test and bench: 100,000 patterns-log
 * entries, a check-in most mornings and evenings, a few trust-bank entries a day.
 * Deterministic (seeded PRNG), so two runs seed the same data.
 *
 * Shaped so that the insights have something true to say: rushed fixes cluster late in the
 * evening, assumption language halves over the last month, reflective replies grow.
 */
import { FEELINGS_WHEEL, NEEDS } from '../../utils/analysis/feelings';
import type { CheckinEntry, PatternEntry, TrustEntry } from '../../utils/storage/records';

export interface SeedOptions {
  /** End of the year (epoch ms). */
  now?: number;
  patterns?: number;
  days?: number;
  seed?: number;
}

export interface SeedYear {
  patterns: PatternEntry[];
  trust: TrustEntry[];
  checkins: CheckinEntry[];
}

export function seedYear(options: SeedOptions = {}): SeedYear {
  const now = options.now ?? Date.now();
  const count = options.patterns ?? 100_000;
  // 364 days: everything stays inside the default one-year retention.
  const days = options.days ?? 364;
  let state = (options.seed ?? 20250301) >>> 0;
  const rand = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const weighted = <T>(list: readonly (readonly [T, number])[]): T => {
    const sum = list.reduce((a, [, w]) => a + w, 0);
    let r = rand() * sum;
    for (const [v, w] of list) if ((r -= w) < 0) return v;
    return list[list.length - 1][0];
  };
  const DAY = 86_400_000;
  const HOUR = 3_600_000;
  const start = now - days * DAY;

  const PHRASES = {
    'rushed-fix': [
      ['you should just', 'advice-should'],
      ['calm down', 'minimising-calm-down'],
      ["don't worry about it", 'minimising-dont-worry'],
      ["it's not a big deal", 'minimising-not-big-deal'],
      ['have you tried', 'advice-have-you-tried'],
      ["why don't you", 'advice-why-dont-you'],
      ['just ignore them', 'advice-just'],
      ['get over it', 'minimising-get-over-it'],
      ['at least you', 'silver-lining-at-least'],
    ],
    assumption: [
      ['you always', 'absolute-always'],
      ['you never', 'absolute-never'],
      ["you obviously don't care", 'mind-reading-obviously'],
      ['i know you think', 'mind-reading-i-know'],
      ['you just want to win', 'motive-just-want'],
      ['typical of you', 'label-typical'],
      ["you're so lazy", 'label-you-are'],
    ],
    outsourcing: [
      ['you make me feel', 'cause-make-me-feel'],
      ['you made me so angry', 'cause-made-me'],
      ["it's your fault", 'blame-your-fault'],
      ['fix this', 'demand-fix'],
      ['because of you', 'cause-because-of-you'],
    ],
    reflective: [
      ['it sounds like', 'reflect-sounds-like'],
      ['i hear how', 'reflect-i-hear'],
      ['that must have', 'validate-must-have'],
      ['what was that like', 'open-question-what-like'],
      ['how are you feeling', 'open-question-feeling'],
    ],
  } as const;
  const SITES: readonly (readonly [string, number])[] = [
    ['web.whatsapp.com', 40],
    ['app.slack.com', 14],
    ['www.messenger.com', 12],
    ['web.telegram.org', 9],
    ['discord.com', 8],
    ['mail.google.com', 6],
    ['www.instagram.com', 5],
    ['messages.google.com', 3],
    ['chat.example.org', 3],
  ];
  const OUTCOMES = [
    ['used', 30],
    ['edited', 12],
    ['dismissed', 20],
    ['sent-anyway', 22],
    ['not-a-pattern', 3],
    ['shown', 13],
  ] as const;
  const lateHour = () => weighted([[21, 5], [22, 5], [23, 4], [20, 2], [19, 1], [12, 1], [9, 1]] as const);
  const dayHour = () => weighted([[8, 2], [9, 2], [12, 3], [13, 2], [17, 2], [18, 3], [19, 3], [20, 3], [21, 2], [22, 2], [23, 1]] as const);

  const patterns: PatternEntry[] = [];
  for (let i = 0; i < count; i++) {
    const dayIndex = Math.floor(rand() * days);
    const age = days - dayIndex; // days before now
    // Assumption language halves in the last 30 days; reflective replies grow over the year.
    const category = weighted([
      ['rushed-fix', 34],
      ['assumption', age <= 30 ? 11 : 26],
      ['outsourcing', 14],
      ['reflective', 12 + (dayIndex / days) * 18],
    ] as const);
    const hour = category === 'rushed-fix' ? lateHour() : dayHour();
    const midnight = new Date(start + dayIndex * DAY);
    midnight.setHours(0, 0, 0, 0);
    let time = midnight.getTime() + hour * HOUR + Math.floor(rand() * HOUR);
    if (time > now) time = now - Math.floor(rand() * HOUR);
    const [phrase, reason] = pick<readonly [string, string]>(PHRASES[category]);
    patterns.push({
      id: `seed-p-${i}`,
      time,
      site: weighted(SITES),
      category,
      reason,
      phrase,
      outcome: category === 'reflective' ? 'shown' : weighted(OUTCOMES),
    });
  }
  patterns.sort((a, b) => a.time - b.time);

  const FEELINGS = FEELINGS_WHEEL.map((f) => [f.core, f.words] as const);
  const checkins: CheckinEntry[] = [];
  const trust: TrustEntry[] = [];
  const NOTES = [
    'Made me tea without asking when I was stressed',
    'Listened to the whole story about work before saying anything',
    'Texted to ask how the appointment went',
    'Took the kids so I could rest',
    'Said sorry first after our argument',
    'Noticed I was quiet and asked about it',
  ];
  for (let d = 0; d <= days; d++) {
    const midnight = new Date(start + d * DAY);
    midnight.setHours(0, 0, 0, 0);
    const base = midnight.getTime();
    for (const [slot, hour] of [['morning', 8], ['evening', 21]] as const) {
      if (rand() < 0.82) {
        const time = base + hour * HOUR + Math.floor(rand() * HOUR);
        if (time > now) continue;
        const [core, words] = pick(FEELINGS);
        const entry: CheckinEntry = { id: `seed-c-${d}-${slot}`, time, slot, feeling: pick(words), core, need: pick(NEEDS) };
        if (rand() < 0.15) entry.note = 'Long day, but a good talk in the evening.';
        checkins.push(entry);
      }
    }
    const deposits = 1 + Math.floor(rand() * 4);
    for (let k = 0; k < deposits; k++) {
      const time = base + (9 + Math.floor(rand() * 13)) * HOUR + Math.floor(rand() * HOUR);
      if (time > now) continue;
      const kind = weighted([['reflection', 5], ['check-in', 4], ['gratitude', 3], ['repair', 1], ['silent-sync', 2]] as const);
      trust.push({ id: `seed-t-${d}-${k}`, time, direction: 'deposit', kind });
    }
    if (rand() < 0.3) {
      const time = base + 20 * HOUR;
      if (time <= now) trust.push({ id: `seed-t-${d}-w`, time, direction: 'withdrawal', kind: rand() < 0.7 ? 'dismissal' : 'mockery' });
    }
    if (midnight.getDay() === 0) {
      const time = base + 19 * HOUR;
      if (time <= now) trust.push({ id: `seed-t-${d}-p`, time, direction: 'deposit', kind: 'partner-deposit', note: pick(NOTES) });
    }
  }
  return { patterns, trust, checkins };
}

/** The part of a Playwright page that seedInPage() needs (kept structural: no import). */
interface EvaluatingPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate<R>(expression: string): Promise<R>;
}

let seedLib: Promise<string> | null = null;
/** The storage code the seed runs in the page (Dexie, getDb, rebuildRollup), bundled once. */
function seedLibrary(): Promise<string> {
  seedLib ??= (async () => {
    const { build } = await import('esbuild');
    const path = await import('node:path');
    const { fileURLToPath } = await import('node:url');
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const out = await build({
      stdin: {
        contents: `export { getDb } from './utils/storage/db'; export { rebuildRollup } from './utils/storage/rollup';`,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
      globalName: 'AttuneSeed',
      target: 'chrome120',
      logLevel: 'silent',
    });
    return out.outputFiles[0].text;
  })();
  return seedLib;
}

/**
 * Writes a seeded year straight into the extension's IndexedDB from one of its own pages
 * (same origin as the background), then bumps `local:revision` so open pages re-read.
 * Test-only: the release code path for bulk data is the import message, which validates.
 *
 * Fast: the rows travel as JSON strings in chunks (cheap over the DevTools protocol), then ONE
 * Dexie transaction bulkPuts them all and builds the daily rollup once at the end with
 * rebuildRollup() — the same code the schema upgrade and the repair use — instead of updating
 * it row by row.
 */
export async function seedInPage(page: EvaluatingPage, data: SeedYear, chunk = 25_000): Promise<SeedTimings> {
  const t0 = Date.now();
  await page.evaluate(`${await seedLibrary()}; globalThis.AttuneSeed = AttuneSeed; globalThis.__attuneSeed = []; true`);
  for (const [store, rows] of [['patterns', data.patterns], ['trust', data.trust], ['checkins', data.checkins]] as const) {
    for (let i = 0; i < rows.length; i += chunk) {
      await page.evaluate(
        ({ store, json }) => void (globalThis as unknown as { __attuneSeed: [string, string][] }).__attuneSeed.push([store, json]),
        { store, json: JSON.stringify(rows.slice(i, i + chunk)) },
      );
    }
  }
  const transferMs = Date.now() - t0;
  const inPage = await page.evaluate<{ writeMs: number; rollupMs: number }>(`(async () => {
    const db = await AttuneSeed.getDb();
    let t = performance.now(), writeMs = 0;
    await db.transaction('rw', [db.patterns, db.patternDays, db.trust, db.checkins], async (tx) => {
      // Raw puts on the transaction's own IDBTransaction: Dexie's bulkPut would also feed its
      // change-tracking middleware every key of every index (slow for 100,000 rows).
      const idb = tx.idbtrans;
      for (const [store, json] of globalThis.__attuneSeed) {
        const os = idb.objectStore(store);
        for (const row of JSON.parse(json)) os.put(row);
      }
      await db.patterns.count(); // after every put above (same transaction, requests in order)
      writeMs = performance.now() - t;
      t = performance.now();
      await AttuneSeed.rebuildRollup(db.patterns, db.patternDays);
    });
    const rollupMs = performance.now() - t;
    globalThis.__attuneSeed = [];
    db.close();
    return { writeMs, rollupMs };
  })()`);
  await page.evaluate(
    (revision) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ revision }),
    Date.now(),
  );
  return { transferMs, ...inPage, totalMs: Date.now() - t0 };
}

export interface SeedTimings {
  /** Rows sent to the page as JSON. */
  transferMs: number;
  /** The puts, in the one transaction. */
  writeMs: number;
  /** rebuildRollup() and the commit. */
  rollupMs: number;
  totalMs: number;
}
