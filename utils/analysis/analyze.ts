import { combine } from './combine';
import { analyzeSegment } from './engine';
import { segment } from './segment';
import type { AnalysisContext, AnalyzeOptions, Finding } from './types';

/**
 * Analyse a draft from scratch. Pure: same input, same findings, sorted by start; spans are
 * UTF-16 offsets into `text` (text.slice(start, end) === phrase).
 * While typing, use IncrementalAnalyzer (incremental.ts) instead: same results, cached per sentence.
 */
export function analyze(text: string, context?: AnalysisContext, options?: AnalyzeOptions): Finding[] {
  return combine(text, segment(text), (s) => analyzeSegment(s.text), context, options);
}
