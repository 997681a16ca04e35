/** Reading aid: id <tab> labels <tab> reasons for every line of the given JSON Lines files (shipped weights). */
import { readFileSync } from 'node:fs';
import { analyze, labelsOf } from '../../utils/analysis';
for (const file of process.argv.slice(2)) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const i = JSON.parse(line) as { id: string; text: string; context?: string };
    const f = analyze(i.text, i.context ? { partnerMessage: i.context } : undefined);
    console.log(`${i.id}\t${labelsOf(f).join(',')}\t${f.map((x) => `${x.reason}:${x.phrase}`).join(' | ')}`);
  }
}
