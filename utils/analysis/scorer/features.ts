/**
 * Features for the learned scorer (scorer/model.ts). Plain string features over a normalised
 * text, so the training script (scripts/train.ts) and the extension compute exactly the same ones.
 *
 * Per segment (cached with the segment, see incremental.ts):
 *   w:<word>          words of the normalised text
 *   b:<w1>_<w2>       word pairs, with ^ for the segment start ("b:^_try": an imperative opener)
 *   t:<w1>_<w2>_<w3>  word triples that start at "you"/"i"/the segment start (the shapes that matter)
 *   c:<3 letters>     letter triples inside words, so a typo still shares most of a word's signal
 *   q                 the segment is a question
 *   r:<category> / r:<reason>  the rules' own hits (after their vetoes)
 * Per draft (computed in combine.ts from the partner's message): x:feeling, x:asks, x:news, x:none.
 */
import { correctSpelling } from '../spelling';
import type { Category } from '../types';

/** Chat spellings read as the words they stand for (whole words only). */
const CHAT: Record<string, string> = {
  u: 'you', ya: 'you', yu: 'you', ur: 'your', youre: "you're", ure: "you're", r: 'are', im: "i'm", ive: "i've",
  dont: "don't", doesnt: "doesn't", didnt: "didn't", cant: "can't", wont: "won't", isnt: "isn't", arent: "aren't",
  wasnt: "wasn't", shouldnt: "shouldn't", couldnt: "couldn't", wouldnt: "wouldn't", havent: "haven't",
  thats: "that's", whats: "what's", youve: "you've", youll: "you'll", youd: "you'd", theyre: "they're",
  idk: "i don't know", tbh: 'honestly', ngl: 'honestly', rn: 'right now', pls: 'please', plz: 'please',
  bc: 'because', cuz: 'because', coz: 'because', cause: 'because', w: 'with', abt: 'about', bout: 'about',
  gonna: 'going to', wanna: 'want to', gotta: 'got to', prob: 'probably', prolly: 'probably', rly: 'really',
  sry: 'sorry', thx: 'thanks', ty: 'thanks', tho: 'though', def: 'definitely', defo: 'definitely',
  ppl: 'people', smth: 'something', sth: 'something', k: 'ok', kk: 'ok', okay: 'ok', omg: 'oh my god',
};

/**
 * Lower case, straight apostrophes, DailyDialog's tokenised spacing ("I ’ m" → "i'm"), chat
 * spellings, and letters repeated three or more times squeezed to two ("soooo" → "soo").
 */
export function normaliseForScorer(text: string): string {
  const lower = correctSpelling(text)
    .text.toLowerCase()
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/\s+'\s*(m|s|re|ve|ll|d|t)\b/g, "'$1")
    .replace(/\s+n't\b/g, "n't")
    .replace(/([a-z])\1{2,}/g, '$1$1');
  return lower.replace(/[a-z']+/g, (w) => CHAT[w] ?? w);
}

export function tokens(normalised: string): string[] {
  const out: string[] = [];
  for (const raw of normalised.split(/[^a-z0-9']+/)) {
    const w = raw.replace(/^'+|'+$/g, '');
    if (w) out.push(w);
  }
  return out;
}

const TRIPLE_START = new Set(['^', 'you', 'i', "you're", "i'm", 'it', "it's", 'that', "that's", 'have', 'why', 'how', 'what', 'maybe', 'if']);

/** The features of one segment. `hits` are the rules' hits in it (category and reason). */
export function segmentFeatures(text: string, hits: readonly { category: Category; reason: string }[]): string[] {
  const norm = normaliseForScorer(text);
  const words = tokens(norm);
  const f = new Set<string>();
  const seq = ['^', ...words];
  for (let i = 0; i < seq.length; i++) {
    const w = seq[i]!;
    if (i > 0) f.add(`w:${w}`);
    if (i + 1 < seq.length) f.add(`b:${w}_${seq[i + 1]}`);
    if (i + 2 < seq.length && TRIPLE_START.has(w)) f.add(`t:${w}_${seq[i + 1]}_${seq[i + 2]}`);
  }
  for (const w of words) {
    if (w.length < 4) continue;
    const padded = ` ${w} `;
    for (let i = 0; i + 3 <= padded.length; i++) f.add(`c:${padded.slice(i, i + 3)}`);
  }
  if (/\?[\s"')\p{Extended_Pictographic}]*$/u.test(norm.trim())) f.add('q');
  for (const h of hits) {
    f.add(`r:${h.category}`);
    f.add(`r:${h.reason}`);
  }
  return [...f];
}

/** The partner asks for advice: "what should I do?", "any ideas?", "help". */
const ASKS = /\b(what should i|what do i do|what would you do|what can i do|any (advice|ideas|tips|suggestions)|should i\b|how do i|how can i|help me|do you think i should)/;
/** The partner shares good news. */
const NEWS = /\b(i got the job|got promoted|i passed|we won|i won|got engaged|engaged|pregnant|accepted|so excited|so happy|great news|good news|finally did it|got in)\b/;

/** Draft-level features from the partner's message; `feeling` is context.ts's carriesFeeling. */
export function contextFeatures(partnerMessage: string | undefined, feeling: boolean): string[] {
  if (!partnerMessage) return ['x:none'];
  const norm = normaliseForScorer(partnerMessage);
  const out: string[] = [];
  if (feeling) out.push('x:feeling');
  if (ASKS.test(norm)) out.push('x:asks');
  if (NEWS.test(norm)) out.push('x:news');
  if (out.length === 0) out.push('x:plain');
  return out;
}
