/**
 * The learned scorer: one regularised logistic regression per category it covers, fitted by
 * `npm run train` (scripts/train.ts) on ../shared/corpus/train.jsonl and committed as data
 * (weights.json). Inference is a sum of weights: a draft's score is the bias, plus each segment's
 * feature weights (cached with the segment), plus the draft-level features (partner's message,
 * order of the rules' hits); a Platt curve fitted on held-out folds of train.jsonl turns it into
 * a probability. See utils/analysis/README.md for how it combines with the rules.
 */
import type { Category } from '../types';

/**
 * The categories the scorer decides. assumption and outsourcing are fitted on our own written
 * lines (data/written/, 8,400 lines; train.jsonl holds 24 of either). A story or blame the scorer
 * raises without a rule must pass the rules' own frames (combine.ts storyMayStand): a story read
 * into a loving line is the false alarm that costs most.
 */
export const SCORED_CATEGORIES = ['rushed-fix', 'reflective', 'outsourcing', 'assumption'] as const satisfies readonly Category[];
export type ScoredCategory = (typeof SCORED_CATEGORIES)[number];

/** The committed data (weights.json), as written by scripts/train.ts. */
export interface ScorerData {
  version: 1;
  /** Column order of every weight vector. */
  categories: readonly ScoredCategory[];
  bias: readonly number[];
  /** Platt scaling per category: p = 1 / (1 + exp(-(a * score + b))). */
  platt: readonly (readonly [number, number])[];
  /** Probability at or above which the category is reported (above 1: not fitted, never reported). */
  thresholds: readonly number[];
  /** feature → one weight per category. */
  weights: Readonly<Record<string, readonly number[]>>;
  /** The sources the weights were fitted on: train.jsonl's (README names their licences) and Written (ours). */
  sources: readonly string[];
}

export class Scorer {
  readonly categories: readonly ScoredCategory[];
  private readonly weights: Map<string, readonly number[]>;

  constructor(readonly data: ScorerData) {
    this.categories = data.categories;
    this.weights = new Map(Object.entries(data.weights));
  }

  /** Summed feature weights per category (no bias): a segment's or a clause's contribution. */
  score(features: readonly string[]): number[] {
    const out = this.categories.map(() => 0);
    for (const f of features) {
      const w = this.weights.get(f);
      if (!w) continue;
      for (let c = 0; c < out.length; c++) out[c]! += w[c]!;
    }
    return out;
  }

  /** Probability per category for a draft whose segment scores and draft-level features are given. */
  probabilities(segmentScores: readonly (readonly number[])[], draftFeatures: readonly string[]): number[] {
    const z = [...this.data.bias];
    for (const s of segmentScores) for (let c = 0; c < z.length; c++) z[c]! += s[c]!;
    const d = this.score(draftFeatures);
    return z.map((v, c) => {
      const [a, b] = this.data.platt[c]!;
      return 1 / (1 + Math.exp(-(a * (v + d[c]!) + b)));
    });
  }

  index(category: Category): number {
    return (this.categories as readonly Category[]).indexOf(category);
  }
}
