/**
 * npm run bench:analysis — for drafts of 280 / 1,000 / 5,000 / 50,000 characters:
 *   full         a plain full compromise parse of the draft (nlp(text), the full build)
 *   incremental  IncrementalAnalyzer after a one-character edit in the middle (cache warm)
 *   cold         analyze() of a freshly pasted draft (nothing cached)
 * and the learned scorer's own cost per sentence (features + weights).
 * median and p95 over many runs in one process, and each one's ratio to the full parse.
 * For 50,000 characters it also reports the longest synchronous slice of analyzeChunked().
 * The drafts are generated chat text written for this bench (not the corpus).
 */
import { loadavg } from 'node:os';
import nlp from 'compromise';
import { analyze, IncrementalAnalyzer } from '../utils/analysis';
import { analyzeSegment } from '../utils/analysis/engine';
import { DEFAULT_SCORER } from '../utils/analysis/scorer';
import { segmentFeatures } from '../utils/analysis/scorer/features';

const SENTENCES = [
  'hey so I talked to my manager today and it did not go well at all',
  "I'm honestly so tired of this, every week it's the same thing.",
  'you should just tell him how you feel tbh',
  'Did you end up going to the thing on Saturday?',
  'lol yeah the train was late again 🙄',
  'That sounds really stressful, how are you holding up?',
  "don't worry about it, it's not a big deal.",
  'we could get pizza later if you want',
  'I always forget to water the plants when I travel.',
  "you never listen when I'm talking about work",
  'Have you tried sleeping earlier?',
  'my sister is coming over on Friday so the flat is a mess',
  'it must have been hard to hear that from her.',
  'ok see you at 7, I will bring the charger',
];

function draft(chars: number, seed: number): string {
  let out = '';
  let i = seed;
  while (out.length < chars) {
    out += (out ? ' ' : '') + SENTENCES[i % SENTENCES.length];
    i = (i * 7 + 3) % 9973;
  }
  return out.slice(0, chars);
}

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! };
}

/** Wall-clock ms of fn; its process CPU ms is pushed to `cpu` (immune to being descheduled). */
let cpu: number[] = [];
function time(fn: () => void): number {
  const c = process.cpuUsage();
  const t = performance.now();
  fn();
  const wall = performance.now() - t;
  const u = process.cpuUsage(c);
  cpu.push((u.user + u.system) / 1000);
  return wall;
}
function takeCpu(): { median: number; p95: number } {
  const s = stats(cpu);
  cpu = [];
  return s;
}

const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0)).padStart(8);
const ratio = (a: number, b: number) => `${(a / b).toFixed(a / b < 0.1 ? 3 : 2)}×`.padStart(8);

// Warm up the JIT and compile the rule net.
for (let i = 0; i < 30; i++) {
  analyze(draft(600, i));
  nlp(draft(300, i));
}

const SIZES: [number, number, number][] = [
  // chars, runs (full / cold), runs (incremental)
  [280, 200, 600],
  [1000, 80, 600],
  [5000, 30, 600],
  [50000, 5, 300],
];

console.log(`load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (wall-clock times; other processes inflate p95)`);
console.log('chars   path          median ms   p95 ms   median/full  p95/full   | CPU median   p95');
for (const [chars, runs, incRuns] of SIZES) {
  cpu = [];
  const full = stats(Array.from({ length: runs }, (_, i) => time(() => nlp(draft(chars, i)))));
  const fullCpu = takeCpu();

  const cold = stats(
    Array.from({ length: runs }, (_, i) => {
      const text = draft(chars, 1000 + i);
      return time(() => analyze(text));
    }),
  );
  const coldCpu = takeCpu();

  // One-character edits near the middle of the same draft: each run inserts one letter into the
  // base text at a different place or with a different letter, so the edited sentence is never
  // already cached, while the rest of the draft is (as while typing).
  const analyzer = new IncrementalAnalyzer();
  const base = draft(chars, 7);
  analyzer.analyze(base);
  const mid = Math.floor(chars / 2);
  const span = Math.min(300, Math.floor(chars / 3));
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  cpu = [];
  const inc = stats(
    Array.from({ length: incRuns }, (_, i) => {
      const at = mid - Math.floor(span / 2) + (i % span);
      const t = base.slice(0, at) + letters[(i * 7) % 26] + base.slice(at);
      return time(() => analyzer.analyze(t));
    }),
  );
  const incCpu = takeCpu();

  for (const [name, s, c] of [
    ['full parse', full, fullCpu],
    ['incremental', inc, incCpu],
    ['cold', cold, coldCpu],
  ] as const) {
    console.log(
      `${String(chars).padStart(6)}  ${name.padEnd(12)} ${fmt(s.median)} ${fmt(s.p95)}  ${ratio(s.median, full.median)}  ${ratio(s.p95, full.p95)}   | ${fmt(c.median)} ${fmt(c.p95)}`,
    );
  }
}

// The worst case, chunked: the longest stretch analyzeChunked() keeps the thread busy.
{
  const text = draft(50000, 4242);
  const analyzer = new IncrementalAnalyzer();
  const wall: number[] = [];
  const cpuSlices: number[] = [];
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const endSlice = () => {
    wall.push(performance.now() - last);
    const u = process.cpuUsage(lastCpu);
    cpuSlices.push((u.user + u.system) / 1000);
  };
  await analyzer.analyzeChunked(text, undefined, undefined, {
    budgetMs: 8,
    yieldFn: async () => {
      endSlice();
      await new Promise((r) => setTimeout(r, 0));
      last = performance.now();
      lastCpu = process.cpuUsage();
    },
  });
  endSlice();
  const w = stats(wall);
  const c = stats(cpuSlices);
  console.log(
    `50000-char paste via analyzeChunked (budget 8 ms): ${wall.length} slices; wall median ${w.median.toFixed(1)} / p95 ${w.p95.toFixed(1)} / max ${Math.max(...wall).toFixed(1)} ms;` +
      ` CPU median ${c.median.toFixed(1)} / p95 ${c.p95.toFixed(1)} / max ${Math.max(...cpuSlices).toFixed(1)} ms`,
  );
}

// The learned scorer's own cost per sentence: features (spelling, words, pairs, word triples after a few
// openers, word classes, rule hits) and the weight look-ups, without the rules' parse. Budget: ≤ 0.2 ms per sentence.
{
  const sentences = Array.from({ length: 400 }, (_, i) => SENTENCES[i % SENTENCES.length]! + (i >= SENTENCES.length ? ` ${i}` : ''));
  const hits = sentences.map((s) => analyzeSegment(s));
  for (let i = 0; i < 200; i++) DEFAULT_SCORER.score(segmentFeatures(sentences[i % 50]!, hits[i % 50]!));
  const per: number[] = [];
  for (let round = 0; round < 20; round++) {
    const t = performance.now();
    for (let i = 0; i < sentences.length; i++) DEFAULT_SCORER.score(segmentFeatures(sentences[i]!, hits[i]!));
    per.push((performance.now() - t) / sentences.length);
  }
  const s = stats(per);
  console.log(
    `scorer per sentence (features + weights, ${Object.keys(DEFAULT_SCORER.data.weights).length} features): median ${s.median.toFixed(4)} ms, p95 ${s.p95.toFixed(4)} ms (budget 0.2 ms)`,
  );
}
