/**
 * What the partner said, read for the rewrite: good news, something hard, or neither; the feeling
 * they named (the same feelings wheel as reflect()); and their first sentence turned to the
 * listener's side ("my boss yelled at me" → "your boss yelled at you") for "I'm sorry …".
 *
 * No partner message means no mood at all: a move then never names a feeling the partner did not
 * name, and opens neutrally or with a question.
 */
import { isGoodNews } from '../context';
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
}

const POSITIVE_CORES = new Set(['joyful', 'powerful', 'peaceful']);
/** Hard things people share, beyond a named feeling. */
const HARD_NEWS =
  /\b(yell(ed|ing)?|shout(ed|ing)?|fired|laid off|lost|died|passed away|funeral|sick|hospital|hurt|broke up|dumped|cheat(ed|ing)?|fight|fought|argu(e|ed|ment)|rais(e|ing) the rent|evict|debt|bills?|can'?t (sleep|cope|stop|afford)|crying|cried|failed|rejected|alone|lonely|stress(ed)?|worried|scared|awful|terrible|horrible|worst|hate|sucks|ugh+|again|hard|difficult|struggl\w*|depress\w*|anxi\w*|panic\w*|exhausted|tired|losing|loan|broke|unemploy\w*|pain|afraid|miss(ing)?|cheat\w*|dread\w*|(don'?t|can'?t|couldn'?t) sleep|insomnia|sleepless)\b|😢|😭|😞|😔|💔/i;
const QUESTION = /\?\s*$|^\s*(why|what|how|when|where|who|did|do|does|are|is|can|could|would|will|should)\b/i;

export function readPartner(message: string | undefined): PartnerRead {
  const raw = (message ?? '').trim();
  if (!raw) return { mood: 'none', feeling: null, sorryClause: null };
  const text = normalizeChat(raw);
  // Someone who speaks of crisis needs presence, not a reworded reply: the rewrite steps aside.
  if (detectCrisis(text)) return { mood: 'crisis', feeling: null, sorryClause: null };
  const found = findFeeling(text);
  const good = isGoodNews(text) || (found !== null && POSITIVE_CORES.has(found.core));
  const hard = !good && (HARD_NEWS.test(text) || (found !== null && !POSITIVE_CORES.has(found.core)));
  const mood: Mood = good ? 'good' : hard ? 'hard' : 'neutral';
  const feeling = found && mood !== 'neutral' ? found.word : null;
  return { mood, feeling, sorryClause: mood === 'hard' ? sorryClauseOf(hardSentenceOf(text, found?.word)) : null };
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
function sorryClauseOf(text: string): string | null {
  // The first sentence, up to its first clause break: "I'm so stressed about my boss, he keeps…" → the first part.
  const first = /^[^.!?\n,;:—–]+/.exec(text)?.[0]?.trim() ?? '';
  const n = first.split(/\s+/).length;
  if (n < 3 || n > 14 || QUESTION.test(first) || /[?]/.test(text.slice(0, first.length + 1))) return null;
  // A statement starts with its subject: a pronoun, a determiner or a name.
  if (!/^(i|i'm|my|we|our|you|you're|your|the|this|that|it|he|she|they|his|her|their|mom|dad|[A-Z][a-z]+)\b/i.test(first)) return null;
  if (/^(i|we) (think|guess|wonder|want|need|wish)\b/i.test(first)) return null;
  const flipped = flipPronouns(first.replace(/^([A-Z])(?=[a-z])/, (c) => (/^I\b/.test(first) ? c : c.toLowerCase())));
  return flipped.replace(/\b(you're|you are|you were|you) (just|like|kinda|kind of) /i, '$1 ').replace(/[\s,;:]+$/, '').replace(/^(You|Your|My|Me)\b/, (w) => w.toLowerCase());
}
