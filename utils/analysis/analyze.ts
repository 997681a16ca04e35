import { combine } from './combine';
import { DEFAULT_SCORER, type Scorer } from './scorer';
import { scoreSegment } from './scorer/segment-score';
import { segment } from './segment';
import type { AnalysisContext, AnalyzeOptions, Finding } from './types';

/**
 * Analyse a draft from scratch. Pure: same input, same findings, sorted by start; spans are
 * UTF-16 offsets into `text` (text.slice(start, end) === phrase).
 * While typing, use IncrementalAnalyzer (incremental.ts) instead: same results, cached per sentence.
 */
export function analyze(text: string, context?: AnalysisContext, options?: AnalyzeOptions): Finding[] {
  return analyzeWith(DEFAULT_SCORER, text, context, options);
}

/** analyze() with another scorer (the cross-source evaluation fits one per left-out source), or none: rules only. */
export function analyzeWith(scorer: Scorer | undefined, text: string, context?: AnalysisContext, options?: AnalyzeOptions): Finding[] {
  return combine(text, segment(text), (s) => scoreSegment(s.text, scorer), context, options, scorer);
}
