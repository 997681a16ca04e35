/**
 * Word lists the rule tables share. Kept small and general: each list names a kind of word
 * (a negative label, a feeling), never a sentence from the corpus.
 */

/** Negative labels for a person: "you're so lazy", "you idiot", "such a liar". */
export const NEGATIVE_LABELS = [
  'stupid', 'lazy', 'selfish', 'idiot', 'idiots', 'moron', 'jerk', 'loser', 'liar', 'pig', 'insane',
  'crazy', 'useless', 'heartless', 'mean', 'sick', 'jealous', 'paranoid', 'pathetic', 'ridiculous',
  'silly', 'dramatic', 'childish', 'immature', 'rude', 'annoying', 'worthless', 'hopeless', 'dumb',
  'irresponsible', 'careless', 'clueless', 'arrogant', 'cheater', 'bitch', 'asshole', 'cruel',
  'incompetent', 'boring', 'creepy', 'disgusting', 'gross', 'ignorant', 'spoiled', 'needy',
  'controlling', 'manipulative', 'impossible', 'unbearable', 'unreasonable', 'hypocrite',
  'coward', 'fool', 'freak', 'psycho', 'weirdo', 'nag', 'snob', 'brat', 'baby', 'crybaby',
  'doofus', 'dork', 'slob', 'liar', 'fake', 'two-faced', 'heartless', 'insensitive', 'cold',
  'overdramatic', 'overreacting', 'hysterical', 'delusional', 'obsessed', 'obsessive', 'stubborn',
  'difficult', 'toxic', 'useless', 'hopeless', 'weak', 'ungrateful', 'inconsiderate', 'thoughtless',
  'unbelievable', 'nuts', 'mental', 'evil', 'horrible', 'terrible', 'awful', 'disgrace', 'joke',
  'lame', 'loser', 'leaver', 'mess', 'slacker', 'bully', 'traitor', 'creep', 'tyrant', 'snake', 'child',
  'stingy', 'cheap', 'greedy', 'vain', 'petty', 'spineless', 'unreliable', 'flaky', 'self-absorbed',
  'self-centred', 'self-centered',
] as const;

/** Feelings a partner's message can carry (used for context severity). */
export const FEELING_WORDS = [
  'sad', 'upset', 'anxious', 'anxiety', 'stressed', 'stress', 'stressful', 'worried', 'worry',
  'scared', 'afraid', 'hurt', 'angry', 'mad', 'lonely', 'alone', 'depressed', 'depression',
  'exhausted', 'tired', 'frustrated', 'frustrating', 'overwhelmed', 'heartbroken', 'miserable',
  'awful', 'terrible', 'horrible', 'cry', 'crying', 'cried', 'nervous', 'panic', 'hopeless',
  'worthless', 'ashamed', 'embarrassed', 'guilty', 'jealous', 'disappointed', 'devastated',
  'grief', 'grieving', 'lost', 'sick', 'pain', 'hate', 'unhappy', 'down', 'struggling', 'rough',
  'hard', 'tough', 'broke', 'fired', 'dumped', 'died', 'passed', 'bummed', 'sucks', 'fear',
  // worn out, crushed, let down: feelings said as what happened to the speaker
  'destroyed', 'gutted', 'crushed', 'shattered', 'drained', 'burnt out', 'burned out',
  'betrayed', 'rejected', 'abandoned', 'humiliated', 'helpless', 'trapped', 'numb',
  'insecure', 'furious', 'livid', 'terrified', 'petrified', 'panicking', 'freaking out', 'falling apart',
  'dreading', 'dread', 'isolated', 'defeated', 'discouraged', 'useless', 'resentful',
  'confused', 'lost it', 'breaking down', 'broke down', 'in tears', 'sobbing', 'worn out', 'fed up',
  'sick of', 'tired of', 'at my wits', 'can\'t cope', 'cannot cope', 'can\'t take it', 'overwhelming',
  'scary', 'grieve', 'mourning', 'miss him', 'miss her', 'upsetting', 'hurts', 'hurting',
  // a problem that weighs on them, said without a feeling word
  'hurtful', 'can\'t stop thinking', 'can\'t sleep', 'don\'t know what to do', 'don\'t know how', 'no idea what to do',
] as const;

