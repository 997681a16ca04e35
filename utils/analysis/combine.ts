/**
 * From per-segment hits to the findings of the whole draft. Everything here is cheap (no
 * parsing): the draft-level decisions live here because they depend on more than one sentence.
 *
 *   hits per segment ──► absolute spans ──► drop quoted text ──► resolve overlaps
 *     ──► acknowledgement first? (rushed-fix dropped / softened)
 *     ──► the scorer decides rushed-fix / reflective (keeps, vetoes or adds a finding) ──► context severity
 *     ──► user options (categories, "not a pattern", sensitivity) ──► sorted findings
 */
import { isBurst, readPartnerContext, shift } from './context';
import type { Hit } from './engine';
import { explain } from './explain';
import { admiring, affectionate, soundsNegative } from './frame';
import { SARCASM } from './lexicon';
import { contextFeatures, normaliseForScorer, segmentFeatures } from './scorer/features';
import type { Scorer } from './scorer/model';
import type { SegmentResult } from './scorer/segment-score';
import type { Segment } from './segment';
import type { AnalysisContext, AnalyzeOptions, Finding } from './types';

interface Placed extends Hit {
  base: Hit['severity'];
}

/**
 * Laughter in the sentence: "calm down, it's just a surprise party lol" teases about a plan. A
 * minimising phrase there is a barrier only when the partner's message carried a feeling to
 * minimise (advice with a "lol" is still advice: "lol maybe just talk to her").
 */
const LAUGHTER = /\b(lol|lmao|haha+|hehe+|jk)\b|[😂🤣😜😝😛😆]/iu;

/** Reassurance answering a practical question ("is it ok to wear trainers?" "you'll be fine"): no feeling is brushed aside. */
const REASSURES = /^minimise-(be-fine|dont-worry)$/;

/**
 * Celebrating or cheering on: "you should celebrate", "treat yourself", "you'd be so good at it, take it!".
 * Read only after good news (rules/rushed-fix.ts CELEBRATES is the context-free list of praise words).
 */
const CHEERS_ON = /\b(celebrat\w*|treat (yourself|yourselves|urself|ya ?self)|party|champagne|prosecco|bubbly|splash out|frame it|brag|show (it )?off|cake|a toast|enjoy (it|every|this|the moment)|take (the|a) (day|night|week) off|go for it|take it|say yes|you'd be (so |really |amazing |brilliant )*(good|great|amazing|brilliant|perfect))\b/i;

/** Quoted passages and "> " reply quotes: words someone else said are not the user's barrier. */
const QUOTED = /"[^"\n]{2,300}"|“[^”\n]{2,300}”|(?:^|(?<=[\s(]))'[^'\n]{4,200}'(?=[\s.,!?)]|$)|(?:^|\n)[ \t]*>[^\n]*/g;

/**
 * Where QUOTED can start: a double quote, a '>', or an apostrophe at the start or after a space or
 * bracket (its lookbehind). Apostrophes inside words ("I'm") are everywhere and start no quote, so
 * this keeps QUOTED's slower scan off most drafts.
 */
const MAY_QUOTE = /["“>]|(?:^|[\s(])'/;

export function combine(
  text: string,
  segments: readonly Segment[],
  resultOf: (segment: Segment) => SegmentResult,
  context?: AnalysisContext,
  options?: AnalyzeOptions,
  scorer?: Scorer,
): Finding[] {
  let placed: Placed[] = [];
  const partner = readPartnerContext(context?.partnerMessage);
  const partnerFeeling = partner.feeling;
  const results = segments.map(resultOf);
  // Categories whose rule hits the partner's message answered (a plain habit named to an everyday
  // question): the scorer, which reads those hits as features, must not raise them again.
  const answered = new Set<string>();
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    // Tested only when a hit asks (most segments have none): a regex over every segment was a cost per keystroke that grew with the draft.
    let teasing: boolean | undefined;
    for (const h of results[i]!.hits) {
      if (h.onlyAfterFeeling && !partnerFeeling) continue;
      if ((h.plainHabit && partner.everyday) || (h.bareVerdict && partner.othersDoing)) {
        answered.add(h.category);
        continue;
      }
      if (h.reason.startsWith('minimise-') && (teasing ??= !partnerFeeling && LAUGHTER.test(seg.text))) continue;
      placed.push(place(h, seg.start));
    }
  }
  if (placed.length === 0 && !scorer) return [];
  // Taken before quotes and overlaps are resolved: exactly what scripts/train.ts computes.
  const order = orderFeatures(placed);
  // Advice the partner asked for ("help me choose", "where should we eat?") answers them: not a rushed fix
  // (after a shared feeling it may still rush past it: read-labelled support replies count it).
  const asked = partner.asksAdvice;
  if (asked) placed = placed.filter((h) => !h.reason.startsWith('advice-') && !REASSURES.test(h.reason));
  // After good news, a suggestion to celebrate joins in ("you should celebrate!", "treat yourself");
  // a practical one still skips the celebration: "you should negotiate the salary" to "I GOT THE
  // JOB!!!" (REPHRASING.md offers "Congratulations!! Want help thinking about the salary talk?").
  if (partner.goodNews && CHEERS_ON.test(text)) placed = placed.filter((h) => !h.reason.startsWith('advice-'));

  // Quoted text.
  const quotes: [number, number][] = [];
  if (MAY_QUOTE.test(text)) {
    QUOTED.lastIndex = 0;
    for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) quotes.push([m.index, m.index + m[0].length]);
  }
  const quoted = (s: number, e: number) => quotes.some(([qs, qe]) => s >= qs && e <= qe);
  if (quotes.length) placed = placed.filter((h) => !quoted(h.start, h.end));

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

  // The learned scorer adds what the rules missed and confirms their weak signals (README: how they combine).
  if (scorer) {
    // Someone else's words (a quote, a "> " reply) say nothing about how the user is replying.
    const own = quotes.length ? results.map((r, i) => (quoted(segments[i]!.start, segments[i]!.start + segments[i]!.text.length) ? { ...r, scores: r.scores.map(() => 0) } : r)) : results;
    placed = applyScorer(text, segments, own, placed, scorer, [...contextFeatures(context?.partnerMessage, partnerFeeling), ...order], partner.goodNews || asked, answered, quotes);
  }

  // "don't worry about it" to "so sorry I broke your mug" forgives: no feeling was shared, so
  // nothing is brushed aside and no fix is rushed (rules and scorer alike).
  if (partner.ownApology) placed = placed.filter((h) => h.category !== 'rushed-fix');

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

