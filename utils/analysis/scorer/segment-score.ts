/**
 * One segment's full result: the rules' hits and the scorer's contribution. Depends only on the
 * segment's text (and the scorer), which is what lets IncrementalAnalyzer cache both together.
 */
import { analyzeSegment, type Hit } from '../engine';
import { segmentFeatures } from './features';
import type { Scorer } from './model';

export interface SegmentResult {
  hits: readonly Hit[];
  /** The scorer's summed feature weights per category (Scorer.categories order); [] without a scorer. */
  scores: readonly number[];
}

export function scoreSegment(text: string, scorer: Scorer | undefined): SegmentResult {
  const hits = analyzeSegment(text);
  return { hits, scores: scorer ? scorer.score(segmentFeatures(text, hits)) : [] };
}
