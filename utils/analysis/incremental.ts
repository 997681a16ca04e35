/**
 * Incremental analysis for typing. A draft is cut into segments (segment.ts); each segment's
 * hits depend only on its own text, so they are cached by text. After a one-character edit only
 * the edited segment is parsed again; the rest is a regex split, map look-ups and combine().
 * Segments the lexical gate rejects never reach compromise at all.
 *
 * Which method the content script should call: `analyzeChunked` (with a yield that gives the
 * page a frame, e.g. `() => new Promise(r => setTimeout(r, 0))`). For an ordinary edit it
 * finishes in one go; for a 50,000-character paste it parses for at most `budgetMs` (default
 * 8 ms) between yields, so the page never blocks for more than a frame. `analyze` is the
 * synchronous version for the popup, tests and the CLI.
 */
import { combine } from './combine';
import { DEFAULT_SCORER } from './scorer';
import { scoreSegment, type SegmentResult } from './scorer/segment-score';
import { segment, type Segment } from './segment';
import type { AnalysisContext, AnalyzeOptions, Finding } from './types';

export interface ChunkOptions {
  /** Longest stretch of parsing between two yields, in ms. */
  budgetMs?: number;
  /** Called when the budget is spent; resolve it to continue (e.g. after a frame). */
  yieldFn: () => Promise<unknown>;
  /** Return true to abandon this run (the draft changed again); analyzeChunked then returns null. */
  isStale?: () => boolean;
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export class IncrementalAnalyzer {
  /** Per segment text: the rules' hits and the scorer's contribution (both depend only on the text). */
  private cache = new Map<string, SegmentResult>();
  /** How each long sentence was cut into segments, by its text (segment.ts). */
  private cuts = new Map<string, readonly Segment[]>();
  /** Keep results of segments seen in the last few runs (undo, retyping) without growing forever. */
  private readonly maxEntries: number;

  constructor(maxEntries = 4000) {
    this.maxEntries = maxEntries;
  }

  /** Same result as analyze(text, context, options), reusing every unchanged segment. */
  analyze(text: string, context?: AnalysisContext, options?: AnalyzeOptions): Finding[] {
    const segments = segment(text, this.cuts);
    const result = combine(text, segments, (s) => this.hits(s), context, options, DEFAULT_SCORER);
    this.prune(segments);
    return result;
  }

  /** Like analyze(), but parses new segments in slices of at most `budgetMs`, yielding in between. */
  async analyzeChunked(
    text: string,
    context: AnalysisContext | undefined,
    options: AnalyzeOptions | undefined,
    chunk: ChunkOptions,
  ): Promise<Finding[] | null> {
    const budget = chunk.budgetMs ?? 8;
    const segments = segment(text, this.cuts);
    let sliceStart = now();
    for (const s of segments) {
      if (this.cache.has(s.text)) continue;
      if (now() - sliceStart > budget) {
        await chunk.yieldFn();
        if (chunk.isStale?.()) return null;
        sliceStart = now();
      }
      this.hits(s);
    }
    const result = combine(text, segments, (s) => this.hits(s), context, options, DEFAULT_SCORER);
    this.prune(segments);
    return result;
  }

  /** Forget everything (e.g. when the composer changes). */
  reset(): void {
    this.cache.clear();
    this.cuts.clear();
  }

  /** Number of cached segments (for tests and the bench). */
  get size(): number {
    return this.cache.size;
  }

  private hits(s: Segment): SegmentResult {
    let h = this.cache.get(s.text);
    if (!h) {
      h = scoreSegment(s.text, DEFAULT_SCORER);
      this.cache.set(s.text, h);
    }
    return h;
  }

  private prune(current: readonly Segment[]): void {
    // Cuts are cheap to redo: forget them all rather than track which are current.
    if (this.cuts.size > this.maxEntries) this.cuts.clear();
    if (this.cache.size <= this.maxEntries) return;
    const keep = new Set(current.map((s) => s.text));
    for (const key of this.cache.keys()) {
      if (this.cache.size <= this.maxEntries / 2) break;
      if (!keep.has(key)) this.cache.delete(key);
    }
  }
}
