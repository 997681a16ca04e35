/**
 * A check inside `npm run eval`: no example comment in utils/analysis/rules/*.ts may quote a line
 * of the corpus. Rules are written from general patterns; an example copied from dev.jsonl is a
 * sign of tuning to that line (and would make the dev figures flatter than the truth). Lives here,
 * not in Vitest, because CI machines may not have ../shared/corpus.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Lower case, letters and digits only, single spaces: how texts are compared. */
export const normaliseForMatch = (s: string) =>
  s.toLowerCase().replace(/[’‘`]/g, "'").replace(/[^a-z0-9]+/g, ' ').trim();

/** The quoted examples of every `//` comment in the rule tables, with file and line. */
export function ruleExamples(rulesDir: string): { file: string; line: number; example: string }[] {
  const out: { file: string; line: number; example: string }[] = [];
  for (const file of readdirSync(rulesDir).filter((f) => f.endsWith('.ts')).sort()) {
    readFileSync(path.join(rulesDir, file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        const comment = /^\s*\/\/(.*)$/.exec(text)?.[1];
        if (!comment) return;
        for (const m of comment.matchAll(/"([^"]{4,})"/g)) out.push({ file, line: i + 1, example: m[1]! });
      });
  }
  return out;
}

/**
 * Examples that quote a corpus line: equal to one once normalised, or (for examples of four words
 * or more) contained in one word for word.
 */
export function quotedCorpusLines(rulesDir: string, corpusTexts: readonly string[]) {
  const lines = corpusTexts.map((t) => ` ${normaliseForMatch(t)} `);
  const whole = new Set(lines.map((l) => l.trim()));
  return ruleExamples(rulesDir).filter(({ example }) => {
    const n = normaliseForMatch(example);
    if (!n) return false;
    if (whole.has(n)) return true;
    return n.split(' ').length >= 4 && lines.some((l) => l.includes(` ${n} `));
  });
}
