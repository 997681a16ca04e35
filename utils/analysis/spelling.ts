/**
 * Chat spelling before the rules and the scorer read a segment: normalizeChat (normalize.ts:
 * "dont", "ur", "bc", letters held down) plus a few more ("sry", "shud"), and a one-slip typo in
 * a word the rules listen for ("shuold" → "should", "igonre" → "ignore"). Returns the corrected text with a map from each of
 * its characters back to the original, so every finding's span still points into what the user
 * typed. Pure and deterministic; a segment without such words comes back unchanged (same string).
 */
import { nlp } from './nlp';
import { chatWords } from './normalize';

/** Spellings normalizeChat leaves alone that the rules still need read. */
const EXTRA: Record<string, string> = { sry: 'sorry', srry: 'sorry', shld: 'should', shud: 'should', wud: 'would', cud: 'could', gud: 'good' };

let known: Set<string> | undefined;
/**
 * Everyday words compromise's lexicon lacks that sit one slip from a word the rules listen for
 * ("pretty" is not a typo of "petty", "cheat" not of "cheap", "vein" not of "vain").
 */
const COMMON = new Set([
  'pretty', 'cheat', 'cheats', 'cheated', 'vein', 'veins', 'greed', 'petal', 'tights', 'flake', 'flaky',
  // Found by running the fixer over every word that occurs twice or more in the corpus (real
  // text, so real words): "world" had become "would", "chance" "change", "health" "healthy".
  'world', 'chance', 'health', 'beach', 'beard', 'brain', 'breath', 'bunch', 'chess', 'chore', 'clock',
  'comet', 'complaint', 'concert', 'couch', 'cream', 'curious', 'curse', 'danger', 'forth', 'fright',
  'massage', 'nature', 'plane', 'refer', 'stock', 'threat', 'ticket', 'trash', 'truck', 'vanity',
  'heart', 'thong', 'bumper', 'learnt', 'apologies', 'apologized', 'apologised', 'shower', 'madness',
  'cases', 'contracted', 'ducking', 'letter', 'masses', 'miserably', 'moods', 'relapsed', 'socks',
  'terribly', 'wracking', 'sport', 'task', 'meal', 'road', 'pill', // their plurals: isFormOfKnown
]);
/** A plural, past, comparative or adverb of a word compromise knows is no typo: "tasks", "sadly". */
function isFormOfKnown(w: string): boolean {
  for (const m of w.matchAll(/(?=(s|es|d|ed|r|er|ly|y|ness|ing)$)/g)) {
    const stem = w.slice(0, m.index);
    if (stem.length >= 3 && (isKnownBare(stem) || isKnownBare(stem.replace(/bl$/, 'ble')) || isKnownBare(stem.replace(/i$/, 'y')))) return true;
  }
  return false;
}
let triggers: TypoIndex | undefined;

/** Words compromise knows (with their inflections): never "corrected". */
function isKnownBare(w: string): boolean {
  if (COMMON.has(w)) return true;
  known ??= new Set(Object.keys((nlp as unknown as { world(): { model: { one: { lexicon: object } } } }).world().model.one.lexicon));
  return known.has(w);
}
function isKnown(w: string): boolean {
  return isKnownBare(w) || isFormOfKnown(w);
}

/** The words the rules listen for (5+ letters: shorter ones are too easily another word). */
export function setTriggerWords(words: Iterable<string>): void {
  fixed.clear();
  triggers = new TypoIndex([...new Set(words)].filter((w) => w.length >= 5 && /^[a-z]+$/.test(w)));
}

/** `w` without its letter at `i`. */
const deletion = (w: string, i: number) => w.slice(0, i) + w.slice(i + 1);

/**
 * The trigger words one slip from a word, without comparing the word to every trigger word (this
 * runs for each unknown word of the edited sentence, every keystroke). Each word is filed under
 * itself and each of its one-letter deletions. Two words one slip apart always share a key: a
 * substitution at i leaves the same word once i is deleted from both; a swap of i and i+1, the
 * same word once i is deleted from one and i+1 from the other; a letter dropped or added, the
 * shorter word itself. So the words filed under the word's own keys include every trigger word
 * one slip from it (and a few more, which oneSlip then rules out).
 */
