/**
 * The analysis contract shared by the content script, popup, options page, the CLI
 * tools (classify / eval / bench) and the tests. Pure data: no browser APIs here or
 * anywhere under utils/analysis/.
 */

/** The barrier ids of ../shared/PRODUCT.md, plus the positive counterpart. */
export type Category = 'rushed-fix' | 'assumption' | 'outsourcing' | 'reflective';

export const BARRIER_CATEGORIES = ['rushed-fix', 'assumption', 'outsourcing'] as const;
export const ALL_CATEGORIES: readonly Category[] = [...BARRIER_CATEGORIES, 'reflective'];

export type Severity = 'low' | 'medium' | 'high';

/** One thing the analysis noticed in a draft. */
export interface Finding {
  category: Category;
  /** UTF-16 offsets into the analysed text: text.slice(start, end) === phrase. */
  start: number;
  end: number;
  phrase: string;
  severity: Severity;
  /** Stable rule id, e.g. "advice-should"; what "not a pattern" feedback and the patterns log key on. */
  reason: string;
  /** One line, plain words: why this tends to land badly (or, for reflective, why it helps). */
  explanation: string;
}

/** What the composer knows about the moment a draft was written. All optional. */
export interface AnalysisContext {
  /** The partner's last message, only when the user selected it (Attune never scrapes history). */
  partnerMessage?: string;
  /** Milliseconds between the composer gaining focus and the end of the last typing burst. */
  msSinceFocus?: number;
  /** Characters per second of the last uninterrupted typing burst. */
  burstCharsPerSecond?: number;
}

export type Sensitivity = 'gentle' | 'balanced' | 'watchful';

/** User preferences that shape what analyze() reports. */
export interface AnalyzeOptions {
  /** The user's "not a pattern" list: lower-cased phrases and/or reason ids they dismissed as wrong. */
  notAPattern?: readonly string[];
  /** Categories switched off in settings are never reported. Missing = on. */
  categories?: Partial<Record<Category, boolean>>;
  /** gentle: only medium/high findings; balanced (default): all but the weakest; watchful: everything. */
  sensitivity?: Sensitivity;
}

/** A rewrite of part of the draft (see rephrase.ts). */
export interface Rephrasing {
  /** Range of the original text this replaces (UTF-16 offsets). */
  start: number;
  end: number;
  /** The replacement for text.slice(start, end). */
  text: string;
  /** Short label of the move: "reflect first", "celebrate first", "offer, don't instruct", "validate, don't minimise", "name the story", "own the feeling", "ask first"… */
  move: string;
  category: Category;
  /**
   * 'rewrite' (or absent): text to put in place of the range. 'ask': no rewrite passed the quality
   * gate, and `text` is a question to ask the partner first — shown as a question, never inserted.
   */
  kind?: 'rewrite' | 'ask';
  /** The move keeps the draft's idea (so its content words should survive); false for a replaced dismissal or label. */
  keepsIdea?: boolean;
}

/** The result of reflect() on a message received from the partner. */
export interface ReflectResult {
  kind: 'reflection' | 'safety';
  /** Reflections such as "I hear how anxious you feel about tomorrow's meeting." */
  reflections: string[];
  /** Open questions such as "What feels heaviest about it?" */
  questions: string[];
  /** Present when kind === 'safety': a short kind note pointing to immediate help. */
  safetyNote?: string;
}
