/**
 * What the partner said, read for the rewrite: good news, something hard, or neither; the feeling
 * they named (the same feelings wheel as reflect()); and their first sentence turned to the
 * listener's side ("my boss yelled at me" → "your boss yelled at you") for "I'm sorry …".
 *
 * No partner message means no mood at all: a move then never names a feeling the partner did not
 * name, and opens neutrally or with a question.
 *
 * The partner is read through context.ts, as the analysis reads them (readPartnerContext, asksForAdvice,
 * asksForHelp, refusesAdvice, isOwnApology, carriesFeeling): an offer never celebrates news the
 * analysis did not take as good, and a feeling the analysis saw is answered as something hard. What
 * the rewrite needs beyond that is added here and named as an addition (PRACTICAL_ASK, SORRY_LAPSE,
 * and a stricter veto on celebrating): candidates for context.ts, whose owners decide.
 */
import { asksForAdvice, asksForHelp, carriesFeeling, isOwnApology, readPartnerContext, refusesAdvice } from '../context';
import { findFeeling, flipPronouns } from '../reflect';
import { normalizeChat } from '../normalize';
import { detectCrisis } from '../safety';

export type Mood = 'none' | 'good' | 'hard' | 'neutral' | 'crisis';

export interface PartnerRead {
  mood: Mood;
  /** The feeling the partner named, as a wheel adjective ("hurt", "anxious"). */
  feeling: string | null;
  /** Their first sentence from the listener's side, when it is a short statement about something hard. */
  sorryClause: string | null;
  /** The partner asked for a suggestion: the idea is offered plainly, with no "or would you rather vent". */
  askedAdvice: boolean;
  /** The partner asked to be heard, not advised ("I just need to vent"): no idea is offered back at all. */
  ventOnly: boolean;
  /** The partner is apologising ("I'm so sorry I broke your mug"): "don't worry about it" is forgiveness. */
  apology: boolean;
}

/**
 * Addition to context.ts's isOwnApology: a bare or leading "sorry" for a lapse it does not list
 * ("I'm so sorry babe", "sorry, I can't come", "sorry just saw this, was at the gym"). "Don't worry
 * about it" after it forgives; it answers no feeling (carriesFeeling is checked first).
 */
