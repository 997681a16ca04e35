/**
 * Reflective rephrasings of a flagged draft (Pause – Attend – Reflect), fitted to what the partner
 * said when Attune knows it.
 *
 *   draft ──► sentences (the analyser's own segmentation, so ranges match its findings)
 *     ──► flagged sentences only ──► one move per sentence (rephrase/: rushed-fix, dismissal,
 *         assumption, outsourcing), several phrasings each, rotated by a hash of the draft
 *     ──► the gate (rephrase/gate.ts): clears the barrier on re-analysis, grammatical by
 *         compromise's tags, keeps the content words where the move keeps the idea, not too long
 *     ──► the draft's style ──► up to three alternatives, each one range covering the flagged
 *         sentences, with the sentences between them copied byte for byte.
 *
 * When no candidate passes, the one result is `kind: 'ask'`: a question to ask the partner first,
 * shown as a question and never inserted as a rewrite. Never anything for a draft that speaks of
 * crisis: the hint shows safetyForDraft()'s note instead.
 */
import { IncrementalAnalyzer } from './incremental';
import { detectCrisis } from './safety';
import { segment, type Segment } from './segment';
import { hasFinalPunct, styled, styleOf, type DraftStyle } from './rephrase-grammar';
import { readPartner, type PartnerRead } from './rephrase/partner';
import { ideaOf, isWellWish, moreSpecific, rushedFixVariants } from './rephrase/rushed-fix';
import { dismissalVariants, isDismissal } from './rephrase/dismissal';
import { admires, assumptionVariants } from './rephrase/assumption';
import { jokeOrThanks, outsourcingVariants } from './rephrase/outsourcing';
import { askFirst } from './rephrase/openers';
import { gate, resetGateCache } from './rephrase/gate';
import { SARCASTIC_LEAD, hashOf, type Variant } from './rephrase/shared';
import type { AnalysisContext, Category, Finding, Rephrasing } from './types';