/** Feelings someone can be "made" to have: "you make me feel worthless", "you made me cry". */
export const CAUSED_FEELINGS = [
  'sad', 'upset', 'angry', 'mad', 'furious', 'worthless', 'guilty', 'crazy', 'sick', 'miserable',
  'bad', 'badly', 'stupid', 'small', 'cry', 'jealous', 'anxious', 'nervous', 'insecure', 'ashamed',
  'embarrassed', 'uncomfortable', 'terrible', 'awful', 'horrible', 'useless', 'unloved', 'unwanted',
  'invisible', 'alone', 'lonely', 'hate', 'scream', 'wanna', 'want', 'nuts', 'depressed', 'hurt',
  'paranoid', 'inadequate', 'ugly', 'fat', 'dumb', 'like', 'look', 'sound', 'lose', 'feel', 'so',
  'really', 'very', 'this', 'that', 'mental', 'ill', 'sick', 'lousy', 'worse', 'unhappy', 'regret',
] as const;

/**
 * Good states a partner can be credited with causing: "you make me feel so safe", "because of you
 * I'm the happiest I've been", "thanks to you I actually enjoy mornings". Blame names a bad state;
 * these turn the same shapes into thanks (outsourcing.ts, when nothing negative is near).
 */
export const GOOD_STATES = [
  'safe', 'loved', 'seen', 'heard', 'understood', 'wanted', 'special', 'beautiful', 'pretty', 'happy',
  'happier', 'happiest', 'calm', 'calmer', 'welcome', 'comfortable', 'better', 'good', 'warm', 'alive',
  'lucky', 'excited', 'confident', 'brave', 'strong', 'sexy', 'young', 'giddy', 'butterflies', 'at home',
  'at peace', 'enjoy', 'enjoying', 'love', 'smile', 'smiling', 'laugh', 'laughing', 'grin',
  'tried', 'learned', 'learnt', 'started', 'finally', 'believe in', 'proud', 'grateful', 'hooked',
  'addicted', 'hope', 'hopeful', 'whole', 'myself again', 'like a teenager', 'like a kid', 'like a queen',
  'like a king', 'like a princess', 'like a million', 'like a new', 'young again',
] as const;

/** Words that make a "you always…" / "you're so…" sentence praise rather than a story. */
export const PRAISE_WORDS = [
  'energy', 'grateful', 'thankful', 'joy', 'light', 'inspire', 'inspiring', 'calm', 'best', 'great', 'good', 'nice', 'sweet', 'love', 'loved', 'lovely', 'believed', 'believe',
  'help', 'helped', 'helping', 'kind', 'happy', 'amazing', 'beautiful', 'better', 'smart',
  'funny', 'laugh', 'smile', 'welcome', 'special', 'wonderful', 'awesome', 'brave', 'strong',
  'cute', 'gorgeous', 'talented', 'generous', 'thoughtful', 'support', 'supported', 'there for',
  'proud', 'patient', 'fun', 'brilliant', 'perfect', 'caring', 'independent', 'fantastic',
  'overcame', 'faced', 'saved', 'rock', 'star', 'excellent', 'incredible', 'honest', 'clever',
] as const;

/**
 * Delight, affection and gratitude: a sentence carrying one of these (not negated) reads as
 * admiring, so "you're crazy, that was amazing" and "because of you I finally tried sushi" are
 * compliments (frame.ts). Words that are as often sarcastic ("great", "nice", "good") are left out.
 */
