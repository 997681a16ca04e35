/**
 * Scoring helpers for the rephrasing section of `npm run eval`: what the hint offers for one flagged
 * line (a rewrite or the question to ask first), whether the rewrite clears its category, keeps the
 * draft's content words, adds no grammar lint (harper.js, offline WASM), and how it opens.
 */
import { analyze } from '../../utils/analysis/analyze';
import { rephrase } from '../../utils/analysis/rephrase';
import { contentKept } from '../../utils/analysis/rephrase/gate';
import { dismisses, isDismissal } from '../../utils/analysis/rephrase/dismissal';
import { readPartner } from '../../utils/analysis/rephrase/partner';
import { styleOf } from '../../utils/analysis/rephrase-grammar';
import type { AnalysisContext, Category } from '../../utils/analysis/types';

export interface EvalItem {
  id: string;
  text: string;
  labels: string[];
  context?: string | AnalysisContext;
}

export interface PairScore {
  id: string;
  context: string | null;
  original: string;
  /** The full draft with the best rewrite applied, or null when the hint falls back to a question. */
  rewrite: string | null;
  ask: string | null;
  move: string;
  categories: Category[];
  labelled: boolean;
  cleared: boolean;
  /** Share of content words kept, for a move that keeps the idea; null otherwise. */
  contentKept: number | null;
  lintsBefore: number;
  lintsAfter: number;
  lintKinds: string[];
  /** First three words of the replacement (what the reader sees first). */
  opening: string;
  goodNews: boolean;
  mentionsHardship: boolean;
  dismissal: boolean;
  becameAdvice: boolean;
}

const BARRIERS: Category[] = ['rushed-fix', 'assumption', 'outsourcing'];
/** Hardship said to the partner ("that sounds hard", "I'm sorry"), not the speaker's own feeling. */
const HARDSHIP = /\b(sounds? (really |so )?(hard|tough|rough|difficult|painful|awful)|that'?s (so |really )?(hard|tough|rough|a lot|awful)|i'?m (so )?sorry|oh no|must be (hard|tough|awful)|hit (you )?hard|got to you)\b/i;

export function contextOf(item: EvalItem): AnalysisContext | undefined {
  if (!item.context) return undefined;
  return typeof item.context === 'string' ? { partnerMessage: item.context } : item.context;
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

export function openingOf(replacement: string): string {
  return (replacement.toLowerCase().replace(/[’]/g, "'").match(/[a-z']+/g) ?? []).slice(0, 3).join(' ');
}

/** Score one line; null when the analysis finds no barrier in it (nothing to rephrase). */
export async function scoreItem(item: EvalItem): Promise<PairScore | null> {
  const context = contextOf(item);
  const findings = analyze(item.text, context);
  const barrier = findings.filter((f) => BARRIERS.includes(f.category));
  const categories = [...new Set(barrier.map((f) => f.category))];
  if (categories.length === 0) return null;
  const r = rephrase(item.text, findings, context)[0];
  const rewrite = r && r.kind !== 'ask' ? item.text.slice(0, r.start) + r.text + item.text.slice(r.end) : null;
  const ask = r?.kind === 'ask' ? r.text : null;
  const after = rewrite ? analyze(rewrite, context) : [];
  // A lower-case texter's draft stays lower-case: harper's capitalisation lints are theirs, not ours.
  const lower = styleOf(item.text).lower;
  const count = (kinds: string[]) => kinds.filter((k) => !(lower && /capitali[sz]ation/i.test(k))).length;
  const before = await lintKinds(item.text);
  const afterLints = rewrite ? await lintKinds(rewrite) : before;
  const goodNews = readPartner(context?.partnerMessage).mood === 'good';
  const dismissal = barrier.some((f) => isDismissal(item.text.slice(0, f.end + 40), f));
  return {
    id: item.id,
    context: context?.partnerMessage ?? null,
    original: item.text,
    rewrite,
    ask,
    move: r?.move ?? '',
    categories,
    labelled: item.labels?.some((l) => (BARRIERS as string[]).includes(l)) ?? false,
    cleared: rewrite !== null && !after.some((f) => categories.includes(f.category)),
    contentKept: rewrite && r?.keepsIdea ? contentKept(item.text, rewrite, barrier) : null,
    lintsBefore: count(before),
    lintsAfter: count(afterLints),
    lintKinds: afterLints,
    opening: r ? openingOf(r.text) : '',
    goodNews,
    mentionsHardship: !!rewrite && goodNews && HARDSHIP.test(r!.text),
    dismissal,
    // The dismissal itself offered back as an idea ("would it help to stop being so sensitive?").
    becameAdvice: !!rewrite && dismissal && (dismisses(r!.text) || after.some((f) => f.reason.startsWith('advice-'))),
  };
}
