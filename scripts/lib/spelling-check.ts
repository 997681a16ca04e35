/**
 * Words real people use that the one-slip typo fixer (utils/analysis/spelling.ts) would rewrite.
 * Every word of five letters or more in a rule pattern becomes a typo target, so a new pattern can
 * quietly turn a real word into a rule word ("heart attack" → "heard attack" once "heard" was in
 * a pattern). Run over the corpus's words used twice or more, what changes should be typos and
 * chat spellings only; a real word in the list belongs in spelling.ts's COMMON.
 */
import { analyze } from '../../utils/analysis';
import { correctSpelling } from '../../utils/analysis/spelling';

export function spellingChanges(texts: readonly string[]): { word: string; to: string; uses: number }[] {
  analyze('warm up'); // the rule net registers its trigger words on first use
  const uses = new Map<string, number>();
  for (const t of texts) for (const w of t.toLowerCase().match(/[a-z]{5,}/g) ?? []) uses.set(w, (uses.get(w) ?? 0) + 1);
  const out: { word: string; to: string; uses: number }[] = [];
  for (const [word, n] of uses) {
    if (n < 2) continue;
    const to = correctSpelling(word).text;
    if (to !== word) out.push({ word, to, uses: n });
  }
  return out.sort((a, b) => a.word.localeCompare(b.word));
}
