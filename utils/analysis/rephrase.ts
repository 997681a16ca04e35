/**
 * Reflective rephrasings of a flagged draft (Pause – Attend – Reflect).
 *
 *   draft ──► sentences (the analyser's own segmentation, so ranges match its findings)
 *     ──► flagged sentences only ──► moves per barrier (rephrase-moves.ts, grammar on compromise)
 *     ──► re-analyse every candidate, drop any that is flagged again ──► the draft's style
 *     ──► up to three alternatives, each one range covering the flagged sentences, with the
 *         sentences between them copied byte for byte.
 *
 * Never for a draft that speaks of crisis: the hint shows safetyForDraft()'s note instead.
 */
import { IncrementalAnalyzer } from './incremental';
import { detectCrisis } from './safety';
import { segment, type Segment } from './segment';
import { ACK, assumptionVariants, outsourcingVariants, rushedVariants, type Variant } from './rephrase-moves';
import { hasFinalPunct, styled, styleOf, type DraftStyle } from './rephrase-grammar';
import type { Category, Finding, Rephrasing } from './types';

const BARRIERS: readonly Category[] = ['rushed-fix', 'assumption', 'outsourcing'];
/** Words that already acknowledge a feeling: never add a second acknowledgement after them. */
const ACK_WORDS = /\b(sorry|sounds|must (be|have)|i hear|i can (see|imagine)|i understand|that'?s (so |really )?(hard|tough|awful|rough|terrible)|that sucks)\b/i;

interface Flagged {
  seg: Segment;
  findings: Finding[]; // offsets relative to seg.text
}

export function rephrase(text: string, findings: Finding[]): Rephrasing[] {
  if (!text.trim() || detectCrisis(text)) return [];
  const barrier = findings.filter((f) => BARRIERS.includes(f.category));
  if (barrier.length === 0) return [];

  const flagged: Flagged[] = [];
  for (const seg of sentencesOf(text)) {
    const end = seg.start + seg.text.length;
    const fs = barrier.filter((f) => f.start >= seg.start && f.start < end);
    if (fs.length) flagged.push({ seg, findings: fs.map((f) => ({ ...f, start: f.start - seg.start, end: Math.min(f.end, end) - seg.start })) });
  }
  if (flagged.length === 0) return [];

  const style = styleOf(text);
  const first = flagged[0]!.seg;
  // Duplicated acknowledgement guard: the draft already acknowledges (before or after the advice).
  const draftAcks = findings.some((f) => f.category === 'reflective') || ACK_WORDS.test(text);
  const ackedBefore = findings.some((f) => f.category === 'reflective' && f.start < first.start) || ACK_WORDS.test(text.slice(0, first.start));

  const start = first.start;
  const lastSeg = flagged[flagged.length - 1]!.seg;
  const end = lastSeg.start + lastSeg.text.length;

  const cache = new Map<string, Variant[]>();
  const variantsOf = (i: number, acked: boolean) => {
    const key = `${i}:${acked}`;
    let v = cache.get(key);
    if (!v) cache.set(key, (v = sentenceVariants(flagged[i]!, style, acked, draftAcks, i === 0 ? 3 : 1)));
    return v;
  };

  const out: Rephrasing[] = [];
  const seen = new Set<string>();
  const firstVariants = variantsOf(0, ackedBefore);
  for (let k = 0; k < firstVariants.length && out.length < 3; k++) {
    let acked = ackedBefore || firstVariants[k]!.acks;
    let replacement = firstVariants[k]!.text;
    let ok = true;
    let cursor = first.start + first.text.length; // end of the original text consumed so far
    for (let i = 1; i < flagged.length; i++) {
      const seg = flagged[i]!.seg;
      const gap = text.slice(cursor, seg.start);
      cursor = seg.start + seg.text.length;
      const vs = variantsOf(i, acked);
      // Advice after the acknowledgement already added is not rushed: keep it as written if no offer fits.
      const best = vs[0] ?? (acked && flagged[i]!.findings.every((x) => x.category === 'rushed-fix') ? { text: flagged[i]!.seg.text, acks: false } : undefined);
      if (!best) {
        ok = false;
        break;
      }
      // The same rewrite twice ("You've ruined it! … You've ruined it!") says it once.
      if (best.text !== seg.text && replacement.includes(best.text)) {
        replacement += gap.replace(/\s+$/, '');
        continue;
      }
      replacement += gap + best.text;
      acked = acked || best.acks;
    }
    if (!ok || seen.has(replacement)) continue;
    seen.add(replacement);
    const v = firstVariants[k]!;
    out.push({ start, end, text: replacement, move: v.move, category: v.category });
  }
  return out;
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

/** The full draft with the best alternative applied; null when there is nothing to rephrase. */
export function bestRewrite(text: string, findings: Finding[]): string | null {
  const r = rephrase(text, findings)[0];
  return r ? text.slice(0, r.start) + r.text + text.slice(r.end) : null;
}

/** Candidate rewrites of one flagged sentence that pass re-analysis, best first. */
function sentenceVariants(f: Flagged, style: DraftStyle, acked: boolean, draftAcks: boolean, limit: number): Variant[] {
  const sentence = f.seg.text;
  const cats = new Set(f.findings.map((x) => x.category));
  const primary: Category = cats.has('outsourcing') ? 'outsourcing' : cats.has('assumption') ? 'assumption' : 'rushed-fix';

  let candidates: Variant[] = [{ text: sentence, move: '', category: primary, acks: false }];
  for (const cat of ['outsourcing', 'assumption'] as const) {
    if (!cats.has(cat)) continue;
    candidates = candidates.flatMap((c) => {
      const fs = c.text === sentence ? f.findings.filter((x) => x.category === cat) : findingsOf(c.text, cat);
      if (fs.length === 0) return [c];
      const made = cat === 'outsourcing' ? outsourcingVariants(c.text, fs) : assumptionVariants(c.text, fs);
      return made.map((m) => ({ ...m, move: c.move || m.move, category: c.move ? c.category : m.category }));
    });
  }
  // Advice left in (or introduced): acknowledge first / offer, unless the draft already acknowledged.
  candidates = candidates.flatMap((c) => {
    const fs = c.text === sentence ? f.findings.filter((x) => x.category === 'rushed-fix') : findingsOf(c.text, 'rushed-fix');
    if (fs.length === 0) return [c];
    const made = rushedVariants(c.text, fs, acked, analyzed);
    return made.map((m) => ({ ...m, move: c.move || m.move, category: c.move ? c.category : m.category }));
  });

  const out: Variant[] = [];
  const seen = new Set<string>();
  // The draft acknowledges later on: prefer not to add a second acknowledgement when an offer will do.
  if (draftAcks && !acked) candidates.sort((a, b) => Number(a.acks) - Number(b.acks));
  // The draft acknowledges elsewhere: once an offer without a second acknowledgement passes, the
  // variants that add one ("That sounds really hard. …") would duplicate it.
  let skipAcks = false;
  for (const c of candidates) {
    if (out.length >= limit) break;
    if (!c.move || c.text === sentence || (skipAcks && c.acks)) continue;
    const text = finish(c.text, sentence, style);
    if (seen.has(text) || duplicatedAck(text)) continue;
    seen.add(text);
    if (!passes(text, acked)) continue;
    out.push({ ...c, text });
    if (draftAcks && !acked && !c.acks) skipAcks = true;
  }
  if (out.length === 0 && f.findings.length > 1) {
    // Several barriers tangled in one sentence: name the feeling instead of patching each one.
    const generic = finish(f.findings.some((x) => x.category === 'outsourcing') ? "I'm really upset right now, and I'd like your support." : "I'm telling myself a story about this, and I'd like to check it with you — can you help me understand?", sentence, style);
    if (passes(generic, acked)) out.push({ text: generic, move: f.findings.some((x) => x.category === 'outsourcing') ? 'own the feeling' : 'name the story', category: f.findings[0]!.category === 'rushed-fix' ? f.findings[f.findings.length - 1]!.category : f.findings[0]!.category, acks: false });
  }
  return out;
}

/**
 * Re-analysis of candidates. The incremental analyzer gives exactly analyze()'s results, cached per
 * sentence: candidates share sentences ("That sounds really hard."), and while the user types the
 * same flagged sentence is rephrased again after every pause.
 */
const checker = new IncrementalAnalyzer(2000);
function analyzed(text: string): Finding[] {
  return checker.analyze(text);
}

/** Forget the re-analysis cache (for the cold-path bench and tests). */
export function resetRephraseCache(): void {
  checker.reset();
}

function findingsOf(text: string, cat: Category): Finding[] {
  return analyzed(text).filter((f) => f.category === cat);
}

/** A rewrite must not be flagged again (advice after an earlier acknowledgement is not rushed). */
function passes(text: string, acked: boolean): boolean {
  return !analyzed(text).some((f) => f.category !== 'reflective' && !(acked && f.category === 'rushed-fix'));
}

function duplicatedAck(text: string): boolean {
  const acks = text.match(/\b(that sounds|i can see|it sounds like|i hear)\b/gi);
  return !!acks && acks.length > 1;
}

/** The draft's style: casing, apostrophes, and no final full stop for someone who writes without. */
function finish(text: string, original: string, style: DraftStyle): string {
  let out = styled(text.replace(/\s+/g, ' ').trim(), style);
  if (style.lower) {
    // One sentence per suggestion for a lowercase texter: join generated sentences with a dash.
    out = out.replace(/(hard|you are|how hard this is|weighing on you|matters to you|still really hurts|feeling down)[.]\s+(?=[a-z])/g, '$1 — ');
  }
  if (!hasFinalPunct(original)) out = out.replace(/\.\s*$/, '');
  if (ACK.length && out === original) return out;
  return out;
}
