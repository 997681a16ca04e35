/**
 * The rephrasing section of `npm run eval` (also runnable alone: `npm run eval:rephrase`).
 * Over every line the analysis flags with a barrier (the partner's message from `context` given to
 * both the analysis and the rephrasing): what the hint offers — a rewrite or the question to ask
 * first — and, for rewrites, the share that clear their category on re-analysis, add no harper.js
 * grammar lint, keep the draft's content words (moves that keep the idea), how often one opening
 * is used, hardship after good news and dismissals turned into advice; then 30 pairs to read.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreItem, type EvalItem, type PairScore } from './lib/rephrase-metrics';

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

export async function rephraseEvalSection(items: EvalItem[], pairs = 30): Promise<string> {
  const scores: PairScore[] = [];
  for (const it of items) {
    const s = await scoreItem(it);
    if (s) scores.push(s);
  }
  const n = scores.length;
  const rewrites = scores.filter((s) => s.rewrite !== null);
  const asks = scores.filter((s) => s.ask !== null);
  const nothing = n - rewrites.length - asks.length;
  const r = rewrites.length;
  const cleared = rewrites.filter((s) => s.cleared).length;
  const noNewLint = rewrites.filter((s) => s.lintsAfter <= s.lintsBefore).length;
  const keeping = rewrites.filter((s) => s.contentKept !== null);
  const kept = keeping.length ? keeping.reduce((a, s) => a + s.contentKept!, 0) / keeping.length : 1;
  const openings = new Map<string, number>();
  for (const s of rewrites) openings.set(s.opening, (openings.get(s.opening) ?? 0) + 1);
  const top = [...openings].sort((a, b) => b[1] - a[1]).slice(0, 3);
  const good = rewrites.filter((s) => s.goodNews);
  const hardship = good.filter((s) => s.mentionsHardship).length;
  const dismissals = rewrites.filter((s) => s.dismissal);
  const advice = dismissals.filter((s) => s.becameAdvice).length;
  const lines: string[] = [];
  lines.push('## Rephrasing (what the hint offers for each flagged line, partner message from `context`)');
  lines.push(`flagged lines: ${n} (${scores.filter((s) => s.labelled).length} labelled with a barrier); rewrite: ${r}; ask first: ${asks.length}; nothing: ${nothing}   target nothing = 0`);
  lines.push(`rewrites that clear their category       ${pct(cleared, r)}  (${cleared}/${r})   target ≥ 97%`);
  lines.push(`rewrites that add no harper.js lint      ${pct(noNewLint, r)}  (${noNewLint}/${r})   target ≥ 97%`);
  lines.push(`content words kept (moves keeping idea)  ${(100 * kept).toFixed(1)}%  (mean of ${keeping.length})   target ≥ 85%`);
  lines.push(`most used openings                       ${top.map(([o, c]) => `"${o}" ${pct(c, r)}`).join(', ')}   target each ≤ 20%`);
  lines.push(`good-news context, hardship mentioned    ${hardship} of ${good.length}   target 0`);
  lines.push(`dismissals turned into advice            ${advice} of ${dismissals.length}   target 0`);
  const failing = rewrites.filter((s) => !s.cleared || s.lintsAfter > s.lintsBefore || s.mentionsHardship || s.becameAdvice);
  if (failing.length) {
    lines.push('', `not cleared, more lints, hardship or advice (${failing.length}):`);
    for (const s of failing) lines.push(`  ${s.cleared ? '' : '[not cleared] '}${s.lintsAfter > s.lintsBefore ? `[lints ${s.lintsBefore}→${s.lintsAfter}: ${s.lintKinds.join(',')}] ` : ''}${s.mentionsHardship ? '[hardship] ' : ''}${s.becameAdvice ? '[advice] ' : ''}${s.id}\n    - ${s.original}\n    + ${s.rewrite}`);
  }
  // A fixed, spread-out sample for reading, as the partner would receive it.
  const step = Math.max(1, Math.floor(n / pairs));
  const sample = scores.filter((_, i) => i % step === 0).slice(0, pairs);
  lines.push('', `${sample.length} pairs (partner said / draft / offer):`);
  for (const s of sample) {
    lines.push(`  [${s.categories.join(',')}] ${s.context ? `partner: ${s.context.length > 120 ? `${s.context.slice(0, 117)}…` : s.context}` : 'partner: (none)'}`);
    lines.push(`    draft: ${s.original}`);
    lines.push(s.rewrite ? `    offer: ${s.rewrite}` : `    ask first: ${s.ask}`);
  }
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
  const pairs = Number(args.find((a) => a.startsWith('--pairs='))?.slice(8) ?? 30);
  const named = args.filter((a) => !a.startsWith('--'));
  for (const file of named.length ? named.map((a) => path.resolve(a)) : files) {
    console.log(`# ${path.basename(file)}`);
    console.log(await rephraseEvalSection(readJsonl(file), pairs));
    console.log();
  }
}
