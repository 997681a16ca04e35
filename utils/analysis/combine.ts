/**
 * From per-segment hits to the findings of the whole draft. Everything here is cheap (no
 * parsing): the draft-level decisions live here because they depend on more than one sentence.
 *
 *   hits per segment ──► absolute spans ──► drop quoted text ──► resolve overlaps
 *     ──► acknowledgement first? (rushed-fix dropped / softened) ──► context severity
 *     ──► user options (categories, "not a pattern", sensitivity) ──► sorted findings
 */
import { carriesFeeling, isBurst, shift } from './context';
import type { Hit } from './engine';
import { explain } from './explain';
import type { Segment } from './segment';
import type { AnalysisContext, AnalyzeOptions, Finding } from './types';

interface Placed extends Hit {
  base: Hit['severity'];
}

/** Quoted passages and "> " reply quotes: words someone else said are not the user's barrier. */
const QUOTED = /"[^"\n]{2,300}"|“[^”\n]{2,300}”|(?:^|(?<=[\s(]))'[^'\n]{4,200}'(?=[\s.,!?)]|$)|(?:^|\n)[ \t]*>[^\n]*/g;

export function combine(
  text: string,
  segments: readonly Segment[],
  hitsOf: (segment: Segment) => readonly Hit[],
  context?: AnalysisContext,
  options?: AnalyzeOptions,
): Finding[] {
  let placed: Placed[] = [];
  const partnerFeeling = carriesFeeling(context?.partnerMessage);
  for (const seg of segments) {
    for (const h of hitsOf(seg)) {
      if (h.onlyAfterFeeling && !partnerFeeling) continue;
      placed.push({ ...h, start: h.start + seg.start, end: h.end + seg.start, base: h.severity });
    }
  }
  if (placed.length === 0) return [];

  // Quoted text.
  const quotes: [number, number][] = [];
  if (/["“'>]/.test(text)) {
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) quotes.push([m.index, m.index + m[0].length]);
  }
  if (quotes.length) placed = placed.filter((h) => !quotes.some(([s, e]) => h.start >= s && h.end <= e));

  // Overlaps: a rule family more specific than advice wins the span; same category keeps the first.
  // Hits are sorted by start, so only neighbours whose start is before h.end can overlap h.
  placed.sort((a, b) => a.start - b.start || b.end - a.end);
  const keep = placed.map(() => true);
  for (let i = 0; i < placed.length; i++) {
    const h = placed[i]!;
    for (let j = i + 1; j < placed.length && placed[j]!.start < h.end; j++) {
      const o = placed[j]!;
      if (o.category === h.category) keep[j] = false;
      else if (h.category === 'rushed-fix' && (o.category === 'assumption' || o.category === 'outsourcing')) keep[i] = false;
      else if (o.category === 'rushed-fix' && (h.category === 'assumption' || h.category === 'outsourcing')) keep[j] = false;
    }
  }
  placed = placed.filter((_, i) => keep[i]);

  // Acknowledgement first: advice after a reflection is not rushed; before one it is softened.
  let firstReflection = Infinity;
  for (const h of placed) if (h.category === 'reflective') firstReflection = Math.min(firstReflection, h.start);
  const acknowledged = firstReflection !== Infinity;
  placed = placed.filter((h) => h.category !== 'rushed-fix' || h.start <= firstReflection);
  for (const h of placed) {
    if (h.category === 'rushed-fix' && acknowledged) h.severity = shift(h.severity, -1);
  }

  // Context: a feeling left unacknowledged, or a burst right after focusing.
  const feeling = !acknowledged && partnerFeeling;
  const burst = isBurst(context);
  for (const h of placed) {
    if (h.category === 'reflective') continue;
    if (feeling && h.category === 'rushed-fix') h.severity = shift(h.severity, 1);
    if (burst) h.severity = shift(h.severity, 1);
  }

  // The user's settings.
  const sensitivity = options?.sensitivity ?? 'balanced';
  const dismissed = (options?.notAPattern ?? []).map(normalisePhrase).filter(Boolean);
  const findings: Finding[] = [];
  for (const h of placed) {
    if (options?.categories?.[h.category] === false) continue;
    const phrase = text.slice(h.start, h.end);
    if (dismissed.length && isDismissed(h.reason, phrase, dismissed)) continue;
    if (h.category !== 'reflective') {
      // gentle: nothing that ends up low; balanced: not the weak signals (low by rule) unless context raised them.
      if (sensitivity === 'gentle' && h.severity === 'low') continue;
      if (sensitivity === 'balanced' && h.base === 'low' && h.severity === 'low') continue;
    }
    findings.push({
      category: h.category,
      start: h.start,
      end: h.end,
      phrase,
      severity: h.severity,
      reason: h.reason,
      explanation: explain(h.reason, h.category),
    });
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function normalisePhrase(s: string): string {
  return s.toLowerCase().replace(/[’‘`]/g, "'").replace(/[^\p{L}\p{N}'\s-]/gu, ' ').replace(/\s+/g, ' ').trim();
}

function isDismissed(reason: string, phrase: string, dismissed: readonly string[]): boolean {
  const p = normalisePhrase(phrase);
  return dismissed.some((d) => d === reason || d === p || (d.includes(' ') && (` ${p} `.includes(` ${d} `) || ` ${d} `.includes(` ${p} `))));
}
