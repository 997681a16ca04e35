/**
 * npm run eval — score the analysis on every ../shared/corpus/*.jsonl (each file separately):
 * per-category precision / recall / F1, false-positive rate on unlabelled lines, hard negatives
 * flagged as assumption/outsourcing, then the misses and false alarms to study.
 * Uses exactly the module the extension uses, with default options; `context` becomes partnerMessage.
 * Then the rephrasing section (scripts/eval-rephrase.ts): rewrites that clear their category on
 * re-analysis, keep the original's nouns, and add no harper.js grammar lint, with 20 sample pairs.
 *   --quiet   only the tables        --file <name>   only that file   --no-rephrase   skip rephrasing
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ALL_CATEGORIES, analyze, labelsOf, type Category } from '../utils/analysis';
import { rephraseEvalSection } from './eval-rephrase';

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

const files = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.jsonl') && (!only || f === only))
  .sort();
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
