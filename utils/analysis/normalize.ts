/**
 * Chat spellings → the standard written forms, so the analysis, the learned scorer and the
 * Reflect helper read "ur never home n u dont care" the way a person does:
 * "you're never home n you don't care".
 *
 * - Only whole words change; everything else (spacing, punctuation, emoji, "lol", "tbh") is kept:
 *   those are the writer's voice, and the register of a rewrite follows them.
 * - Case follows the original word: "U" at a sentence start → "You", "DONT" → "DON'T";
 *   "I" and its contractions are always capitalised ("im" → "I'm").
 * - "ur" is "your" or "you're" depending on the next word: before an adjective, adverb,
 *   determiner, negation or an -ing form it is "you're" ("ur obviously not listening",
 *   "ur so lazy", "ur overreacting"), otherwise "your" ("ur mom", "ur phone").
 * - Letters repeated three or more times are shortened to the word a dictionary knows
 *   ("soooo" → "so", "cooool" → "cool", "yesss" → "yes").
 * - Curly and backtick apostrophes become straight ones.
 *
 * Pure: compromise's lexicon is read as a word list, nothing is parsed.
 */
import { NEGATIVE_LABELS } from './lexicon';
import { nlp } from './nlp';

/** Words that never mean anything else in a chat message. */
const WORDS: Record<string, string> = {
  u: 'you', yu: 'you', urs: 'yours', urself: 'yourself', youre: "you're", youve: "you've", youll: "you'll", youd: "you'd",
  im: "I'm", ive: "I've", iam: 'I am',
  dont: "don't", doesnt: "doesn't", didnt: "didn't", cant: "can't", isnt: "isn't", arent: "aren't",
  wasnt: "wasn't", werent: "weren't", havent: "haven't", hasnt: "hasn't", hadnt: "hadn't",
  wouldnt: "wouldn't", couldnt: "couldn't", shouldnt: "shouldn't", mustnt: "mustn't", aint: "ain't",
  thats: "that's", whats: "what's", theres: "there's", wheres: "where's", whos: "who's", hows: "how's",
  theyre: "they're", theyve: "they've", shes: "she's", itll: "it'll", thatll: "that'll", wouldve: "would've",
  couldve: "could've", shouldve: "should've", yall: "y'all",
  pls: 'please', plz: 'please', bc: 'because', cuz: 'because', coz: 'because', cos: 'because', bcuz: 'because',
  thx: 'thanks', ty: 'thank you', ppl: 'people', rn: 'right now', b4: 'before', tmrw: 'tomorrow', tmr: 'tomorrow',
  abt: 'about', bout: 'about', wat: 'what', wht: 'what', ur: 'your', r: 'are', n: 'and', kk: 'ok',
  prob: 'probably', prolly: 'probably', def: 'definitely', defo: 'definitely', rly: 'really', srsly: 'seriously',
};

/** Words only expanded between other words ("u r so", "r u ok"), never alone ("plan R", "the letter n"). */
const BETWEEN_ONLY = new Set(['r', 'n']);

/** Tags of the word after "ur" that make it "you're". */
const YOURE_BEFORE = /^(Adjective|Adverb|Determiner|Negative|Gerund|PastTense|Participle|Comparative|Superlative|Preposition)$/;
const YOURE_WORDS = new Set(['not', 'never', 'always', 'so', 'such', 'just', 'being', 'gonna', 'going', 'too', 'really', 'literally', 'acting', 'welcome', 'right', 'wrong', 'the', 'a', 'an', 'still', 'only', 'even', 'all', 'here', 'there', 'home', 'late', 'obviously', 'clearly', 'definitely', 'probably', 'actually', 'kidding', 'joking', 'lying', 'crazy', 'mad', 'upset', 'sick', 'tired', 'sorry', 'fine', 'ok', 'okay', 'sure', 'making', 'trying']);

/** Endings of adjectives ("jealous", "careless", "selfish", "dramatic"), for words the lexicon lacks. */
const ADJECTIVE_SHAPE = /(ous|ful|ive|able|ible|less|ish|ic|ical)$/;
const LABELS = new Set<string>(NEGATIVE_LABELS);

