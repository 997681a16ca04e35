/**
 * npx tsx scripts/dev/offers.ts [file.jsonl ...] [--limit N] [--grep RE]
 * Prints, for every line the analysis flags with a barrier: context, draft, and the offer the hint
 * would show (the rewrite of the whole draft, or the question to ask first). For reading offers, not
 * for scoring them (npm run eval does that). Defaults: data/written/*.jsonl and the shared dev corpus.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { analyze, type Finding } from '../../utils/analysis';
import { rephrase } from '../../utils/analysis/rephrase';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args[limitAt + 1]) : Infinity;
const grepAt = args.indexOf('--grep');
const grep = grepAt >= 0 ? new RegExp(args[grepAt + 1]!, 'i') : null;
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit' && args[i - 1] !== '--grep');
const inputs = files.length ? files : [...readdirSync('data/written').filter((f) => f.endsWith('.jsonl')).map((f) => `data/written/${f}`), '/work/shared/corpus/dev.jsonl'];

let n = 0;
for (const file of inputs) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || n >= limit) continue;
    const r = JSON.parse(line) as { id: string; text: string; context?: string };
    if (grep && !grep.test(r.text) && !grep.test(r.context ?? '')) continue;
    const ctx = r.context ? { partnerMessage: r.context } : undefined;
    const findings: Finding[] = analyze(r.text, ctx);
    if (!findings.some((f) => ['rushed-fix', 'assumption', 'outsourcing'].includes(f.category))) continue;
    const offer = rephrase(r.text, findings, ctx)[0];
    if (!offer) continue;
    n++;
    const shown = offer.kind === 'ask' ? `ASK: ${offer.text}` : r.text.slice(0, offer.start) + offer.text + r.text.slice(offer.end);
    console.log(`# ${r.id} [${[...new Set(findings.map((f) => f.category))].join(',')}] ${offer.move}\n  ctx:   ${r.context ?? '-'}\n  draft: ${r.text}\n  offer: ${shown}\n`);
  }
}
console.error(`${n} offers`);
