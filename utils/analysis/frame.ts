/**
 * The frame a sentence sets around a match: does it admire? "You obviously worked hard on this,
 * it shows", "you're crazy, that was amazing", "because of you I finally tried sushi" use the
 * shapes of a story or of blame to pay a compliment. Plain string work on the lower-cased
 * sentence (engine.ts applies it beside the other vetoes); the matched words themselves are left
 * out, so a label inside the match ("crazy") does not count against the compliment around it.
 */
import { DELIGHT_WORDS, escapeRe, LAUGHING, NEGATIVE_WORDS, PROBLEM_WORDS, SARCASM, hasWord } from './lexicon';

/** A loss announced: "brilliant, there goes my evening" is sarcasm whatever delight words stand beside it. */
const LOST = /\bthere goes (my|our|the)\b/;
/** A delight word right after a negation is not delight: "that wasn't amazing", "not the best". */
const NEGATED = /\b(not|never|no|hardly|barely)\s+(\w+\s+){0,2}$|n't\s+(\w+\s+){0,2}$/;
/** Words that deny or refuse: they keep the finding wherever they stand outside the match. */
const NEGATION = /\b(not|never|no|nobody|nothing)\b|n't\b/;
/** "but I loved it", "though it was the best": the last word of the sentence after a contrast. */
const CONTRAST = /\b(but|though|although|yet|still)\b/g;
/** Evaluating a thing ("it's silly", "that was weird"), conceded before a contrast. */
const THING_VERDICT = /\b(it|this|that|its)\s*('s|is|was|seems|looks|sounds)?\s*(a bit|kinda|kind of|so|pretty|a little|really)?\s*\w+/g;

let delightRe: RegExp | undefined;
function delightAt(text: string): number[] {
  delightRe ??= new RegExp(`(?:^|[^a-z'])(${[...DELIGHT_WORDS].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![a-z])`, 'g');
  const at: number[] = [];
  delightRe.lastIndex = 0;
  for (let m = delightRe.exec(text); m; m = delightRe.exec(text)) {
    const i = m.index + m[0].length - m[1]!.length;
    if (!NEGATED.test(text.slice(Math.max(0, i - 30), i))) at.push(i);
  }
  return at;
}

/** Marvelling at them: "how do you do it", "I don't know how you manage", "teach me your ways". */
const MARVEL = /\bhow (do|did) (you|u) (do it|do that|manage|always|never|remember|find the time|keep)\b|\b(i )?(don't|dont|do not) know how (you|u) (do it|manage|cope)\b|\bteach me your ways\b/i;
const MARVEL_ALL = new RegExp(MARVEL.source, 'gi');

const AFFECTION_EMOJI = /[❤💕💖💗💞😍🥰😘☺😊🥹]/u;
/**
 * Teasing that says so: a laugh next to love or a game ("classic you 😂 love you anyway",
 * "you just want to rub it in 😂 rematch tonight"). Either half alone is no frame: "lol you never
 * listen" can be a jab, and "love you but you never listen" is a complaint.
 */
const FOND = /\b(love (you|u|ya)|luv (you|u|ya)|ily|rematch|jk|just kidding|only joking|you're the best|youre the best|ur the best)\b/;
const playful = (text: string) => (LAUGHING.test(text) || /[😈😏]/u.test(text)) && FOND.test(text);
/** An invitation to come closer that closes the sentence: "you're impossible, come here". */
const COME_HERE = /\b(come here|c'?mere|come (give|gimme|get) (me )?(a )?(hug|kiss|cuddle|squeeze)|get over here)\b[\s,.!~xo]*(lol|haha\w*|you|u|babe|baby|silly|dork)?[\s,.!~xo]*(\p{Extended_Pictographic}|\s)*$/u;
/**
 * "crazy in the best way", "driving me nuts in a good way": the word or two before it are a
 * compliment, so they do not count as negative (a negation before it still does: "not in a good way").
 */
const GOOD_WAY = /(?:[a-z']+\s+){1,2}(?=in (?:the|a) (?:best|good|nice|fun|cute|lovely|sweet)(?: possible)? way\b)/g;
/** "can't stop smiling" is delight that will not stop, not a negation. */
const CANT_STOP = /\b(?:can['’]?t|cannot|couldn['’]?t)\s+stop\s+(?=(?:smiling|laughing|grinning|blushing|giggling|thinking about (?:you|u))\b)/gi;
/**
 * Delight words that are only part of a name for someone or a set phrase: "my best friend's
 * wedding", "the best man", "I did my best", "at best". They praise nobody, so they are blanked.
 */
const NAMING_BEST = /\b(best|good|great)\s+(friend|friends|mate|mates|man|pal|buddy|bud|mates'|friend's|friends'|mate's)\b|\b(my|your|ur|our|their|his|her)\s+(very\s+)?best\b(?!\s+(ever|yet|thing|day|night|time|moment|idea))|\bat best\b|\bbest before\b/g;
/** Words that read as negative but are part of a compliment are blanked before the sentence is judged. */
const forgiveCompliments = (text: string) =>
  text.replace(NAMING_BEST, (w) => ' '.repeat(w.length)).replace(GOOD_WAY, (w) => (NEGATION.test(w) ? w : ' '.repeat(w.length))).replace(CANT_STOP, (w) => ' '.repeat(w.length));

/**
 * The sentence (outside the matched words at [start, end)) carries praise, gratitude, delight or
 * affection, and nothing negative: no hurt or complaint word, no negation, no sarcastic thanks.
 * A verdict on a thing conceded before a contrast ("I know you think it's silly, but I loved it")
 * does not count against it.
 */
export function admiring(sentence: string, start: number, end: number, typed = sentence): boolean {
  const rest = forgiveCompliments(sentence.slice(0, start) + ' '.repeat(end - start) + sentence.slice(end));
  if (SARCASM.test(rest) || LOST.test(rest)) return false;
  const delight = delightAt(rest);
  if (delight.length === 0 && !AFFECTION_EMOJI.test(typed) && !COME_HERE.test(rest) && !playful(rest) && !MARVEL.test(rest)) return false;
  let judged = rest;
  let lastContrast = -1;
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(rest); m; m = CONTRAST.exec(rest)) if (m.index >= end) lastContrast = m.index;
  if (lastContrast >= 0 && delight.some((i) => i > lastContrast)) {
    // Concession: only "it/this/that …" verdicts before the contrast are forgiven.
    const conceded = rest.slice(0, lastContrast).replace(THING_VERDICT, (v) => ' '.repeat(v.length));
    judged = conceded + rest.slice(lastContrast);
  }
  // A tag question asks for a grin, not a denial: "you just want to gloat, don't you 😂 rematch?"
  if (playful(judged)) judged = judged.replace(TAG_QUESTION, ' ');
  // "I don't know how you manage" marvels: its "don't" denies nothing.
  judged = judged.replace(MARVEL_ALL, ' ');
  return !hasWord(judged, NEGATIVE_WORDS) && !NEGATION.test(judged);
}
const TAG_QUESTION = /\b(don't|dont|didn't|didnt|aren't|arent|won't|wont|isn't|isnt)\s+(you|u|ya|it)\b/g;

/** An affectionate emoji or a closing "come here": "typical you, always thinking of others ❤️". */
export function affectionate(sentence: string): boolean {
  return AFFECTION_EMOJI.test(sentence) || COME_HERE.test(sentence) || playful(sentence);
}

/** Delight somewhere in `text` (not negated): "it's amazing", "you're making me blush". */
export function hasDelight(text: string): boolean {
  return delightAt(text).length > 0;
}

/** The sentence names a problem or feeling that advice could be about. */
export function aboutProblem(sentence: string): boolean {
  return hasWord(sentence, PROBLEM_WORDS);
}

/**
 * Something in the sentence is hurt, cross, denied or sarcastic. The learned scorer raises
 * outsourcing only then: its words ("make me feel", "because of you") are also how gratitude is
 * said ("thanks for making me feel so welcome"), and only the rules can tell the two apart.
 */
export function soundsNegative(sentence: string): boolean {
  const lower = sentence.toLowerCase().replace(SPOILT_FOR_OTHERS, ' ');
  if (SARCASM.test(lower)) return true;
  // A plan closed warmly ("I'll be home alone tonight so call me whenever x", "…no worries, have fun!")
  // is no sigh; a tight smile or an eye-roll keeps it one.
  if (WARM_CLOSE.test(lower) && !/[🙂🙃🙄😒]/u.test(lower)) return false;
  const plain = lower.replace(KIND_NO, ' ').replace(YOUNG_AGAIN, ' ');
  return hasWord(plain, NEGATIVE_WORDS) || NEGATION.test(plain);
}
/** "no worries", "no rush", "not a problem": a "no" that reassures. */
const KIND_NO = /\b(no worries|no problem|no probs|no rush|no stress|no pressure|no bother|not a problem|no need to (apologi[sz]e|worry|rush))\b/g;
/** "you've ruined me for other pancakes": nothing else will do now, a compliment in a harm's words. */
const SPOILT_FOR_OTHERS = /\b(ruin|ruins|ruined|ruining|spoil|spoils|spoilt|spoiled|spoiling)\s+(me|us|it)\s+for\s+(all\s+|any\s+|every\s+)?(other|others|anyone|anything|everyone|everything|normal|regular|shop)\b/g;
/** "like a kid again", "I feel alive again": a good state come back, not a complaint's "again". */
const YOUNG_AGAIN = /\b(like a (kid|child|teenager)|young|alive|myself|human|normal|whole|happy|me|new) again\b/g;
/** A kiss, "have fun", "enjoy", "love you" or an invitation ("so come visit!") closing the line. */
const WARM_CLOSE = /(\b(have fun|have a (good|great|lovely|nice) (time|night|day|one)|enjoy( it| yourselves| yourself| (your|the) \w+( \w+)?)?|love (you|u|ya)|sleep well|take care|come (over|visit|round|by|and see me|keep me company)|call me|stick with me)\b[\s!.~]*|\bx+)[\s!.~?]*(\p{Extended_Pictographic}[\s!.~]*)*$/u;