export class TypoIndex {
  readonly words: ReadonlySet<string>;
  private readonly byKey = new Map<string, string[]>();

  constructor(words: readonly string[]) {
    this.words = new Set(words);
    for (const t of this.words) for (const key of new Set(TypoIndex.keys(t))) this.file(key, t);
  }

  /** The trigger words one slip from `w` (oneSlip), each once, in no particular order. */
  oneSlipFrom(w: string): string[] {
    const out = new Set<string>();
    for (const key of TypoIndex.keys(w)) for (const t of this.byKey.get(key) ?? []) if (oneSlip(w, t)) out.add(t);
    return [...out];
  }

  private static keys(w: string): string[] {
    const keys = [w];
    for (let i = 0; i < w.length; i++) keys.push(deletion(w, i));
    return keys;
  }

  private file(key: string, t: string): void {
    const list = this.byKey.get(key);
    if (list) list.push(t);
    else this.byKey.set(key, [t]);
  }
}

/** One adjacent swap, one substitution, one letter dropped or one added. */
export function oneSlip(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  if (l.length - s.length !== 1) return false;
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

/**
 * fixTypo's answers by word: the same words come back with every keystroke in a sentence (only the
 * edited one is new), and the lexicon and typo look-ups were most of spelling a segment.
 */
const fixed = new Map<string, string | undefined>();

export function fixTypo(w: string): string | undefined {
  if (!triggers || w.length < 5) return undefined;
  if (fixed.has(w)) return fixed.get(w);
  const answer = isKnown(w) ? undefined : fixWith(triggers, w);
  if (fixed.size >= 5000) fixed.clear();
  fixed.set(w, answer);
  return answer;
}

/** The one trigger word `w` is a slip for; none when it is one itself or could be a slip for two. */
export function fixWith(index: TypoIndex, w: string): string | undefined {
  // A word the rules listen for is never a slip for another one ("freaking" is not "breaking").
  if (index.words.has(w)) return undefined;
  // "headache" is not a slip for "headaches": a plural or singular is another word.
  const found = index.oneSlipFrom(w).filter((t) => t !== `${w}s` && w !== `${t}s`);
  return found.length === 1 ? found[0] : undefined; // two candidates: leave it alone
}

function matchCase(original: string, word: string): string {
  if (original === original.toUpperCase() && original.length > 1) return word.toUpperCase();
  return /^[A-Z]/.test(original) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

export interface Corrected {
  text: string;
  /** For each character of `text`, its offset in the original (length text.length + 1: the end maps to the end). */
  map: number[] | undefined;
}

/** The same word pattern as normalize.ts, so the two texts' words line up one to one. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function correctSpelling(text: string): Corrected {
  const words = [...text.matchAll(WORD)];
  // Same pattern on the same text: one written form per typed word ("rn" → "right now" included).
  const written = chatWords(text);
  const aligned = written.length === words.length;
  let out = '';
  let map: number[] | undefined;
  let last = 0;
  words.forEach((m, i) => {
    const word = m[0];
    const chatWord = aligned ? written[i]!.written : word;
    const chatLower = chatWord.toLowerCase().replace(/’/g, "'");
    const fixed = EXTRA[chatLower] ?? fixTypo(chatLower);
    const replacement = fixed ? matchCase(word, fixed) : chatWord;
    if (replacement.replace(/’/g, "'") === word.replace(/’/g, "'")) return;
    map ??= [];
    const start = m.index!;
    for (let k = last; k < start; k++) map.push(k);
    out += text.slice(last, start);
    // Each new character maps into the original word; the last one to its last letter.
    for (let k = 0; k < replacement.length; k++) map.push(start + (k === replacement.length - 1 ? word.length - 1 : Math.min(k, word.length - 1)));
    out += replacement;
    last = start + word.length;
  });
  if (!map) return { text, map: undefined };
  const tail = map as number[];
  for (let k = last; k < text.length; k++) tail.push(k);
  tail.push(text.length);
  return { text: out + text.slice(last), map: tail };
}
