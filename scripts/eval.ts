/**
 * npm run eval — score the analysis on the read-labelled ../shared/corpus files (dev.jsonl,
 * conflict-dev.jsonl; each separately): per-category precision / recall / F1, false-positive rate
 * on unlabelled lines, hard negatives flagged as assumption/outsourcing, the scorer's most
 * confident errors, then the misses and false alarms to study.
 * Uses exactly the module the extension uses, with default options; `context` becomes partnerMessage.
 * Then the rephrasing section (scripts/eval-rephrase.ts): rewrites that clear their category on
 * re-analysis, keep the original's nouns, and add no harper.js grammar lint, with 20 sample pairs.
 * Then (scripts/lib): cross-source results (the scorer refitted without each source in turn), the
 * behavioural suite (invariance and directional checks), and a check that no rule comment quotes
 * a corpus line.
 *   --quiet   only the tables        --file <name>   only that file   --no-rephrase   skip rephrasing
 *   --no-cross   skip the cross-source refits (the slow part: one fit per source, one per written file)
 */
import { spellingChanges } from './lib/spelling-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_CATEGORIES, analyze, labelsOf, type Category } from '../utils/analysis';
import { DEFAULT_SCORER } from '../utils/analysis/scorer';
import { rephraseEvalSection } from './eval-rephrase';
import { BASE_DRAFTS, directional, invariance, report } from './lib/checklist';
import { crossSource, header, means, pooled, readerAgainstWeak, row, writtenFolds, writtenMeans, type ReadSampleItem } from './lib/cross-source';
import { quotedCorpusLines } from './lib/rule-examples';
import { exampleOf, readJsonl, readWritten } from './lib/scorer-train';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const only = args.includes('--file') ? args[args.indexOf('--file') + 1] : undefined;

interface Item {
  id: string;
  text: string;
  labels: Category[];
  context?: string;
}

const pct = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : ' -  ');

// The read-labelled files; train.jsonl is for fitting (its weak labels are scored only in the cross-source section).
const READ_FILES = ['dev.jsonl', 'conflict-dev.jsonl'];
const present = existsSync(corpusDir) ? readdirSync(corpusDir) : [];
const files = READ_FILES.filter((f) => present.includes(f) && (!only || f === only));
if (files.length === 0) console.log(`no corpus files in ${corpusDir}`);

