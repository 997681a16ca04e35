/**
 * The quality gate in front of every offer. A candidate is offered only when
 *   1. analysed again it clears the barrier (no barrier finding at all);
 *   2. it reads as grammatical English by compromise's tags: agreement of subject and verb, a verb
 *      in every clause, no bare verb after "are"/"aren't" ("you aren't text back"), no feeling word
 *      left dangling before a noun ("I'm feeling upset an idiot"), no clause ending mid-phrase;
 *   3. it keeps the draft's content words (nouns and main verbs) where its move keeps the idea;
 *   4. it is at most twice the draft sentence plus the framing the move adds (opener, question).
 * A move may therefore offer something bold: what does not pass is never shown.
 */
import nlp from 'compromise';
import type { Finding } from '../types';
import { verbForms } from '../rephrase-grammar';

export interface GateInput {
  candidate: string;
  /** The draft sentence(s) the candidate replaces. */
  original: string;
  /** Findings in the original, relative to it (their words are what a move changes). */
  findings: Finding[];
  keepsIdea: boolean;
  /** Characters of framing the move adds on top of the draft's own words. */
  frame: number;
  analyse: (text: string) => Finding[];
  /** A barrier the surrounding rewrite already answered (advice after an acknowledgement). */
  allowed?: (f: Finding) => boolean;
  /** Words of the draft the move leaves out on purpose (a reassurance that plays it down): not counted as lost. */
  dropped?: string;
}

export type GateFailure = 'flagged' | 'grammar' | 'content' | 'length';

export function gate(input: GateInput): GateFailure | null {
  const { candidate, original } = input;
  // Cheapest first; the grammar parse and the content words are cached (the same candidates come
  // back after every typing pause).
  if (candidate.length > 2 * original.trim().length + input.frame) return 'length';
  if (input.keepsIdea && contentKept(original, candidate, input.findings, input.dropped) < 0.85) return 'content';
  if (input.analyse(candidate).some((f) => f.category !== 'reflective' && !input.allowed?.(f))) return 'flagged';
  if (cachedGrammar(candidate)) return 'grammar';
  return null;
}

const grammarCache = new Map<string, string | null>();
const contentCache = new Map<string, string[]>();
function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  if (cache.has(key)) return cache.get(key)!;
  if (cache.size > 2000) cache.clear();
  const v = make();
  cache.set(key, v);
  return v;
}
function cachedGrammar(text: string): string | null {
  return remember(grammarCache, text, () => grammarProblem(text));
}

/** Forget the gate's caches (the cold-path bench and tests). */
export function resetGateCache(): void {
  grammarCache.clear();
  contentCache.clear();
}

/* ---------------------------------------------------------------- grammar */

