/**
 * The grammar the rephrasings need, on compromise: verb forms (conjugation), a person-agreeing
 * "you + verb" builder, negation, and the draft's own style (casing, apostrophes, final punctuation).
 *
 * compromise's clause-level helpers agree naively with "you" ("you never listen".toGerund() gives
 * "you is never listening"), so we only ask it for the forms of one verb and put the auxiliaries
 * in ourselves: the subject here is always "you" or "I", whose agreement we know.
 */
import nlp from 'compromise';

export interface VerbForms {
  infinitive: string;
  past: string;
  gerund: string;
  participle: string;
}

const formsCache = new Map<string, VerbForms | null>();

/** The forms of one verb ("noticed" → notice/noticed/noticing/noticed); null when it is not a verb. */
export function verbForms(word: string): VerbForms | null {
  const key = word.toLowerCase();
  const hit = formsCache.get(key);
  if (hit !== undefined) return hit;
  let c = (nlp(key).verbs().conjugate() as Record<string, string>[])[0];
  // Not a verb on its own ("freak"): ask again in a clause, never force the tag (typos stay typos).
  if (!c?.Infinitive) c = (nlp(`you ${key}`).verbs().conjugate() as Record<string, string>[])[0];
  const out = c?.Infinitive
    ? {
        infinitive: c.Infinitive,
        past: c.PastTense ?? `${c.Infinitive}ed`,
        // compromise leaves some gerunds bare ("text" → "text"): form them ourselves then.
        gerund: c.Gerund && /ing$/.test(c.Gerund) ? c.Gerund : gerundOf(c.Infinitive),
        participle: c.Participle ?? c.PastTense ?? `${c.Infinitive}ed`,
      }
    : null;
  formsCache.set(key, out);
  return out;
}

/** "text" → "texting", "make" → "making", "stop" → "stopping" (a short vowel-consonant ending doubles). */
function gerundOf(inf: string): string {
  if (/ie$/.test(inf)) return `${inf.slice(0, -2)}ying`;
  if (/[^aeiou]e$/.test(inf) && !/(be|see|ee)$/.test(inf)) return `${inf.slice(0, -1)}ing`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(inf)) return `${inf}${inf.slice(-1)}ing`;
  return `${inf}ing`;
}

/** Verbs that describe a state, not an action: "you're wanting" is wrong, "you want" is right. */
const STATIVE = new Set([
  'want', 'need', 'have', 'like', 'love', 'hate', 'know', 'think', 'care', 'mean', 'seem', 'prefer',
  'expect', 'believe', 'understand', 'remember', 'forget', 'own', 'belong', 'deserve', 'wish',
  'get', 'say', 'can', 'do', 'be', 'feel', 'see', 'hear', 'trust', 'respect', 'appreciate', 'mind',
  'find', 'fancy', 'adore', 'envy', 'resent', 'doubt', 'owe', 'suppose', 'realise', 'realize', 'matter',
]);

export function isStative(infinitive: string): boolean {
  return STATIVE.has(infinitive);
}

export type Tense = 'present' | 'past';

/**
 * "you" + verb with the right auxiliaries. Present actions become progressive (the story is about
 * now): "you ignore my texts" → "you're ignoring my texts"; negated: "you aren't listening".
 * States stay simple: "you want to win" / "you don't want to win". Past: "you didn't notice".
 */
export function youClause(forms: VerbForms, rest: string, opts: { negative: boolean; tense: Tense }): string {
  const tail = rest ? ` ${rest}` : '';
  const { infinitive: inf } = forms;
  if (inf === 'be') {
    if (opts.tense === 'past') return `you ${opts.negative ? "weren't" : 'were'}${tail}`;
    return `you ${opts.negative ? "aren't" : 'are'}${tail}`;
  }
  if (opts.tense === 'past') return opts.negative ? `you didn't ${inf}${tail}` : `you ${forms.past}${tail}`;
  if (isStative(inf)) return opts.negative ? `you don't ${inf}${tail}` : `you ${inf}${tail}`;
  return opts.negative ? `you aren't ${forms.gerund}${tail}` : `you're ${forms.gerund}${tail}`;
}

