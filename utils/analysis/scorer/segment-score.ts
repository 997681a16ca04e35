/**
 * One segment's full result: the rules' hits and the scorer's contribution. Depends only on the
 * segment's text (and the scorer), which is what lets IncrementalAnalyzer cache both together.
 */
import { analyzeSpelled, spellForRules, type Hit } from '../engine';
import { segmentFeatures } from './features';
import type { Scorer } from './model';

export interface SegmentResult {
  hits: readonly Hit[];
  /** The scorer's summed feature weights per category (Scorer.categories order); [] without a scorer. */
  scores: readonly number[];
}

export function scoreSegment(text: string, scorer: Scorer | undefined): SegmentResult {
  // Spelled once for both: the rules and the features read the same corrected text.
  const spelled = spellForRules(text);
  const hits = analyzeSpelled(spelled);
  return { hits, scores: scorer ? scorer.score(segmentFeatures(text, hits, spelled.text)) : [] };
}