/**
 * A segment's hit at its place in the draft. Built field by field rather than by spreading the hit:
 * the spread was the largest cost of combine() over a long draft's cached hits, every keystroke.
 */
function place(h: Hit, offset: number): Placed {
  const p: Placed = { category: h.category, reason: h.reason, severity: h.severity, start: h.start + offset, end: h.end + offset, base: h.severity };
  if (h.onlyAfterFeeling !== undefined) p.onlyAfterFeeling = h.onlyAfterFeeling;
  return p;
}

/**
 * Draft-level order features: did the rules see an acknowledgement before the first advice? And
 * did a rule that counts only after a shared feeling fire (the hits given are those that stand,
 * so such a hit is here only when the partner's message carried a feeling)?
 */
export function orderFeatures(hits: readonly { category: string; start: number; onlyAfterFeeling?: boolean }[]): string[] {
  let refl = Infinity;
  let fix = Infinity;
  const after = new Set<string>();
  for (const h of hits) if (h.onlyAfterFeeling) after.add(`o:after-feeling:${h.category}`);
  const out = [...after].sort();
  for (const h of hits) {
    if (h.category === 'reflective') refl = Math.min(refl, h.start);
    if (h.category === 'rushed-fix') fix = Math.min(fix, h.start);
  }
  if (refl === Infinity || fix === Infinity) return out;
  return [...out, refl < fix ? 'o:ack-first' : 'o:fix-first'];
}

/**
 * For each category the scorer covers, at or above its threshold: the rules' hits of that category
 * stay (they carry the precise span, reason and vetoes) and a weak one (low by rule) counts as
 * confirmed; if no rule hit exists, the clause with the highest contribution becomes the span,
 * with the category's plain explanation. Below the threshold the rules' hits stand as they are:
 * measured across sources, letting the scorer veto rules lost more recall than it gained precision.
 */