/** Is this word a past-tense verb form ("noticed", "wanted", "took")? */
export function isPastForm(word: string): boolean {
  const f = verbForms(word);
  return !!f && f.past === word.toLowerCase() && f.infinitive !== word.toLowerCase();
}

/* ---------------------------------------------------------------- style */

export interface DraftStyle {
  /** No capital letters at all (a lowercase texter). */
  lower: boolean;
  /** Writes "i" for "I". */
  lowerI: boolean;
  /** Uses typographic apostrophes (’). */
  curly: boolean;
}

export function styleOf(draft: string): DraftStyle {
  // Lowercase texter: no capitals but "I", and at least one sentence that starts in lower case.
  const letters = draft.replace(/\bI\b/g, '');
  const starts = draft.match(/(?:^|[.!?]\s+|\n)\W*([A-Za-z])/g) ?? [];
  const lower = /[a-z]/.test(letters) && !/[A-Z]/.test(letters) && starts.some((x) => /[a-z]$/.test(x));
  return { lower, lowerI: lower && /(^|[^\w'’])i([^\w'’]|['’](m|ve|ll|d)\b)/.test(draft), curly: /’/.test(draft) && !/'/.test(draft) };
}

/** Does a sentence end with terminal punctuation (possibly followed by emoji/quotes)? */
export function hasFinalPunct(sentence: string): boolean {
  return /[.!?…]["'”’)\]]*[\s\p{Extended_Pictographic}\uFE0F:;)(DPp-]*$/u.test(sentence) && /[.!?…]/.test(sentence);
}

/**
 * Put generated text into the draft's style: apostrophes, lower case for a lowercase texter,
 * a capital after each sentence end otherwise.
 */
export function styled(text: string, style: DraftStyle): string {
  let out = text;
  if (style.lower) {
    out = out.replace(/(^|[.!?][\p{Extended_Pictographic}\uFE0F\s]*\s|—\s+)([A-Z])(?=[a-z’' ])/gu, (m, p, c: string, at: number, all: string) =>
      c === 'I' && !style.lowerI && /^I(['’]|\s)/.test(all.slice(at + p.length)) ? m : p + c.toLowerCase());
    if (style.lowerI) out = out.replace(/\bI\b/g, 'i');
  } else {
    out = out.replace(/(^\s*|[.!?]\s+)([a-z])/g, (_m, p, c: string) => p + c.toUpperCase());
    out = out.replace(/\bi\b(?=[\s'’]|$)/g, 'I');
  }
  if (style.curly) out = out.replace(/'/g, '’');
  return out;
}

const properCache = new Map<string, boolean>();

/** Lower-case a clause taken from the middle of the original so it can follow generated words. */
export function decap(clause: string): string {
  // Keep "I" and names ("Chandler"); lower only a capitalised ordinary first word.
  const m = /^([A-Z])([a-z’']*)\b/.exec(clause);
  if (!m || /^I(['’]|$)/.test(m[0])) return clause;
  const word = m[0].toLowerCase().replace(/['’].*$/, '');
  let proper = properCache.get(word);
  if (proper === undefined) {
    const tags = nlp(word).terms().json()[0]?.terms?.[0]?.tags as string[] | undefined;
    proper = !!tags?.includes('ProperNoun') && !tags.includes('Pronoun');
    properCache.set(word, proper);
  }
  if (proper) return clause;
  return m[1]!.toLowerCase() + clause.slice(1);
}

/** The nouns of a text, lower-cased, without pronouns (for the "keeps the speaker's words" check). */
export function nounsOf(text: string): string[] {
  const doc = nlp(text);
  const terms = doc.match('#Noun').not('(#Pronoun|#Possessive)').json({ terms: { normal: true } }) as { terms: { normal: string; tags: string[] }[] }[];
  const out: string[] = [];
  for (const m of terms) for (const t of m.terms) if (t.normal && /[a-z]/.test(t.normal) && !t.tags.includes('Pronoun')) out.push(t.normal.replace(/['’]s$/, ''));
  return out;
}
