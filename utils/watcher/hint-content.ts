/** What the hint says about a draft: which finding leads, the quote around it, its rephrasings. Pure functions. */
import type { Finding, Rephrasing } from '../analysis/types';

const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

/** The draft's findings in the order the hint offers them ("+N more"): the most severe, then the earliest. */
export function orderedFindings(barriers: Finding[]): Finding[] {
  return [...barriers].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start);
}

/** The finding the hint leads with. */
export function primaryFinding(barriers: Finding[]): Finding {
  return orderedFindings(barriers)[0];
}

/**
 * Whether a sentence ends at `i`: a line break, or . ! ? … followed by a space or the end (as in
 * utils/analysis/segment.ts). A "." inside a word — "window.onerror", "3.5", "e.g" — is not one.
 */
function endsSentence(text: string, i: number): boolean {
  return text[i] === '\n' || (/[.!?…]/.test(text[i]) && (i + 1 >= text.length || /\s/.test(text[i + 1])));
}

/** The sentence around the phrase, trimmed to ~50 characters each side. */
export function quoteOf(text: string, f: Finding) {
  let a = f.start;
  while (a > 0 && !endsSentence(text, a - 1) && f.start - a < 50) a--;
  let b = f.end;
  while (b < text.length && !endsSentence(text, b) && b - f.end < 50) b++;
  if (b < text.length && /[.!?…]/.test(text[b])) b++;
  return { before: text.slice(a, f.start).trimStart(), phrase: text.slice(f.start, f.end), after: text.slice(f.end, b) };
}

/** Rephrasings that cover `f`, or all of them when none does. */
export function rephrasingsFor(rephrasings: Rephrasing[], f: Finding): Rephrasing[] {
  const overlapping = rephrasings.filter((r) => r.start <= f.start && r.end >= f.end);
  return overlapping.length ? overlapping : rephrasings;
}
