/**
 * Reading aid (not part of the build): for one source group, refit the scorer without it (as the
 * cross-source eval does) and print the rushed-fix / reflective misses and the false alarms on its
 * train.jsonl lines, with the partner's message. Usage:
 *   npx tsx scripts/dev/misses.ts ESConv [fn|fp|none] [category] [--rules]
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeWith } from '../../utils/analysis/analyze';
import { labelsOf } from '../../utils/analysis';
import { Scorer } from '../../utils/analysis/scorer/model';
import { chooseThresholds, exampleOf, fit, groupOf, readJsonl, readWritten } from '../lib/scorer-train';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(root, '../shared/corpus');
const [group = 'ESConv', kind = 'fn', cat = 'rushed-fix'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const rulesOnly = process.argv.includes('--rules');
const train = readJsonl(path.join(corpus, 'train.jsonl'));
const written = readWritten(path.join(root, 'data/written'));
const dev = readJsonl(path.join(corpus, 'dev.jsonl'));
const conflict = readJsonl(path.join(corpus, 'conflict-dev.jsonl'));
const rest = [...train, ...written].map(exampleOf).filter((e) => e.group !== group);
const readEx = [...dev, ...conflict].map(exampleOf).filter((e) => e.group !== group);
const scorer = rulesOnly ? undefined : new Scorer(chooseThresholds(fit(rest), readEx));
for (const i of train.filter((x) => groupOf(x.id) === group)) {
  const found = analyzeWith(scorer, i.text, i.context ? { partnerMessage: i.context } : undefined);
  const p = labelsOf(found);
  const g = i.labels.includes(cat as never), q = p.includes(cat as never);
  const show =
    kind === 'fn' ? g && !q : kind === 'fp' ? q && !g : kind === 'none' ? i.labels.length === 0 && p.some((c) => c !== 'reflective') : g && q;
  if (!show) continue;
  console.log(`--- ${i.id} gold=${i.labels.join(',')} pred=${p.join(',')} ${found.map((f) => `${f.reason}:"${f.phrase}"`).join(' ')}`);
  if (i.context) console.log(`  CTX: ${i.context.slice(0, 300)}`);
  console.log(`  TXT: ${i.text.slice(0, 400)}`);
}
