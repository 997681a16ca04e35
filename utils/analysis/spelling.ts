/**
 * Chat spelling before the rules and the scorer read a segment: "dont"/"cant"/"bc"/"sry",
 * letters held down ("soooo" → "so"), and a one-slip typo in a word the rules listen for
 * ("shuold" → "should", "igonre" → "ignore"). Returns the corrected text with a map from each of
 * its characters back to the original, so every finding's span still points into what the user
 * typed. Pure and deterministic; a segment without such words comes back unchanged (same string).
 */
import { nlp } from './nlp';

/** Chat spellings compromise does not read by itself. Whole words, any case. */
const CHAT: Record<string, string> = {
  u: 'you', ya: 'you', dont: "don't", doesnt: "doesn't", didnt: "didn't", cant: "can't", isnt: "isn't",
  arent: "aren't", wasnt: "wasn't", werent: "weren't", shouldnt: "shouldn't", couldnt: "couldn't",
  wouldnt: "wouldn't", havent: "haven't", hasnt: "hasn't", thats: "that's", whats: "what's", im: "I'm",
  youre: "you're", ive: "I've", itll: "it'll", youll: "you'll", youve: "you've", youd: "you'd", theyre: "they're",
  bc: 'because', cuz: 'because', coz: 'because', sry: 'sorry', srry: 'sorry', plz: 'please', pls: 'please',
  rly: 'really', shld: 'should', shud: 'should', wud: 'would', cud: 'could', abt: 'about', ppl: 'people',
  thx: 'thanks', tho: 'though', gud: 'good', rn: 'right now', idk: "I don't know",
};

let known: Set<string> | undefined;
let triggers: Map<number, string[]> | undefined;

/** Words compromise knows (with their inflections): never "corrected". */
function isKnown(w: string): boolean {
  known ??= new Set(Object.keys((nlp as unknown as { world(): { model: { one: { lexicon: object } } } }).world().model.one.lexicon));
  return known.has(w);
}

/** The words the rules listen for, by length (5+ letters: shorter ones are too easily another word). */
export function setTriggerWords(words: Iterable<string>): void {
  triggers = new Map();
  for (const w of new Set(words)) {
    if (w.length < 5 || !/^[a-z]+$/.test(w)) continue;
    const list = triggers.get(w.length) ?? [];
    list.push(w);
    triggers.set(w.length, list);
  }
}

/** One adjacent swap, one substitution, one letter dropped or one added. */
function oneSlip(a: string, b: string): boolean {
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

function fixTypo(w: string): string | undefined {
  if (!triggers || w.length < 5 || isKnown(w)) return undefined;
  let found: string | undefined;
  for (const len of [w.length - 1, w.length, w.length + 1])
    for (const t of triggers.get(len) ?? []) {
      if (!oneSlip(w, t)) continue;
      if (found && found !== t) return undefined; // two candidates: leave it alone
      found = t;
    }
  return found;
}

/** Letters held down: the shortest of "so"/"soo" that is a word, else two of each. */
function squeeze(w: string): string | undefined {
  if (!/(\w)\1\1/.test(w)) return undefined;
  const two = w.replace(/(\w)\1{2,}/g, '$1$1');
  const one = w.replace(/(\w)\1{2,}/g, '$1');
  if (isKnown(one)) return one;
  return two;
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

export function correctSpelling(text: string): Corrected {
  let out = '';
  let map: number[] | undefined;
  let last = 0;
  for (const m of text.matchAll(/[A-Za-z']+/g)) {
    const word = m[0];
    const lower = word.toLowerCase();
    const squeezed = squeeze(lower);
    const base = squeezed ?? lower;
    const replacement = CHAT[base] ?? fixTypo(base) ?? squeezed;
    if (replacement === undefined || replacement === lower) continue;
    map ??= [];
    const start = m.index!;
    for (let i = last; i < start; i++) map.push(i);
    out += text.slice(last, start);
    const r = matchCase(word, replacement);
    // Each new character maps into the original word; the last one to its last letter.
    for (let k = 0; k < r.length; k++) map.push(start + (k === r.length - 1 ? word.length - 1 : Math.min(k, word.length - 1)));
    out += r;
    last = start + word.length;
  }
  if (!map) return { text, map: undefined };
  for (let i = last; i < text.length; i++) map.push(i);
  map.push(text.length);
  return { text: out + text.slice(last), map };
}