for (const file of files) {
  const items: Item[] = readFileSync(path.join(corpusDir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
  const rows = items.map((item) => {
    const predicted = labelsOf(analyze(item.text, item.context ? { partnerMessage: item.context } : undefined));
    return { item, predicted };
  });

  console.log(`\n== ${file} (${items.length} lines) ==`);
  console.log('category      gold  pred    tp  precision  recall    F1');
  for (const cat of ALL_CATEGORIES) {
    let tp = 0, fp = 0, fn = 0;
    for (const { item, predicted } of rows) {
      const g = item.labels.includes(cat), p = predicted.includes(cat);
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    const precision = tp / (tp + fp), recall = tp / (tp + fn), f1 = (2 * precision * recall) / (precision + recall);
    console.log(
      `${cat.padEnd(12)} ${String(tp + fn).padStart(5)} ${String(tp + fp).padStart(5)} ${String(tp).padStart(5)}` +
        `      ${pct(precision)}    ${pct(recall)}  ${pct(tp + fn === 0 ? NaN : f1)}` +
        // The corpus README: too few items to read as a rate; read the misses item by item.
        (tp + fn > 0 && tp + fn < 20 ? '   (few items: read the misses)' : ''),
    );
  }
  const none = rows.filter((r) => r.item.labels.length === 0);
  const noneFlagged = none.filter((r) => r.predicted.some((c) => c !== 'reflective'));
  const noneAny = none.filter((r) => r.predicted.length > 0);
  const hard = none.filter((r) => r.predicted.some((c) => c === 'assumption' || c === 'outsourcing'));
  console.log(
    `unlabelled: ${none.length}; flagged with a barrier ${noneFlagged.length} (FP rate ${pct((100 * noneFlagged.length) / none.length)}%),` +
      ` with any label ${noneAny.length} (${pct((100 * noneAny.length) / none.length)}%);` +
      ` as assumption/outsourcing ${hard.length} (${pct((100 * hard.length) / none.length)}%)`,
  );

  if (!args.includes('--no-rephrase')) {
    const section = await rephraseEvalSection(items);
    console.log(`\n${quiet ? section.split('\nsample of 20 pairs:')[0] : section}`);
  }

  // The scorer's most confident errors on its two categories: false alarms it rated highest,
  // misses it rated lowest (probabilities as the shipped scorer computes them).
  const scored = rows.flatMap(({ item, predicted }) => {
    const e = exampleOf({ ...item });
    const p = DEFAULT_SCORER.probabilities(e.segments.map((s) => DEFAULT_SCORER.score(s)), e.draft);
    return DEFAULT_SCORER.categories.flatMap((c, i) => {
      const g = item.labels.includes(c), q = predicted.includes(c);
      if (g === q) return [];
      return [{ item, c, p: p[i]!, kind: q ? 'FALSE' : 'MISS', badness: q ? p[i]! : 1 - p[i]! }];
    });
  });
  if (scored.length) {
    console.log(`\n-- 10 most confident errors on rushed-fix/reflective (scorer probability) --`);
    for (const x of scored.sort((a, b) => b.badness - a.badness || (a.item.id < b.item.id ? -1 : 1)).slice(0, 10))
      console.log(`${x.kind} ${x.c} p=${x.p.toFixed(2)} ${x.item.id}: ${x.item.text.slice(0, 140)}`);
  }

  if (quiet) continue;
  const misses = rows.filter((r) => r.item.labels.some((c) => !r.predicted.includes(c)));
  const alarms = rows.filter((r) => r.predicted.some((c) => !r.item.labels.includes(c)));
  console.log(`\n-- misses (${misses.length}) --`);
  for (const { item, predicted } of misses)
    console.log(`MISS ${item.labels.join(',')} [got ${predicted.join(',') || '-'}] ${item.id}: ${item.text.slice(0, 160)}`);
  console.log(`\n-- false alarms (${alarms.length}) --`);
  for (const { item, predicted } of alarms) {
    const extra = predicted.filter((c) => !item.labels.includes(c));
    const why = analyze(item.text, item.context ? { partnerMessage: item.context } : undefined)
      .filter((f) => extra.includes(f.category))
      .map((f) => `${f.reason}:"${f.phrase}"`)
      .join(' ');
    console.log(`FALSE ${extra.join(',')} [gold ${item.labels.join(',') || '-'}] ${item.id}: ${item.text.slice(0, 140)}  <= ${why}`);
  }
}

if (!only && present.includes('train.jsonl')) {
  const train = readJsonl(path.join(corpusDir, 'train.jsonl'));
  const dev = readJsonl(path.join(corpusDir, 'dev.jsonl'));
  const conflict = readJsonl(path.join(corpusDir, 'conflict-dev.jsonl'));

  if (!args.includes('--no-cross')) {
    console.log('\n== cross-source: the scorer refitted without each source, the whole analysis scored on that source ==');
    console.log('(per category: positives, precision, recall, F1; then barrier false positives and assumption/outsourcing on unlabelled lines)');
    const samplePath = path.join(corpusDir, 'train-sample-read.jsonl');
    const sample = existsSync(samplePath) ? (readJsonl(samplePath) as ReadSampleItem[]).filter((i) => i.sample === 'random-200') : [];
    const written = readWritten(path.join(repoRoot, 'data/written'));
    const results = crossSource(train, dev, conflict, (s) => console.log(s), sample, written);
    console.log('\nmean over left-out sources with ≥ 20 positives of the category:');
    console.log(`  weak train.jsonl lines:  ${means(results, (r) => r.weak)}`);
    console.log(`    rules alone:           ${means(results, (r) => r.weakRules)}`);
    console.log(`  read dev/conflict lines: ${means(results, (r) => r.read)}`);
    console.log(`    rules alone:           ${means(results, (r) => r.readRules)}`);
    console.log('\n== our written lines, one file left out at a time (fitted on train.jsonl and the other files) ==');
    const folds = writtenFolds(train, dev, conflict, written, (s) => console.log(s));
    console.log(`  mean over files with ≥ 20 positives: ${writtenMeans(folds, 'whole')}`);
    console.log(`    rules alone:                       ${writtenMeans(folds, 'rules')}`);
    if (sample.length) {
      console.log(`\nthe corpus's read sample of train.jsonl (${sample.length} random lines), each scored by the fit without its source, against the reader's labels;`);
      console.log("and the reader's own labels scored against the weak ones (what a careful reader scores on the weak figures above):");
      console.log(header());
      console.log(row('whole analysis vs reader', pooled(results, (r) => r.sample)));
      console.log(readerAgainstWeak(sample));
    }
  }

  console.log('\n== behavioural suite (CheckList): labels that change under a perturbation (at most 2%) ==');
  console.log(`drafts written for the suite (${BASE_DRAFTS.length}):`);
  console.log(report(invariance(BASE_DRAFTS), directional()));
  const read = [...dev, ...conflict];
  console.log(`\nthe read corpus lines (dev + conflict-dev, ${read.length}), with their partner message:`);
  console.log(report(invariance(read.map((i) => i.text), read.map((i) => i.context)), []));

  const changed = spellingChanges([...train, ...read].flatMap((i) => [i.text, i.context ?? '']));
  console.log(`\n== corpus words the typo fixer rewrites (${changed.length}; should be typos and chat spellings only, real words go in spelling.ts COMMON) ==`);
  console.log(`  ${changed.map((c) => `${c.word}→${c.to}`).join(' ')}`);

  const rulesDir = path.join(repoRoot, 'utils/analysis/rules');
  const corpusTexts = [...train, ...read].map((i) => i.text);
  const quoted = quotedCorpusLines(rulesDir, corpusTexts);
  console.log(`\n== rule comments quoting a corpus line: ${quoted.length} ==`);
  for (const q of quoted) console.log(`  ${q.file}:${q.line} "${q.example}"`);
  if (quoted.length) process.exitCode = 1;
}