export const DELIGHT_WORDS = [
  'happy tears', 'happy crying',
  'loved', 'love', 'lovely', 'adore', 'adored', 'amazing', 'awesome', 'incredible', 'wonderful',
  'beautiful', 'gorgeous', 'brilliant', 'fantastic', 'impressive', 'impressed', 'proud', 'best',
  'delicious', 'perfect', 'cute', 'sweet', 'adorable', 'it shows', 'finally', 'thank you', 'thanks',
  'grateful', 'thankful', 'blush', 'blushing', 'made my day', 'made my week', 'made my night',
  'stunning', 'talented', 'genius', 'legend', 'hero', 'so much fun', 'so good', 'favourite',
  'favorite', 'hilarious', 'smile', 'smiling', 'laugh', 'laughing', 'yay', 'so lucky', 'miss you',
  'inspiring', 'dream', 'magical', 'gifted', 'delightful', 'superb', 'phenomenal', 'outstanding',
  'amaze', 'amazes', 'impress', 'impresses', 'inspire', 'inspires',
  'surprise', 'surprises', 'surprising', 'happiest', 'happier',
] as const;

/**
 * Words that keep an admiring-looking sentence a barrier: hurt, anger, complaint
 * ("you're crazy, that was stupid" is still a label).
 */
export const NEGATIVE_WORDS = [
  ...NEGATIVE_LABELS,
  'hate', 'hated', 'worst', 'ruined', 'ruin', 'upset', 'angry', 'furious', 'annoyed', 'sick of',
  'tired of', 'fed up', 'hurt', 'hurts', 'sad', 'miserable', 'embarrassed', 'ashamed',
  'disappointed', 'disappointing', 'sucks', 'sucked', 'wrong', 'fault', 'blame', 'ugh', 'whatever',
  'again', 'cry', 'crying', 'cried', 'alone', 'lonely', 'leave', 'quit', 'gave up', 'give up', 'done with',
  'enough', 'seriously', 'bad', 'badly', 'scared', 'afraid', 'worried', 'lied', 'lie', 'cheated',
] as const;

/** Sarcastic thanks and praise: "thanks a lot", "great job", "way to go". */
/** A laugh: "lol", "haha", a crying-laughing or winking face. Rules add their own extras to it. */
export const LAUGHING = /\b(lol|lmao|haha\w*|hehe\w*)\b|[😂🤣😜😝😆]/u;
export const SARCASM = /\b(thanks a lot|thanks for nothing|thanks for ruining|great job|nice going|nice one|way to go|just great|real nice|oh great|oh wonderful|oh perfect|well done|how lovely|so sweet of you to)\b/;

/**
 * Problems and feelings advice can be about: "try yoga, it's amazing for stress" is still a fix,
 * "try the new thai place, it's amazing" a recommendation.
 */
export const PROBLEM_WORDS = [
  ...FEELING_WORDS,
  'help', 'helps', 'helped', 'helpful', 'relax', 'relaxing', 'calm', 'calming', 'cope', 'coping',
  'heal', 'healing', 'fix', 'sleep', 'mind', 'head', 'mood', 'feel better', 'therapy', 'therapist',
  'anxiety', 'problem', 'problems', 'issue', 'issues', 'deal with', 'get over', 'move on', 'forget',
  'distract', 'distraction', 'clear', 'reliever', 'recover', 'self-care', 'yourself', 'health',
  'doctor', 'gp', 'counsellor', 'counselor', 'professional', 'rest', 'breathe', 'talk to someone',
] as const;

/** True when `words` (lower-cased) contains one of the list's entries as a whole word. */
export function hasWord(text: string, list: readonly string[]): boolean {
  return wordRegex(list).test(text);
}

const regexCache = new WeakMap<readonly string[], RegExp>();
export function wordRegex(list: readonly string[]): RegExp {
  let re = regexCache.get(list);
  if (!re) {
    const alts = [...new Set(list)].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
    re = new RegExp(`(?:^|[^a-z'])(?:${alts})(?![a-z])`, 'i');
    regexCache.set(list, re);
  }
  return re;
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A compromise alternation "(a|b|c)" from a list. */
export function alt(list: readonly string[]): string {
  return `(${[...new Set(list)].join('|')})`;
}