const BARRIERS: readonly Category[] = ['rushed-fix', 'assumption', 'outsourcing'];
/** Words that already acknowledge a feeling: a rewrite then adds no second acknowledgement. */
const ACK_WORDS = /\b(sorry|sounds|must (be|have)|i hear|i can (see|imagine)|i understand|that'?s (so |really )?(hard|tough|awful|rough|terrible|good|great|amazing|awesome|wonderful)|that sucks|congrat\w*|awesome|amazing|so proud|well done)\b/i;

interface Flagged {
  seg: Segment;
  findings: Finding[]; // offsets relative to seg.text
}

/**
 * The last results: after every typing pause the hint asks again for the same draft, and the
 * answer is the same (the moves are deterministic).
 */
const results = new Map<string, Rephrasing[]>();

export function rephrase(text: string, findings: Finding[], context?: AnalysisContext): Rephrasing[] {
  const key = `${text}\u0000${context?.partnerMessage ?? ''}\u0000${findings.map((f) => `${f.category}:${f.reason}:${f.start}:${f.end}`).join(',')}`;
  const hit = results.get(key);
  if (hit) return hit.map((r) => ({ ...r }));
  const out = compute(text, findings, context);
  if (results.size >= 50) results.delete(results.keys().next().value as string);
  results.set(key, out);
  return out.map((r) => ({ ...r }));
}

function compute(text: string, findings: Finding[], context?: AnalysisContext): Rephrasing[] {
  if (!text.trim() || detectCrisis(text)) return [];
  const barrier = findings.filter((f) => BARRIERS.includes(f.category));
  if (barrier.length === 0) return [];

  const flagged: Flagged[] = [];
  const all = sentencesOf(text);
  for (let k = 0; k < all.length; k++) {
    const seg = all[k]!;
    // "of course you did. you tell her everything first": a bare verdict and the story after it are
    // one thought; the story is what the rewrite says (the verdict alone has nothing to say).
    const next = all[k + 1];
    const verdictOnly = barrier.filter((f) => f.start >= seg.start && f.start < seg.start + seg.text.length);
    if (next && verdictOnly.length && verdictOnly.every((f) => f.reason === 'assume-typical') && seg.text.split(/\s+/).length <= 4 && /^\W*(?:you|u)\b/i.test(next.text) && !barrier.some((f) => f.start >= next.start && f.start < next.start + next.text.length) && !/\n/.test(text.slice(seg.start, next.start))) {
      seg.text = text.slice(seg.start, next.start + next.text.length);
      all.splice(k + 1, 1);
    }
    const end = seg.start + seg.text.length;
    const fs = barrier.filter((f) => f.start >= seg.start && f.start < end);
    if (fs.length) flagged.push(...splitAtSplice({ seg, findings: fs.map((f) => ({ ...f, start: f.start - seg.start, end: Math.min(f.end, end) - seg.start })) }));
  }
  if (flagged.length === 0) return [];
  // Praise flagged as an always/never ("you never fail to make my day") gets no offer: any rewrite
  // or question would turn it against the partner.
  if (flagged.every((f) => f.findings.every((x) => x.reason === 'assume-always-never') && admires(f.seg.text))) return [];
  // So does a well-wish read as advice ("give her my love", "have fun tonight").
  if (flagged.every((f) => f.findings.every((x) => isWellWish(f.seg.text, x)))) return [];
  // So does a joke or a thank-you read as blame ("because of you I'm obsessed with sushi now 😂").
  if (flagged.every((f) => f.findings.every((x) => jokeOrThanks(text, x)))) return [];

  const partner = readPartner(context?.partnerMessage);
  const style = styleOf(text);
  const first = flagged[0]!.seg;
  const lastSeg = flagged[flagged.length - 1]!.seg;
  let start = first.start;
  // "wow ok. you clearly …", "shock. you never …": a sarcastic sentence just before a story or a
  // blame goes with it; kept before a plainly said feeling it would undo it.
  const firstCats = flagged[0]!.findings.map((f) => f.category);
  if (firstCats.includes('assumption') || firstCats.includes('outsourcing')) {
    const before = sentencesOf(text.slice(0, start));
    for (let i = before.length - 1; i >= 0 && SARCASTIC_LEAD.test(before[i]!.text) && !/\n/.test(text.slice(before[i]!.start, start)); i--) start = before[i]!.start;
  }
  let end = lastSeg.start + lastSeg.text.length;
  // A sarcastic sign-off after blame or a story ("… thanks for that 😒", "… cool") goes with it:
  // kept after a plainly said feeling it would undo it.
  const lastCats = flagged[flagged.length - 1]!.findings.map((f) => f.category);
  if ((lastCats.includes('outsourcing') || lastCats.includes('assumption')) && (SARCASTIC_TAIL.test(text.slice(end)) || ABSOLUTE_TAIL.test(text.slice(end)))) end = text.length;
  // "block him. problem solved": the fix's verdict on itself goes with the fix turned into a question.
  if (lastCats.includes('rushed-fix') && FIX_VERDICT_TAIL.test(text.slice(end))) end = text.length;
  // "you should make a list. and maybe ask your brother to help move the sofa": advice in sentences
  // side by side would be two questions; the offer asks about one, the idea with most to it.
  if (flagged.length > 1 && flagged.every((f, i) => onlyAdvice(f) && (i === 0 || !/\S/.test(text.slice(flagged[i - 1]!.seg.start + flagged[i - 1]!.seg.text.length, f.seg.start))))) {
    // Only when every sentence holds an idea that could be offered: a long sentence with no one idea
    // is not silently dropped.
    const ideas = flagged.map((f) => ideaOf(f.seg.text, f.findings.find((x) => x.reason.startsWith('advice-'))!)?.infinitive ?? null);
    if (ideas.every((i) => i !== null)) {
      let k = 0;
      for (let i = 1; i < ideas.length; i++) if (moreSpecific(ideas[i]!, ideas[k]!)) k = i;
      flagged.splice(0, flagged.length, flagged[k]!);
    }
  }
  // The draft already acknowledges (before the flagged part, or anywhere): no second acknowledgement.
  const draftAcks = findings.some((f) => f.category === 'reflective') || ACK_WORDS.test(text);
  const seed = hashOf(text);

  // A partner who speaks of crisis needs presence, not a reworded reply: only the question to ask.
  const firstVariants = partner.mood === 'crisis' ? [] : sentenceVariants(flagged[0]!, partner, style, seed, draftAcks, false, 3);
  const out: Rephrasing[] = [];
  const seen = new Set<string>();
  // A later sentence's best rewrite depends only on whether an acknowledgement came before it.
  const later = new Map<string, Variant | undefined>();
  const laterBest = (i: number, acked: boolean) => {
    const key = `${i}:${acked}`;
    if (!later.has(key)) later.set(key, sentenceVariants(flagged[i]!, partner, style, hashOf(flagged[i]!.seg.text) ^ seed, acked, true, 1)[0]);
    return later.get(key);
  };
  for (const v of firstVariants) {
    let replacement = v.text;
    let acked = draftAcks || v.acks;
    let cursor = first.start + first.text.length;
    let ok = true;
    for (let i = 1; i < flagged.length; i++) {
      const seg = flagged[i]!.seg;
      const rawGap = text.slice(cursor, seg.start);
      cursor = seg.start + seg.text.length;
      // "… you never do", "you always do": an elliptical absolute after a rewritten story says it
      // again, and its rewrite would dangle ("it would mean a lot to me if you did").
      if (ELLIPTICAL_ABSOLUTE.test(seg.text)) {
        continue;
      }
      // A validation of the partner's hurt followed by a story about them ("… you always make a
      // fuss") or a blame takes the validation back: the validation answers the moment alone.
      if (/^(validate|accept)/.test(v.move) && flagged[i]!.findings.every((x) => x.category !== 'rushed-fix')) continue;
      // After a loss or a hurt ("she left me", "my dog died") the validation and its question are the
      // answer: a fix from a later sentence ("… get back out there") pushed after them rushes past it.
      if (/^(validate|accept)/.test(v.move) && partner.mood === 'hard') continue;
      // Two pieces of advice, each offered as a question, are an interrogation: the first offer stays,
      // and a later sentence that is only more advice is left out (one question per offer).
      if (v.category === 'rushed-fix' && v.keepsIdea && flagged[i]!.findings.every((x) => x.category === 'rushed-fix' && x.reason.startsWith('advice-'))) continue;
      const best = laterBest(i, acked);
      if (!best) {
        ok = false;
        break;
      }
      // A part split off at a comma splice follows a finished sentence: no comma after its "?".
      const gap = /[.!?…]$/.test(replacement) ? rawGap.replace(/^\s*[,;]\s*(?:(?:and|but|so)\s+)?/i, ' ') : rawGap;
      // The same rewrite twice ("You've ruined it! … You've ruined it!") says it once.
      // A second "can we talk?" after one already asked is a pile-up: a later sentence whose
      // rewrite keeps none of its words ("late as usual.", "typical") is said once, by the first.
      if (replacement.includes(best.text) || (!best.keepsIdea && /\?/.test(replacement) && /\?/.test(best.text))) {
        replacement += gap.replace(/\s+$/, '');
        continue;
      }
      // A second story or feeling after one already asked about: said, but not asked again (one
      // question per offer; "… Or am I wrong? … Does it?" reads as an interrogation).
      let said = best.text;
      const asked = /\?/.test(replacement) && best.category !== 'rushed-fix' ? /^(.*[.!])\s+[^.!?]*\?\s*$/s.exec(said) : null;
      if (asked) said = asked[1]!;
      replacement += gap + said;
      acked = acked || best.acks;
    }
    if (!ok || seen.has(replacement)) continue;
    seen.add(replacement);
    // The whole draft as it would be sent, read again: sentences that pass one by one can still
    // read as a barrier together (an opener that becomes advice next to the offer).
    if (analyzed(text.slice(0, start) + replacement + text.slice(end)).some((f) => BARRIERS.includes(f.category))) continue;
    out.push({ start, end, text: replacement, move: v.move, category: v.category, kind: 'rewrite', keepsIdea: v.keepsIdea });
  }
  if (out.length) return out;
  // Nothing passed: a question to ask first, in the draft's style.
  const category = primaryCategory(flagged[0]!);
  return [{ start, end, text: finish(askFirst(category, partner, seed), text, style), move: 'ask first', category, kind: 'ask', keepsIdea: false }];
}

/** The best full-draft rewrite; null when there is nothing to rephrase or only a question to ask first. */
export function bestRewrite(text: string, findings: Finding[], context?: AnalysisContext): string | null {
  return suggestionFor(text, findings, context).rewrite;
}

/** What the hint would offer: the best full-draft rewrite, or the question to ask first instead. */
/** A closing word or two of sarcasm, and nothing after it. */
const SARCASTIC_TAIL = /^[\s.!,]*(?:(?:thanks|thank you|ty)(?: so much| a lot| for that| for nothing)?|cheers|cool|great|lovely|perfect|brilliant|nice one|well done|fantastic|wonderful|amazing|fab|super|noted|k|ok|fine)[\s.!,]*(?:\p{Extended_Pictographic}\uFE0F?\s*)*$/iu;

/** The advice's verdict on itself, closing the draft: "problem solved", "sorted", "easy", "simple as". */
const FIX_VERDICT_TAIL = /^[\s.!,]*(?:problem\s+solved|sorted|easy(?:\s+as\s+that)?|simple(?:\s+as(?:\s+that)?)?|job\s+done|done|there\s+you\s+go|end\s+of|that'?s\s+(?:it|all(?:\s+it\s+takes)?)|no\s+brainer)[\s.!,]*(?:\p{Extended_Pictographic}\uFE0F?\s*)*$/iu;

/**
 * A fragment that repeats the absolute after it ("… about me. every single time", "… again. typical"):
 * left after a rewrite that drops the absolute, it dangles and says it again.
 */
const ABSOLUTE_TAIL = /^[\s.!,]*(?:(?:(?:you|u)\s+(?:always|never)\s+(?:do|did|does|will|would)(?:\s+(?:this|that|it))?|every\s+(?:single\s+)?time|as\s+(?:usual|always)|again|always|typical|classic(?:\s+(?:you|him|her))?|every\s+(?:day|week)|all\s+the\s+time|without\s+fail|like\s+always|same\s+as\s+(?:always|ever))[\s.!,]*)+(?:\p{Extended_Pictographic}\uFE0F?\s*)*$/iu;

/** A sentence that is only an absolute about a habit already named: "you never do.", "you always do". */
const ELLIPTICAL_ABSOLUTE = /^\W*(?:and\s+)?(?:you|u)\s+(?:always|never)\s+(?:do|did|does|will|would|have|are)(?:\s+(?:this|that|it))?\W*$/i;

export function suggestionFor(text: string, findings: Finding[], context?: AnalysisContext): { rewrite: string | null; ask: string | null } {
  const r = rephrase(text, findings, context)[0];
  if (!r) return { rewrite: null, ask: null };
  if (r.kind === 'ask') return { rewrite: null, ask: r.text };
  return { rewrite: text.slice(0, r.start) + r.text + text.slice(r.end), ask: null };
}

/**
 * "you should just talk to him, you never listen to me": two barriers of different kinds joined by a
 * comma are two sentences to the reader, and each gets its own move; one move cannot carry both.
 */
function splitAtSplice(f: Flagged): Flagged[] {
  const fs = [...f.findings].sort((a, b) => a.start - b.start);
  for (let i = 1; i < fs.length; i++) {
    if (fs[i]!.category === fs[i - 1]!.category) continue;
    const between = f.seg.text.slice(fs[i - 1]!.end, fs[i]!.start);
    const comma = /[,;]\s*(?:(?:and|but|so)\s+)?(?!.*[,;])/.exec(between);
    if (!comma) continue;
    const cut = fs[i - 1]!.end + comma.index;
    const next = fs[i - 1]!.end + comma.index + comma[0].length;
    const head: Flagged = { seg: { ...f.seg, text: f.seg.text.slice(0, cut) }, findings: fs.filter((x) => x.start < cut) };
    const tail: Flagged = {
      seg: { ...f.seg, start: f.seg.start + next, text: f.seg.text.slice(next) },
      findings: fs.filter((x) => x.start >= next).map((x) => ({ ...x, start: x.start - next, end: x.end - next })),
    };
    return [head, ...splitAtSplice(tail)];
  }
  return [f];
}

/**
 * Whole sentences: the analysis cuts very long unpunctuated sentences into segments (to keep each
 * parse small), but a rewrite must see the sentence to its end, or "…, she was there for you"
 * would be left dangling after the question mark of the offer.
 */
function sentencesOf(text: string): Segment[] {
  const out: Segment[] = [];
  for (const seg of segment(text)) {
    const prev = out[out.length - 1];
    const prevEnd = prev ? prev.start + prev.text.length : 0;
    if (prev && !/[.!?…]["'”’)\]]*$/.test(prev.text) && !text.slice(prevEnd, seg.start).includes('\n')) {
      prev.text = text.slice(prev.start, seg.start + seg.text.length);
    } else out.push({ ...seg });
  }
  return out;
}

/** A flagged sentence that is only advice (no dismissal, blame or story in it). */
function onlyAdvice(f: Flagged): boolean {
  return f.findings.every((x) => x.category === 'rushed-fix' && x.reason.startsWith('advice-') && !isDismissal(f.seg.text, x));
}

function primaryCategory(f: Flagged): Category {
  const cats = new Set(f.findings.map((x) => x.category));
  return cats.has('outsourcing') ? 'outsourcing' : cats.has('assumption') ? 'assumption' : 'rushed-fix';
}

/** Candidates of every move that fits the sentence, the most specific move first. */
function candidatesOf(f: Flagged, partner: PartnerRead, seed: number): Variant[] {
  const s = f.seg.text;
  const fs = f.findings;
  const of = (cat: Category) => fs.filter((x) => x.category === cat);
  const out: Variant[] = [];
  if (fs.some((x) => isDismissal(s, x))) out.push(...dismissalVariants(s, fs, partner, seed, analyzed));
  if (of('outsourcing').length) out.push(...outsourcingVariants(s, of('outsourcing'), seed));
  if (of('assumption').length) out.push(...assumptionVariants(s, of('assumption'), seed));
  if (of('rushed-fix').length) out.push(...rushedFixVariants(s, of('rushed-fix'), partner, seed));
  return out;
}

/** Candidate rewrites of one flagged sentence that pass the gate, best first. */
function sentenceVariants(f: Flagged, partner: PartnerRead, style: DraftStyle, seed: number, acked: boolean, later: boolean, limit: number): Variant[] {
  const sentence = f.seg.text;
  let candidates = candidatesOf(f, partner, seed);
  // An acknowledgement already made (by the draft or an earlier rewritten sentence) is not repeated.
  if (acked) candidates = [...candidates.filter((c) => !c.acks), ...(later ? [] : candidates.filter((c) => c.acks && c.move.startsWith('validate')))];
  const out: Variant[] = [];
  const seen = new Set<string>();
  const moves = new Set<string>();
  for (const c of candidates) {
    if (out.length >= limit) break;
    const text = finish(c.text, sentence, style);
    if (text === sentence || seen.has(text)) continue;
    seen.add(text);
    // Alternatives differ in move where they can: a second phrasing of the same move only fills up.
    if (moves.has(c.move) && candidates.some((d) => !moves.has(d.move) && d !== c && !seen.has(finish(d.text, sentence, style)))) continue;
    const failure = gate({
      candidate: text,
      original: sentence,
      findings: f.findings,
      keepsIdea: c.keepsIdea,
      dropped: c.dropped,
      frame: Math.min(90, newChars(text, sentence)),
      analyse: analyzed,
      // Advice after an acknowledgement the rewrite already made is no rush (the analysis agrees).
      allowed: (x) => acked && later && x.category === 'rushed-fix',
    });
    if (failure) continue;
    out.push({ ...c, text });
    moves.add(c.move);
  }
  return out;
}

/** Characters of the candidate in words the draft did not have: the framing a move added. */
function newChars(candidate: string, original: string): number {
  const own = new Set(original.toLowerCase().match(/[a-z']+/g) ?? []);
  return (candidate.toLowerCase().match(/[a-z']+/g) ?? []).filter((w) => !own.has(w)).reduce((n, w) => n + w.length + 1, 0);
}

/**
 * Re-analysis of candidates. The incremental analyzer gives exactly analyze()'s results, cached per
 * sentence: candidates share sentences, and while the user types the same flagged sentence is
 * rephrased again after every pause.
 */
const checker = new IncrementalAnalyzer(2000);
function analyzed(text: string): Finding[] {
  return checker.analyze(text);
}

/** Forget the re-analysis cache (for the cold-path bench and tests). */
export function resetRephraseCache(): void {
  checker.reset();
  results.clear();
  resetGateCache();
}

/** The draft's style: casing, apostrophes, and no final full stop for someone who writes without. */
function finish(text: string, original: string, style: DraftStyle): string {
  let out = styled(text.replace(/\s+/g, ' ').trim(), style);
  if (!hasFinalPunct(original)) out = out.replace(/\.\s*$/, '');
  return out;
}