/** Pairs that never agree: "you is", "I are", "he don't", "you doesn't". */
const DISAGREE = /\b(?:(?:you|we|they)\s+(?:is|was|am|has|does|doesn['’]t|wasn['’]t)|i\s+(?:is|are|has|does|doesn['’]t|isn['’]t|aren['’]t)|(?:he|she)\s+(?:are|am|have|do|don['’]t|were|aren['’]t))\b/i;
/** A subject with a bare "not": "you not ask". */
const BARE_NOT = /\b(?:i|you|we|they|he|she)\s+not\s+(?!to\b|only\b|just\b|really\b|sure\b|because\b)[a-z]+/i;
/** Doubled little words ("the the", "to to") and a determiner before a determiner ("a an"). */
const DOUBLED = /\b(a|an|the|to|of|and|i|you|is|are)\s+\1\b|\b(?:a|an|the)\s+(?:a|an|the|my|your)\b/i;
/** A clause that ends where a phrase must go on. */
const DANGLING = /\b(?:a|an|the|and|or|but|to|of|with|my|your|our|about|because|for|from|than|at|if|when)\s*$/i;
const INTERJECTION = /^(?:congratulations|congrats|yay|wow|ugh|oh no|aw+|omg|okay|ok|sorry|i['’]m sorry|honestly|thanks|thank you|no pressure|only if it['’]s useful|only if it helps)\b/i;

type Term = { text: string; normal: string; tags: string[]; post?: string };

export function grammarProblem(text: string): string | null {
  const flat = text.replace(/[’]/g, "'");
  if (DISAGREE.test(flat)) return 'agreement';
  if (BARE_NOT.test(flat)) return 'bare not';
  if (DOUBLED.test(flat)) return 'doubled word';
  // One parse for the whole text, cut into clauses at sentence ends, dashes, semicolons and ", and".
  const all = (nlp(flat.replace(/\p{Extended_Pictographic}|\uFE0F/gu, ' ')).json({ terms: { normal: true } }) as { terms: Term[] }[]).flatMap((x) => x.terms);
  const clauses: Term[][] = [[]];
  for (let i = 0; i < all.length; i++) {
    const t = all[i]!;
    clauses[clauses.length - 1]!.push(t);
    const post = t.post ?? '';
    if (/[.!?;…]|\s[—–]\s|^[—–]/.test(post) || (/,/.test(post) && /^(and|but|or|so)$/i.test(all[i + 1]?.normal ?? ''))) clauses.push([]);
  }
  for (const terms of clauses) {
    if (terms.length === 0) continue;
    const c = terms.map((t) => `${t.text}${t.post ?? ''}`).join('').replace(/[\s.!?;…—–,]+$/, '').trim();
    if (!c) continue;
    if (DANGLING.test(c)) return 'dangling';
    if (terms.length >= 3 && !INTERJECTION.test(c) && !terms.some((t) => t.tags.includes('Verb'))) return 'no verb';
    for (let i = 0; i + 1 < terms.length; i++) {
      const t = terms[i]!;
      let j = i + 1;
      if (terms[j]!.tags.includes('Negative') && j + 1 < terms.length) j++;
      const next = terms[j]!;
      // "aren't text back", "is go": a copula takes a gerund, participle, adjective or noun, not a bare verb.
      if (t.tags.includes('Copula') && !/^(be|been|being)$/.test(t.normal) && next.tags.includes('Infinitive') && !next.tags.includes('Gerund') && !/^(be|like|have)$/.test(next.normal) && !/^(can|could|will|would|should|might|must|do|does|did)$/.test(t.normal)) {
        const forms = verbForms(next.normal);
        // "aren't text back": after a negated copula a bare noun is rare enough to read the word as the verb.
        const negated = j > i + 1 || /n't$/.test(t.text);
        // "you're hurt", "I'm upset": the participle looks like the plain verb and is fine.
        if (forms && forms.infinitive === next.normal && forms.participle !== next.normal && (negated || !isAlsoAdjectiveOrNoun(next.normal))) return `bare verb after "${t.text}"`;
      }
    }
    // "about exercising always keeps mind occupied": a second finite verb with nothing to join it.
    const g = terms.findIndex((x, k) => (x.tags.includes('Gerund') || /ing$/.test(x.normal)) && k > 0 && /^(about|to|think|is)$/.test(terms[k - 1]!.normal));
    if (g >= 0) {
      for (let k = g + 1; k < terms.length; k++) {
        const x = terms[k]!;
        if (/^(that|which|who|when|if|because|and|or|but|so|where|while|until|than|as)$/.test(x.normal) || x.tags.includes('Pronoun')) break;
        if (x.tags.includes('PresentTense') && !x.tags.includes('Infinitive') && !x.tags.includes('Gerund') && x.tags.includes('Verb')) return 'run-on';
      }
    }
    // "feeling upset an idiot": a feeling word and then a noun phrase with nothing to join them.
    if (/\b(?:feel|feels|feeling|felt|am|i'm|are|you're)\s+(?:so\s+|really\s+|very\s+)?[a-z]+(?:ed|set|ry|ad)\s+(?:a|an|the)\s+[a-z]+/i.test(c) && !/\b(?:about|by|with|at|for|when|because|like)\b/i.test(c)) return 'dangling feeling';
  }
  return null;
}

const adjNounCache = new Map<string, boolean>();
function isAlsoAdjectiveOrNoun(word: string): boolean {
  let v = adjNounCache.get(word);
  if (v === undefined) {
    // Ask compromise about the word after a determiner: "the text" is a noun, "the open" is not a verb form.
    const tags = ((nlp(`it is ${word}`).json()[0] as { terms: Term[] } | undefined)?.terms[2]?.tags ?? []) as string[];
    v = tags.includes('Adjective') || (tags.includes('Noun') && !tags.includes('Verb'));
    adjNounCache.set(word, v);
  }
  return v;
}

/* ---------------------------------------------------------------- content words */

const NOT_CONTENT = /^(be|am|is|are|was|were|been|being|do|does|did|have|has|had|should|could|would|can|will|may|might|must|need|try|let|get|got|go|just|really|maybe|make|think|know|want|feel)$/;

/** Interjections compromise may tag as nouns ("Word, you should …"): no idea of their own. */
const CHAT_FILLER = /^(word|lol|lmao|omg|haha+|hmm+|yeah|yep|nope|aw+|ah+|oh+|ok|okay|dude|man|babe|hun|honey|bro|girl|wow|ugh|yikes|yay|thing|something|stuff)$/;

/** Nouns and main verbs (as their plain form) of a text, outside the words a finding flagged. */
export function contentWords(text: string, findings: Finding[] = []): string[] {
  let masked = text;
  for (const f of findings) if (f.category !== 'reflective') masked = masked.slice(0, f.start) + ' '.repeat(Math.max(0, f.end - f.start)) + masked.slice(f.end);
  const terms = (nlp(masked).json({ terms: { normal: true } }) as { terms: Term[] }[]).flatMap((s) => s.terms);
  const out: string[] = [];
  for (const t of terms) {
    const w = t.normal.replace(/'s$/, '');
    if (!/^[a-z]{3,}$/.test(w) || t.tags.includes('Pronoun') || t.tags.includes('Possessive')) continue;
    if (CHAT_FILLER.test(w)) continue;
    if (t.tags.includes('Noun')) out.push(w);
    else if (t.tags.includes('Verb') && !t.tags.includes('Auxiliary') && !t.tags.includes('Modal') && !t.tags.includes('Copula')) {
      const inf = verbForms(w)?.infinitive ?? w;
      if (!NOT_CONTENT.test(inf)) out.push(inf);
    }
  }
  return [...new Set(out)];
}

/** Words a move may say differently: "you don't care" is told as "this doesn't matter to you". */
const SAME_IDEA: Record<string, string[]> = { care: ['matter'], text: ['hear', 'texting'], call: ['hear'] };

/** Share of the original's content words found in the candidate (any form of a verb counts). */
export function contentKept(original: string, candidate: string, findings: Finding[] = [], dropped = ''): number {
  const key = `${original}\u0000${findings.map((f) => `${f.start}:${f.end}`).join(',')}\u0000${dropped}`;
  const want = remember(contentCache, key, () => {
    const skip = new Set(dropped ? contentWords(dropped) : []);
    return contentWords(original, findings).filter((w) => !skip.has(w));
  });
  if (want.length === 0) return 1;
  const have = new Set<string>();
  for (const w of candidate.toLowerCase().replace(/[’]/g, "'").match(/[a-z']+/g) ?? []) {
    have.add(w.replace(/'s$/, ''));
    if (/(ing|ed|s)$/.test(w)) {
      const inf = verbForms(w)?.infinitive;
      if (inf) have.add(inf);
    }
  }
  return want.filter((w) => have.has(w) || SAME_IDEA[w]?.some((x) => have.has(x))).length / want.length;
}