const SORRY_LAPSE = /^\W*(?:(?:i['’]?m|im|i\s+am)\s+(?:so\s+|really\s+|very\s+|truly\s+)*sorry|sorry|so\s+sorry)\b(?:\s+(?:babe|hun|love|x+))?(?:[\s,!.]*$|\s+(?:i|for|about|that\s+i|again|if\s+i)\b|[\s,!.]+(?:i|got|forgot|was|just|didn['’]?t|couldn['’]?t|running|only\s+just)\b)/i;

const POSITIVE_CORES = new Set(['joyful', 'powerful', 'peaceful']);
/** Hard things people share, beyond a named feeling. */
const HARD_NEWS =
  /\b(yell(ed|ing)?|shout(ed|ing)?|fired|laid off|lost|died|passed away|funeral|sick|hospital|hurt|broke up|dumped|cheat(ed|ing)?|fight|fought|argu(e|ed|ment)|rais(e|ing) the rent|evict|debt|bills?|can'?t (sleep|cope|stop|afford)|crying|cried|failed|rejected|alone|lonely|stress(ed)?|worried|scared|awful|terrible|horrible|worst|hate|sucks|ugh+|hard|hurtful|nasty|not good enough|falling apart|drifting|(?:nobody|no one) (?:likes|liked|cares|cared|came|called|texted|talks|talked|showed)|difficult|struggl\w*|depress\w*|anxi\w*|panic\w*|exhausted|tired|losing|loan|broke|unemploy\w*|pain|afraid|miss(ing)?|cheat\w*|dread\w*|(don'?t|can'?t|couldn'?t) sleep|insomnia|sleepless|failure|a disappointment|had a go at|went off at|told (?:me|us) off|humiliat\w*|embarrass\w*|criticis\w*|criticiz\w*|useless|worthless|behind on|lump|biopsy|(?:more|medical|blood) tests|scratched|stolen|crashed|broken into|burgled)\b|😢|😭|😞|😔|💔|😡|😤|😩|😰|😟/i;
/**
 * Good news needs more than "got a …": "got my blood test back, cholesterol's high" and "got a
 * parking ticket" are news, not good news. A message that also carries a hardship or an annoyance
 * is not read as good, and a "got …" whose object is a bill, a fine or a result is not celebrated.
 * (context.ts's isGoodNews already sets aside fines, bad results and hard feelings; this reading
 * is stricter still, for the rewrite: a "congratulations" on the wrong news is the costlier mistake.)
 */
const NOT_CELEBRATED =
  /\bgot\s+(?:(?:the|a|an|my|our|his|her|their|some|another)\s+)?(?:\w+\s+){0,2}?(point|drift|meaning|joke|question|ticket|fine|bill|letter|results?|test|tests|blood|scan|diagnosis|email|text|message|news|rejection|warning|notice|cold|flu|virus|covid|infection|rash|migraine|headache|fever|cough|bug|puncture|flat|speeding|parking|overdraft|invoice|summons|sack|boot|dumped|told off|shouted|yelled|caught|sick|ill|hurt|injured|stuck|lost|mugged|robbed|scammed|laid off|fired|evicted)\b/i;
/** Annoyance or trouble beside the news: "ugh", "ffs", "really high", "annoying", "worse". */
const ANNOYED = /\b(ugh+|argh+|ffs|fml|annoy\w*|(?:too|really|so|very|quite|dead|way too) (?:high|low)|cholesterol|blood pressure|worse|wrong|positive for|typical|not good)\b|😩|😤|😡|🙄|😒/i;

/** Doubt or a miss beside the news word: "I don't think I'm good enough for this promotion". */
const NOT_GOOD_YET = /\b(?:don['’]?t|do\s+not|didn['’]?t|won['’]?t|not|never)\s+(?:think|get|got|getting|make|made|going\s+to\s+get|good\s+enough)\b|\bdoubt\w*/i;

/** News that is good whatever is around it: a job, an engagement, "we did it". */
const STRONG_GOOD = /\b(got (promoted|engaged|married|accepted|in|the job|the part|the house|the flat|a job|a place|a promotion|a raise|a pay ?rise|the offer|an offer|a puppy|a dog|a kitten|tickets)|(i|we) (passed|won|made it|graduated)|promot(ed|ion)|engaged|pregnant|accepted|good news|great news|so (happy|excited|proud)|can'?t wait|yay+|woo+h?o*|omg yes|we did it|nailed it)\b|🎉|🥳|🙌|😍/i;

/**
 * Good news as the analysis reads it (readPartnerContext's goodNews), vetoed further for the rewrite:
 * a "congratulations" on the wrong news is the costlier mistake, so doubt, annoyance, a hardship or
 * an uncelebrated "got …" beside it keeps the offer from celebrating. Never good where the analysis
 * does not read good news ("I'm not sure I'm happy in this relationship").
 */
function goodNews(raw: string, text: string): boolean {
  if (!readPartnerContext(raw).goodNews || ANNOYED.test(text) || NOT_GOOD_YET.test(text)) return false;
  if (STRONG_GOOD.test(text)) return true;
  // Only a "got …" matched: no hardship beside it, and an object people celebrate.
  return !HARD_NEWS.test(text) && !NOT_CELEBRATED.test(text);
}

const LAUGHING = /😂|🤣|😆|\b(?:lmao+|lmfao|haha+|hehe+|rofl)\b/i;
/**
 * Addition to context.ts's asksForAdvice: a pick or a reminder it does not list ("which train should
 * I get?", "remind me where we parked?", "any ideas for Dad's birthday?"). Advice after these is an
 * answer; the offer then asks no "or would you rather vent" first.
 */
const PRACTICAL_ASK =
  /\b(?:what|where|which|when|how|who)\s+(?:\w+\s+){0,2}?(?:should|shall)\s+(?:i|we)\b|\bremind\s+me\b|\b(?:any|got\s+any)\s+(?:ideas|suggestions|recommendations|recs)\s+for\b|\b(?:do|would)\s+(?:you|u)\s+(?:recommend|suggest)\b|\bwhat\s+(?:do\s+(?:you|u)\s+)?(?:recommend|suggest)\b|\bwhat\s+would\s+(?:you|u)\s+(?:do|go\s+for|pick|get)\b/i;

/** The partner asked for a suggestion, as the analysis reads it (a pick or plan, or help with a problem). */
function askedForAdvice(raw: string): boolean {
  return asksForAdvice(raw) || asksForHelp(raw) || (PRACTICAL_ASK.test(raw) && !refusesAdvice(raw));
}

/** The clause that asks to be heard: "I don't need advice,", "I just need to vent for a sec,", "not looking for solutions,". */
const VENT_CLAUSE = /(?:^|[.!?,;]\s*)[^.!?,;]*\b(?:advice|solutions|tips|suggestions|fixing|vent|venting|just listen)\b[^.!?,;]*[.!?,;]?/gi;
const QUESTION = /\?\s*$|^\s*(why|what|how|when|where|who|did|do|does|are|is|can|could|would|will|should)\b/i;

export function readPartner(message: string | undefined): PartnerRead {
  const raw = (message ?? '').trim();
  if (!raw) return { mood: 'none', feeling: null, sorryClause: null, apology: false, askedAdvice: false, ventOnly: false };
  const askedAdvice = askedForAdvice(raw);
  const text = normalizeChat(raw);
  // Someone who speaks of crisis needs presence, not a reworded reply: the rewrite steps aside.
  if (detectCrisis(text)) return { mood: 'crisis', feeling: null, sorryClause: null, apology: false, askedAdvice: false, ventOnly: false };
  // An apology is no hardship to be sorry about ("I'm sorry you're so sorry …"), nor good news.
  // ("sorry I've been so down lately" carries the hurt: that one is answered as something hard)
  if (isOwnApology(raw) || (SORRY_LAPSE.test(text) && !carriesFeeling(raw))) return { mood: 'neutral', feeling: null, sorryClause: null, apology: true, askedAdvice: false, ventOnly: false };
  // "i'm crying 😂", "dying lol": laughter, not hardship.
  const laughing = LAUGHING.test(text);
  const found = laughing ? null : findFeeling(text);
  // A joyful feeling named counts only where the analysis also reads good news ("I'm so happy we
  // booked it"), never on its own ("I'm not sure I'm happy in this relationship").
  const good = goodNews(raw, text);
  // Hard as the analysis reads it (carriesFeeling: "she left me", "we split up", "my dog died"), or by
  // the rewrite's own list of hard news and named feelings; laughter takes back "crying" and "dying".
  const hard = !good && ((!laughing && carriesFeeling(raw)) || HARD_NEWS.test(laughing ? text.replace(/\b(crying|cried|dying|dead|killing me|can'?t breathe)\b/gi, '') : text) || (found !== null && !POSITIVE_CORES.has(found.core)));
  const mood: Mood = good ? 'good' : hard ? 'hard' : 'neutral';
  const feeling = found && mood !== 'neutral' ? found.word : null;
  const ventOnly = refusesAdvice(raw);
  // The request to be heard is no part of what happened ("I just need to vent for a sec, my manager…").
  const told = ventOnly ? text.replace(VENT_CLAUSE, ' ').trim() : text;
  return { mood, feeling, sorryClause: mood === 'hard' ? sorryClauseOf(hardSentenceOf(told, found?.word)) : null, apology: false, askedAdvice: askedAdvice && !ventOnly, ventOnly };
}

/**
 * The sentence that carries the hard thing, so "That could help. I'm just worried they'll think
 * I'm stupid" is answered about the worry, never with "I'm sorry that could help".
 */
function hardSentenceOf(text: string, feeling: string | undefined): string {
  const sentences = text.match(/[^.!?\n]+[.!?]*/g) ?? [text];
  const carries = (s: string) => HARD_NEWS.test(s) || (feeling !== undefined && new RegExp(`\\b${feeling}\\b`, 'i').test(s));
  return sentences.find(carries)?.trim() ?? '';
}

/**
 * "the landlord is raising the rent again" → "the landlord is raising the rent again";
 * "i felt really hurt when you laughed at my haircut" → "you felt really hurt when I laughed at your haircut".
 * Only a short first sentence that states something (a question or a long story is not quoted back).
 */
/** A name or endearment the partner opens with ("Mum I'm struggling", "babe, I'm so tired"): it addresses the speaker, it is no part of what happened. */
const VOCATIVE = /^\s*(?:mum|mom|mam|mummy|dad|daddy|babe|baby|hun|hon|love|mate|bro|sis|guys|hey|hi|hiya|[A-Z][a-z]+,)[\s,!.]+(?=(?:i|i'm|im|i've|ive|my|we)\b)/i;

function sorryClauseOf(text: string): string | null {
  // The first sentence, up to its first clause break: "I'm so stressed about my boss, he keeps…" → the first part.
  // A sigh before it is no part of the statement ("ugh, got a parking ticket").
  const body = text.replace(/^\s*(?:ugh+|urgh+|argh+|omg|ffs|jeez|god|man|oh no|oh god)\b[\s,!.…]*/i, '');
  let first = /^[^.!?\n,;:—–]+/.exec(body.replace(VOCATIVE, ''))?.[0]?.trim() ?? '';
  // "Jake and I broke up" is answered "you and Jake broke up", not "jake and you broke up".
  first = first.replace(/^((?:my\s+)?[A-Za-z]+) and (?:I|me)\b/, 'I and $1');
  // Emoji and emoticons are the partner's, not words to quote back ("got dumped 💔").
  first = first.replace(/(?:\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D|:\(|:'\(|;\())+/gu, ' ').replace(/\s+/g, ' ').trim();
  // A name, endearment or chat word closing the statement addresses the listener or is the partner's
  // voice ("I failed my test babe", "I'm exhausted hun", "so tired ok", "... lol"): echoed, it would be
  // glued to the feeling ("I'm sorry you're exhausted hun").
  for (let prev = ''; prev !== first; ) {
    prev = first;
    first = first
      .replace(/(?<!\b(?:you|u|i|we|they|would|really|to|d|my|your|ur|the|a|an|in|with|of|and|so|much|all|our|his|her|their|new|first|real|true|no|in|fell|falling))[\s,]+(?:love|baby)\s*$/i, '')
      .replace(/[\s,]+(?:babe|hun|hunny|hon|honey|mate|bro|bruv|sis|dude|darling|darl|sweetie|sweetheart|boo|bestie|x+|lol|lmao|tbh|ngl|tho|though)\s*$/i, '')
      .replace(/,\s*[A-Z][a-z]+\s*$/, '')
      .trim();
  }
  const n = first.split(/\s+/).length;
  if (n < 2 || n > 14 || QUESTION.test(first) || /[?]/.test(body.slice(0, first.length + 1))) return null;
  if (/^(i|we) (think|guess|wonder|want|need|wish)\b/i.test(first)) return null;
  // "we broke up", "we had a huge row": "we" may be the partner and someone else, or both of them;
  // "I'm sorry we broke up" from the one consoling says the wrong thing either way, so it is not echoed.
  if (/^(?:we|we['’]re|we['’]ve|we['’]d|us)\b/i.test(first)) return null;
  // A statement starts with its subject: a pronoun, a determiner, or a name (a capital, so the
  // check is case-sensitive for names: "got dumped" and "so stressed" have no subject).
  const subject = /^(i|i'm|im|i've|my|we|we're|our|you|you're|your|the|this|that|it|it's|he|she|they|his|her|their|mom|mum|dad|work|everything|everyone)\b/i.test(first) || /^[A-Z][a-z]+\b/.test(first) && !/^(Got|Feel|Feeling|Failed|Lost|So|Just|Been|Had|Can'?t|Cant|Really|Still|Totally|Not|Was|Am|Ugh|Told|Went|Tried|Did|Made|Took|Saw|Left|Asked|Found|Came|Thought|Spent|Started|Finished|Called|Texted|Woke|Dropped|Broke|Missed|Forgot|Keep|Kept|Think|Need|Want|[A-Z][a-z]{2,}ed)\b/.test(first);
  if (subject && n < 3) return null;
  if (!subject) {
    // A diary-style sentence without its "I" ("got dumped", "feel so overwhelmed", "feeling low
    // today", "failed my test again") gets the listener's "you" back; anything else is not quoted.
    const m = /^(?:(so|really|absolutely|totally|completely|proper|stressed|exhausted|gutted|worried|knackered|shattered|heartbroken|devastated|feeling)|(been)|(got|feel|failed|lost|missed|had|can'?t|cant|couldn'?t|hate|miss|need|broke|burnt|burned|ruined|messed|cried|woke|barely\s+slept|told|tried))\b/i.exec(first);
    if (!m) return null;
    first = first.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
    first = m[1] ? `I'm ${first}` : m[2] ? `I've ${first}` : `I ${first}`;
  }
  // A long echo reads as a transcript: a feeling added at the end ("… and I'm so fed up") is said by
  // the feeling opener, and a "… I could scream" is the partner's way of saying it, not a fact to repeat.
  const trimmed = first.replace(/\s+and\s+(?:i['’]?m|im|i\s+am|i\s+feel)\s+(?:\w+\s*){1,3}$/i, '').replace(/\s+(?:that\s+)?i\s+(?:could|can\s+barely|can['’]?t\s+even)\b.*$/i, '');
  if (trimmed.split(/\s+/).length >= 3) first = trimmed;
  // "we", "us", "our" are both of them: the echo keeps them ("you forgot our anniversary" → "I forgot our anniversary").
  const shared: string[] = [];
  const guarded = first.replace(/\b(we|us|our|ours|ourselves|we['’]re|we['’]ve|we['’]ll|we['’]d)\b/gi, (w) => `qqshared${shared.push(w) - 1}qq`);
  const flipped = flipPronouns(guarded.replace(/^([A-Z])(?=[a-z])/, (c) => (/^I\b/.test(first) ? c : c.toLowerCase()))).replace(/qqshared(\d+)qq/g, (_m, i: string) => shared[Number(i)]!);
  return flipped.replace(/\b(you're|you are|you were|you) (just|like|kinda|kind of) /i, '$1 ').replace(/[\s,;:]+$/, '').replace(/^(You|Your|My|Me)\b/, (w) => w.toLowerCase());
}
