/**
 * npm run train — fit the learned scorer on ../shared/corpus/train.jsonl and our written lines
 * (data/written/) and write utils/analysis/scorer/weights.json. Thresholds are chosen on the
 * read-labelled dev.jsonl and conflict-dev.jsonl (precision first: the lowest threshold reaching
 * precision 0.90). Deterministic: running it again writes the same bytes (`git diff` stays empty).
 *   --check   fit, then exit 1 if the result differs from the committed file (writes nothing)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseThresholds, exampleOf, fit, readJsonl, readWritten, serialise } from './lib/scorer-train';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = path.resolve(repoRoot, '../shared/corpus');
const out = path.join(repoRoot, 'utils/analysis/scorer/weights.json');

if (!existsSync(path.join(corpusDir, 'train.jsonl'))) {
  console.error(`no ${path.join(corpusDir, 'train.jsonl')}: the training corpus is needed to fit the scorer`);
  process.exit(1);
}
const started = Date.now();
const train = [...readJsonl(path.join(corpusDir, 'train.jsonl')), ...readWritten(path.join(repoRoot, 'data/written'))].map(exampleOf);
const read = [...readJsonl(path.join(corpusDir, 'dev.jsonl')), ...readJsonl(path.join(corpusDir, 'conflict-dev.jsonl'))].map(exampleOf);
const data = chooseThresholds(fit(train), read);
const text = serialise(data);
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
console.log(
  `fitted on ${train.length} lines (${data.sources.join(', ')}); ${Object.keys(data.weights).length} features; ` +
    `thresholds ${data.categories.map((c, i) => `${c} ${data.thresholds[i]}`).join(', ')}; ` +
    `${kb(Buffer.byteLength(text))} as written, ${kb(Buffer.byteLength(JSON.stringify(data)))} minified; ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
if (process.argv.includes('--check')) {
  const same = existsSync(out) && readFileSync(out, 'utf8') === text;
  console.log(same ? 'weights.json is reproduced byte for byte' : 'weights.json differs from a fresh fit');
  process.exit(same ? 0 : 1);
}
writeFileSync(out, text);
console.log(`wrote ${path.relative(repoRoot, out)}`);