function applyScorer(
  text: string,
  segments: readonly Segment[],
  results: readonly SegmentResult[],
  placed: Placed[],
  scorer: Scorer,
  draft: readonly string[],
  goodNews: boolean,
  answered: ReadonlySet<string>,
  quotes: readonly (readonly [number, number])[],
): Placed[] {
  const p = scorer.probabilities(results.map((r) => r.scores), draft);
  let out = placed;
  scorer.categories.forEach((category, c) => {
    if (p[c]! < scorer.data.thresholds[c]!) return;
    const own = out.filter((h) => h.category === category);
    if (category !== 'reflective') for (const h of own) if (h.base === 'low') h.base = h.severity = 'medium';
    if (own.length || answered.has(category)) return;
    // After good news and no feeling, only a rule's own words make a fix: the scorer's sense of
    // "advice" is also how people share a delight ("you should see the garden in summer!").
    // After a request for advice, likewise (combine drops the rules' advice then).
    if (category === 'rushed-fix' && goodNews) return;
    const span = bestClause(text, segments, results, scorer, c);
    if (!span) return;
    if ((category === 'outsourcing' || category === 'assumption') && !storyMayStand(category, span, quotes)) return;
    out.push({ category, reason: `scored-${category}`, severity: 'medium', base: 'medium', start: span.start, end: span.end });
  });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A story or blame the scorer raised (no rule found it) stands only where the rules' own vetoes
 * would not have stopped it. The scorer reads words, not frames: "you just didn't want to wake me,
 * that's sweet" and "thanks for making me feel so welcome" share every word of a barrier.
 *   - outsourcing needs a hurt, cross or sarcastic note in the sentence, and the sentence names
 *     them or sighs ("fine. I'll sit on my own then"): "…and now I can't even sleep" alone, the
 *     speaker owning a feeling, is what a rephrasing says; assumption needs the sentence to be
 *     about them (it names them, or opens on a sarcastic "of course."/"typical");
 *   - the rest of the sentence admires nothing, and thanks are not given (bar sarcastic thanks);
 *   - a story told with a laugh is teasing ("you really think you're funny don't you 😂"), and one
 *     granted ("…, fair enough") lets it go;
 *   - someone else's quoted words in the sentence make it reported speech.
 */
function storyMayStand(category: 'assumption' | 'outsourcing', span: { start: number; end: number; sentence: string; sentenceStart: number }, quotes: readonly (readonly [number, number])[]): boolean {
  const { sentence, sentenceStart } = span;
  const from = span.start - sentenceStart, to = span.end - sentenceStart;
  const aboutThem = ABOUT_THEM.test(normaliseForScorer(sentence));
  if (category === 'outsourcing' && (!soundsNegative(sentence) || !(aboutThem || SIGH.test(sentence)))) return false;
  if (category === 'assumption' && (!aboutThem || affectionate(sentence) || LAUGHTER.test(sentence) || ACCEPTING.test(sentence))) return false;
  // the rest of the sentence, the whole of it, or the clause itself ("that's why you're so great!")
  if (admiring(sentence, from, to) || admiring(sentence, 0, 0) || admiring(sentence.slice(from, to), 0, 0)) return false;
  if (THANKS.test(sentence) && !SARCASM.test(sentence.toLowerCase())) return false;
  return !quotes.some(([qs, qe]) => qe > sentenceStart && qs < sentenceStart + sentence.length);
}

/** The sentence is about the other person: it names them, or opens on a sarcastic concession. */
const ABOUT_THEM = /\b(you|your|you're|you've|you'd|you'll|yourself)\b|^(of course|course|sure|typical|funny|right|oh now|wow|as per|as usual)\b/;
/** Thanks given ("thank you so much", "I'm so grateful"), not blame's "thanks to you". */
const THANKS = /\b(thank (you|u)|thanks(?! to (you|u)\b)|(my|our) thanks|grateful|appreciate (it|you|that|this))\b/i;
/** A sigh or guilt trip that need not name them: "fine.", "great, now…", "…on my own then", "thanks a lot", 🙃. */
const SIGH = /^\W*(great|brilliant|lovely|cool|nice|fine|perfect|sigh|wonderful|cheers|thanks|ok|okay|right|sure|wow)\b|\b(then|thanks|cheers|again|i guess|don't mind me|never mind me|whatever)\W*$|\b(i'll just|guess i'll|i'll be (the one|left|stuck|alone|on my own)|on my own|by myself|alone)\b|[🙃🙄😒]/iu;
/** Letting it go: "you just don't want to overdo it, fair enough" grants them their reason. */
const ACCEPTING = /\b(fair enough|that's fair|fair play|makes sense|no worries|i get it|totally get it|understandable|that's fine|all good)\b/i;

const CLAUSE = /[^,;:—–]+/g;

/** The clause (inside the segment that contributes most) whose own features score highest. */
function bestClause(
  text: string,
  segments: readonly Segment[],
  results: readonly SegmentResult[],
  scorer: Scorer,
  c: number,
): { start: number; end: number; sentence: string; sentenceStart: number } | undefined {
  let best = -1;
  for (let i = 0; i < segments.length; i++) if (best < 0 || results[i]!.scores[c]! > results[best]!.scores[c]!) best = i;
  const seg = segments[best];
  if (!seg) return undefined;
  let span: { start: number; end: number; score: number } | undefined;
  CLAUSE.lastIndex = 0;
  for (let m = CLAUSE.exec(seg.text); m; m = CLAUSE.exec(seg.text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!/\w/.test(body)) continue;
    const score = scorer.score(segmentFeatures(body, []))[c]!;
    if (!span || score > span.score) span = { start: seg.start + m.index + lead, end: seg.start + m.index + lead + body.length, score };
  }
  return span && text.slice(span.start, span.end) ? { start: span.start, end: span.end, sentence: seg.text, sentenceStart: seg.start } : undefined;
}

export function normalisePhrase(s: string): string {
  return s.toLowerCase().replace(/[’‘`]/g, "'").replace(/[^\p{L}\p{N}'\s-]/gu, ' ').replace(/\s+/g, ' ').trim();
}

function isDismissed(reason: string, phrase: string, dismissed: readonly string[]): boolean {
  const p = normalisePhrase(phrase);
  return dismissed.some((d) => d === reason || d === p || (d.includes(' ') && (` ${p} `.includes(` ${d} `) || ` ${d} `.includes(` ${p} `))));
}
