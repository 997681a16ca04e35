/**
 * What every move shares: the candidate type, clause surgery on one sentence (find the clause
 * around a finding, cut it out, join sentences), and the deterministic choice among phrasings.
 *
 * Variety without randomness: a move offers several phrasings and `rotate()` starts the list at a
 * position taken from a hash of the draft, so the same draft always gets the same suggestion (tests
 * stay stable) while different drafts open differently.
 */
import type { Category } from '../types';

export interface Variant {
  text: string;
  move: string;
  category: Category;
  /** The variant opens with an acknowledgement, validation or celebration of the partner. */
  acks: boolean;
  /**
   * The move keeps the draft's idea (advice offered with permission, the same observation): the
   * gate then checks that the draft's content words survive. Moves that replace a dismissal or a
   * label keep nothing on purpose.
   */
  keepsIdea: boolean;
  /** Words of the draft left out on purpose (a reassurance that plays the problem down). */
  dropped?: string;
}

/** Words that carry no idea of their own at the start of a clause ("ok so maybe …"). */
export const FILLER =
  /^(?:\s|[^\w\s']|\b(?:oh|ok|okay|well|so|and|but|hmm+|honestly|also|maybe|perhaps|i think|i guess|i feel like|i feel|word|omg|haha+|lol|yeah|yes|sure|right|now|then|just|hey|aw+|ah+|oy|look|listen|man|dude|babe|hun|honey|please|seriously|plus|really|basically|in that case|if so|otherwise|instead|still)\b)*$/i;

/** Strip final punctuation, emoticons and emoji. */
export function bare(s: string): string {
  return s.replace(/(?:\s*(?::\)|:\(|;\)|:D|:P|:-\)|\p{Extended_Pictographic}|\uFE0F|[.!?…]+|["”’)]))+\s*$/u, '').trimEnd();
}

export function firstWord(s: string): string {
  return /^[\w'’-]+/.exec(s)?.[0] ?? '';
}

export function words(s: string): number {
  // "haven't you" is two words, not three: a tag question is a fragment to drop, not a clause.
  return (bare(s).match(/[a-z0-9]+(?:['’][a-z]+)?/gi) ?? []).length;
}

/** Start and end of the clause of `s` around index `at` (commas, semicolons, dashes, "but"). */
export function clauseAround(s: string, at: number): [number, number] {
  // "anyone but yourself", "nothing but trouble": that "but" means "except" and joins no clause.
  const re = /[,;:]\s+|\s+[—–-]+\s+|(?<!\b(?:anyone|anybody|anything|everyone|everybody|everything|nobody|nothing|no\s+one|all|anywhere|nowhere|none))\s+(?=but\s)|[.!?]+\s+/gi;
  let start = 0;
  let end = s.length;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const bEnd = m.index + m[0].length;
    if (bEnd <= at) start = bEnd;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

/**
 * The sentence around a finding: what comes before its clause, the clause's bounds, and what
 * follows. A tail of one or two words is a fragment once the clause is rewritten ("…, remember?",
 * "…my friend, Rachel, cry.") and is dropped rather than left hanging.
 */
export function aroundFinding(sentence: string, at: number): { head: string; a: number; b: number; tail: string } {
  const [a, b] = clauseAround(sentence, at);
  const tail = sentence.slice(b).replace(/^[\s,;:—–.!?…-]*/, '').trim();
  return { head: sentence.slice(0, a).trim(), a, b, tail: words(tail) < 3 ? '' : tail };
}

/** Remove s[a, b) and tidy the joins: dangling conjunctions, doubled commas, leading punctuation. */
export function cut(s: string, a: number, b: number): string {
  const before = s.slice(0, a).replace(/[\s,;:—–-]*$/, '');
  let after = s.slice(b).replace(/^[\s,;:—–-]*/, '');
  after = after.replace(/^(?:but|and|so)\s+/i, '');
  if (!before) return after;
  if (!after || /^[.!?…]+$/.test(after)) return before + (after || '');
  return /[.!?…]$/.test(before) ? `${before} ${after}` : `${before}, ${after}`;
}

/**
 * A sarcastic opening ("wow ok.", "shock.", "course,", "great, so", "yeah yeah", "nice of you to
 * tell me"): kept before a plainly said feeling, it undoes it. Only the whole lead matches.
 */
export const SARCASTIC_LEAD =
  /^[\s.,!?…]*(?:(?:oh\s+)?(?:wow(?:\s+ok(?:ay)?)?|shock(?:er|ing)?|ofc|(?:of\s+)?course(?:\s+(?:you|u|they|it|he|she|that)\s+(?:are|is|was|can['’]?t|cant|did|do|does|would|will|have|has|were|don['’]?t|didn['’]?t))?|yeah\s+(?:yeah|right)|sure(?:\s+(?:you\s+)?(?:were|are|did|do|will))?|cool|great|brilliant|lovely|amazing|fab|fantastic|perfect|whatever|k|kk|fine|noted|charming|nice(?:\s+one)?|grand|ah\s+grand|(?:oh\s+)?here\s+we\s+go(?:\s+again)?|translation|typical|what\s+a\s+surprise|funny\s+that|well\s+done|cheers|thanks(?:\s+(?:for\s+that|a\s+lot))?|haan\s+haan|nice\s+of\s+you\s+to\s+(?:tell|let)\s+me(?:\s+know)?|so|great\s+so)[\s.,!?…]*)+(?:\p{Extended_Pictographic}\uFE0F?\s*)*$/iu;

/** The words before a rewritten clause, without a sarcastic lead. */
export function sincereHead(head: string): string {
  return SARCASTIC_LEAD.test(head) ? '' : head;
}

/** Sentences side by side; a part without final punctuation gets a full stop before the next. */
export function joinSentences(...parts: string[]): string {
  const ps = parts.filter((p) => p && p.trim()).map((p) => p.trim());
  return ps.map((p, i) => (i < ps.length - 1 && !/[.!?…)][\s\p{Extended_Pictographic}\uFE0F]*$/u.test(p) ? `${p.replace(/[\s,;:—–-]+$/, '')}.` : p)).join(' ');
}

export function capitalise(s: string): string {
  return s.replace(/^([^\w]*)([a-z])/, (_m, p: string, c: string) => p + c.toUpperCase());
}

/** FNV-1a of the draft: the seed for choosing among phrasings. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The list started at a position chosen by the seed (and a salt per slot, so a move's opener and
 * its question are not chosen in lockstep). Every phrasing stays in the list: when the first one
 * fails the gate, the next one is tried.
 */
export function rotate<T>(list: readonly T[], seed: number, salt = 0): T[] {
  if (list.length === 0) return [];
  const k = (Math.imul(seed ^ Math.imul(salt + 1, 0x9e3779b1), 0x85ebca6b) >>> 0) % list.length;
  return [...list.slice(k), ...list.slice(0, k)];
}

/** Object pronouns that take the subject's place ("about me" → "I don't matter to you"). */
export const OBJECT_AS_SUBJECT: Record<string, string> = { me: 'I', us: 'we', them: 'they', him: 'he', her: 'she', it: 'it' };
