/**
 * Scoring helpers for the rephrasing section of `npm run eval`: does the rewrite clear its
 * category, keep the speaker's nouns, and add no grammar lint (harper.js, offline WASM)?
 */
import { analyze } from '../../utils/analysis/analyze';
import { bestRewrite } from '../../utils/analysis/rephrase';
import { nounsOf } from '../../utils/analysis/rephrase-grammar';
import type { AnalysisContext, Category, Finding } from '../../utils/analysis/types';

export interface EvalItem {
  id: string;
  text: string;
  labels: string[];
  context?: string | AnalysisContext;
}

export interface PairScore {
  id: string;
  original: string;
  rewrite: string;
  categories: Category[];
  cleared: boolean;
  nounsKept: number; // 0..1
  lintsBefore: number;
  lintsAfter: number;
  lintKinds: string[];
}

const BARRIERS: Category[] = ['rushed-fix', 'assumption', 'outsourcing'];

export function contextOf(item: EvalItem): AnalysisContext | undefined {
  if (!item.context) return undefined;
  return typeof item.context === 'string' ? { partnerMessage: item.context } : item.context;
}

/**
 * Nouns of the original the rewrite should keep: all nouns outside the words that triggered a
 * finding (the barrier words themselves, "you idiot", are what a rewrite is meant to change).
 */
export function nounsToKeep(text: string, findings: Finding[]): string[] {
  let masked = text;
  for (const f of findings) if (f.category !== 'reflective') masked = masked.slice(0, f.start) + ' '.repeat(f.end - f.start) + masked.slice(f.end);
  return nounsOf(masked);
}

export function nounShare(original: string, rewrite: string, findings: Finding[]): number {
  const want = nounsToKeep(original, findings);
  if (want.length === 0) return 1;
  const lower = rewrite.toLowerCase().replace(/[’]/g, "'");
  const kept = want.filter((n) => lower.includes(n.replace(/[’]/g, "'")));
  return kept.length / want.length;
}

type Linter = { lint(text: string, o?: object): Promise<{ lint_kind(): string }[]> };
let linterP: Promise<Linter> | undefined;
export function harper(): Promise<Linter> {
  linterP ??= (async () => {
    const { LocalLinter } = await import('harper.js');
    const { binaryInlined } = await import('harper.js/binaryInlined');
    const l = new LocalLinter({ binary: binaryInlined });
    await l.setup();
    return l as unknown as Linter;
  })();
  return linterP;
}

export async function lintKinds(text: string): Promise<string[]> {
  const l = await harper();
  return (await l.lint(text, { language: 'plaintext' })).map((x) => x.lint_kind());
}

/** Score one flagged item; null when the analysis finds no barrier in it (nothing to rephrase). */
export async function scoreItem(item: EvalItem): Promise<PairScore | null> {
  const context = contextOf(item);
  const findings = analyze(item.text, context);
  const categories = [...new Set(findings.map((f) => f.category).filter((c) => BARRIERS.includes(c)))];
  if (categories.length === 0) return null;
  const rewrite = bestRewrite(item.text, findings) ?? item.text;
  const after = analyze(rewrite, context);
  const cleared = !after.some((f) => categories.includes(f.category));
  const before = await lintKinds(item.text);
  const afterLints = await lintKinds(rewrite);
  return {
    id: item.id,
    original: item.text,
    rewrite,
    categories,
    cleared,
    nounsKept: nounShare(item.text, rewrite, findings),
    lintsBefore: before.length,
    lintsAfter: afterLints.length,
    lintKinds: afterLints,
  };
}
