/**
 * The rephrasing section of `npm run eval` (also runnable alone: `npm run eval:rephrase`).
 * Over the messages labelled with a barrier that the analysis also flags: the share of best
 * rewrites that clear their category on re-analysis, that add no harper.js grammar lint, and the
 * average share of the original's nouns kept; then a sample of pairs to read.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreItem, type EvalItem, type PairScore } from './lib/rephrase-metrics';

const BARRIER_LABELS = ['rushed-fix', 'assumption', 'outsourcing'];
const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

export async function rephraseEvalSection(items: EvalItem[]): Promise<string> {
  const labelled = items.filter((it) => it.labels?.some((l) => BARRIER_LABELS.includes(l)));
  const scores: PairScore[] = [];
  for (const it of labelled) {
    const s = await scoreItem(it);
    if (s) scores.push(s);
  }
  const n = scores.length;
  const cleared = scores.filter((s) => s.cleared).length;
  const noNewLint = scores.filter((s) => s.lintsAfter <= s.lintsBefore).length;
  const nouns = n ? scores.reduce((a, s) => a + s.nounsKept, 0) / n : 0;
  const changed = scores.filter((s) => s.rewrite !== s.original).length;
  const lines: string[] = [];
  lines.push('## Rephrasing (best rewrite per flagged message)');
  lines.push(`items labelled with a barrier: ${labelled.length}; flagged by the analysis (scored): ${n}; rewritten: ${changed}`);
  lines.push(`cleared their category on re-analysis   ${pct(cleared, n)}  (${cleared}/${n})   target ≥ 95%`);
  lines.push(`added no harper.js grammar lint        ${pct(noNewLint, n)}  (${noNewLint}/${n})   target ≥ 95%`);
  lines.push(`original nouns kept (mean)             ${(100 * nouns).toFixed(1)}%   target ≥ 80%`);
  const failing = scores.filter((s) => !s.cleared || s.lintsAfter > s.lintsBefore);
  if (failing.length) {
    lines.push('', `not cleared or more lints (${failing.length}):`);
    for (const s of failing) lines.push(`  ${s.cleared ? '' : '[not cleared] '}${s.lintsAfter > s.lintsBefore ? `[lints ${s.lintsBefore}→${s.lintsAfter}: ${s.lintKinds.join(',')}] ` : ''}${s.id}\n    - ${s.original}\n    + ${s.rewrite}`);
  }
  // A fixed, spread-out sample of 20 pairs for reading.
  const step = Math.max(1, Math.floor(n / 20));
  const sample = scores.filter((_, i) => i % step === 0).slice(0, 20);
  lines.push('', 'sample of 20 pairs:');
  for (const s of sample) lines.push(`  [${s.categories.join(',')}] ${s.original}\n    → ${s.rewrite}`);
  return lines.join('\n');
}

function readJsonl(file: string): EvalItem[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalItem);
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const files = ['dev.jsonl', 'conflict-dev.jsonl'].map((f) => path.resolve(repoRoot, '../shared/corpus', f)).filter(existsSync);
  const args = process.argv.slice(2);
  for (const file of args.length ? args.map((a) => path.resolve(a)) : files) {
    console.log(`# ${path.basename(file)}`);
    console.log(await rephraseEvalSection(readJsonl(file)));
    console.log();
  }
}
