/**
 * How the moment a draft was written changes severity (../shared/PRODUCT.md): advice reads as
 * more rushed after a message that carried a feeling, and when typed in a burst right after
 * focusing the composer.
 */
import { FEELING_WORDS, hasWord } from './lexicon';
import type { AnalysisContext, Severity } from './types';

const LEVELS: readonly Severity[] = ['low', 'medium', 'high'];

export function shift(severity: Severity, by: number): Severity {
  const i = Math.min(LEVELS.length - 1, Math.max(0, LEVELS.indexOf(severity) + by));
  return LEVELS[i]!;
}

/** The partner's message carries a feeling: "I'm so stressed", "I feel awful", "I cried all night". */
export function carriesFeeling(message: string | undefined): boolean {
  if (!message) return false;
  const lower = message.toLowerCase().replace(/[’‘]/g, "'");
  return hasWord(lower, FEELING_WORDS) || /\b(i feel|i'm feeling|i am feeling|i felt)\b/.test(lower) || /[😢😭😞😔😟😩😫💔😡😠]/u.test(message);
}

/** Typed in a burst within a few seconds of focusing the composer. */
export const BURST_WINDOW_MS = 5000;
export const BURST_CHARS_PER_SECOND = 6;

export function isBurst(ctx: AnalysisContext | undefined): boolean {
  if (!ctx) return false;
  return (
    ctx.msSinceFocus !== undefined &&
    ctx.msSinceFocus <= BURST_WINDOW_MS &&
    (ctx.burstCharsPerSecond ?? 0) >= BURST_CHARS_PER_SECOND
  );
}