type Lexicon = Record<string, string | string[] | undefined>;
let lexicon: Lexicon | undefined;
function lex(): Lexicon {
  lexicon ??= (nlp as unknown as { world(): { model: { one: { lexicon: Lexicon } } } }).world().model.one.lexicon;
  return lexicon;
}
function tagOf(word: string): string | undefined {
  const t = lex()[word];
  return Array.isArray(t) ? t[0] : t;
}
const known = (w: string) => tagOf(w) !== undefined || w in WORDS;

function youreOrYour(next: string | undefined): string {
  if (!next) return "you're";
  const w = next.toLowerCase();
  if (YOURE_WORDS.has(w) || /ing$|ly$/.test(w)) return "you're";
  const tag = tagOf(w);
  if (tag) return YOURE_BEFORE.test(tag) ? "you're" : 'your';
  // A word compromise does not list but shaped like an adjective: "ur jealous", "ur hopeless".
  return ADJECTIVE_SHAPE.test(w) || LABELS.has(w) ? "you're" : 'your';
}

/** "soooo" → "so", "cooool" → "cool", "yesss" → "yes"; a word with no long run is returned as is. */
function shortenRuns(word: string): string {
  if (!/(\p{L})\1\1/u.test(word)) return word;
  const two = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
  const one = word.replace(/(\p{L})\1{2,}/gu, '$1');
  if (known(two.toLowerCase())) return two;
  return known(one.toLowerCase()) ? one : two;
}

function matchCase(original: string, replacement: string): string {
  if (/^I\b/.test(replacement)) return replacement; // "I'm", "I've": always capitalised
  if (original.length > 1 && original === original.toUpperCase() && /\p{L}/u.test(original)) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The text with chat spellings written out (see the header). Same text back when nothing applies. */
export function normalizeChat(text: string): string {
  const straight = text.replace(/[’‘`´]/g, "'");
  let out = '';
  let last = 0;
  for (const w of chatWords(straight)) {
    out += straight.slice(last, w.start) + w.written;
    last = w.start + w.raw.length;
  }
  return out + straight.slice(last);
}

/**
 * Each word of `text` with its written-out form ("rn" → "right now", "ur" → "you're"), in order:
 * spelling.ts maps a correction back onto the typed word through it, even when one word becomes two.
 */
export function chatWords(text: string): { start: number; raw: string; written: string }[] {
  const straight = text.replace(/[’‘`´]/g, "'");
  const words = [...straight.matchAll(WORD)];
  return words.map((m, i) => {
    const raw = m[0];
    let word = shortenRuns(raw);
    const lower = word.toLowerCase();
    if (lower in WORDS && !/['’]/.test(raw) && !(/^\d+$/.test(raw))) {
      const between = i > 0 && i < words.length - 1 && onlySpaceAround(straight, words[i - 1]!, m, words[i + 1]!);
      const askingYou = i === 0 && /^(u|you)$/i.test(words[1]?.[0] ?? ''); // "r u ok?"
      if (!BETWEEN_ONLY.has(lower) || between || askingYou) {
        const replacement = lower === 'ur' ? youreOrYour(words[i + 1]?.[0]) : WORDS[lower]!;
        word = matchCase(word, replacement);
      }
    }
    // "id" is "I'd" before a verb it can carry ("id rather", "hoping id fail"), never "ID" typed in capitals.
    if (raw === 'id' && I_D_BEFORE.test(words[i + 1]?.[0]?.toLowerCase() ?? '')) word = "I'd";
    return { start: m.index!, raw, written: word };
  });
}

/** Words after a lower-case "id" that make it "I'd". */
const I_D_BEFORE = /^(rather|be|have|love|like|never|probably|just|really|fail|go|do|say|think|want|prefer|need|get|make|been|already|hate|leave|lose|give|die|kill|cry|still|definitely|actually|feel)$/;

function onlySpaceAround(text: string, prev: RegExpMatchArray, cur: RegExpMatchArray, next: RegExpMatchArray): boolean {
  const before = text.slice(prev.index! + prev[0].length, cur.index!);
  const after = text.slice(cur.index! + cur[0].length, next.index!);
  return /^\s+$/.test(before) && /^\s+$/.test(after);
}
