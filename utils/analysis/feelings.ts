/**
 * A feelings wheel: core feelings opening into more nuanced words, after Gloria Willcox's
 * "The Feeling Wheel" (1982: mad, sad, scared, joyful, powerful, peaceful at the centre).
 * Used by reflect() to find the feeling in a message, and by the popup's check-in to pick one.
 * Colours are the wheel's traditional ones, softened for the UI.
 */

export interface FeelingFamily {
  core: string;
  color: string;
  words: string[];
}

export const FEELINGS_WHEEL: FeelingFamily[] = [
  {
    core: 'mad',
    color: '#e5735f',
    words: [
      'angry', 'hurt', 'hostile', 'rageful', 'furious', 'hateful', 'critical', 'irritated', 'annoyed',
      'frustrated', 'jealous', 'selfish', 'skeptical', 'sarcastic', 'resentful', 'bitter', 'pissed',
      'fed up', 'livid', 'grumpy', 'cranky', 'mad',
    ],
  },
  {
    core: 'sad',
    color: '#6f8fcf',
    words: [
      'tired', 'bored', 'lonely', 'depressed', 'ashamed', 'guilty', 'sleepy', 'apathetic', 'inferior',
      'isolated', 'stupid', 'remorseful', 'miserable', 'heartbroken', 'disappointed', 'exhausted',
      'drained', 'hopeless', 'grieving', 'gloomy', 'down', 'low', 'empty', 'worthless', 'unhappy',
      'devastated', 'sad', 'lost',
    ],
  },
  {
    core: 'scared',
    color: '#9b7fc7',
    words: [
      'confused', 'rejected', 'helpless', 'submissive', 'insecure', 'anxious', 'bewildered',
      'discouraged', 'insignificant', 'inadequate', 'embarrassed', 'overwhelmed', 'worried', 'nervous',
      'stressed', 'afraid', 'frightened', 'terrified', 'panicked', 'uneasy', 'tense', 'vulnerable',
      'scared', 'unsure', 'on edge',
    ],
  },
  {
    core: 'joyful',
    color: '#f2c14e',
    words: [
      'excited', 'sensuous', 'energetic', 'cheerful', 'creative', 'hopeful', 'daring', 'fascinated',
      'stimulated', 'amused', 'playful', 'optimistic', 'happy', 'delighted', 'thrilled', 'glad',
      'joyful', 'elated',
    ],
  },
  {
    core: 'powerful',
    color: '#f29e4c',
    words: [
      'aware', 'proud', 'respected', 'appreciated', 'important', 'faithful', 'successful', 'surprised',
      'valuable', 'worthwhile', 'confident', 'discerning', 'capable', 'strong', 'powerful', 'seen',
    ],
  },
  {
    core: 'peaceful',
    color: '#6fbf8e',
    words: [
      'content', 'thoughtful', 'intimate', 'loving', 'trusting', 'nurturing', 'relaxed', 'pensive',
      'responsive', 'serene', 'secure', 'thankful', 'grateful', 'calm', 'relieved', 'safe', 'peaceful',
      'loved', 'connected',
    ],
  },
];

/** Every feeling word, lower-cased, core words included. */
export const FEELING_WORDS: readonly string[] = FEELINGS_WHEEL.flatMap((f) => f.words.includes(f.core) ? f.words : [f.core, ...f.words]);

const CORE_OF = new Map<string, string>();
for (const f of FEELINGS_WHEEL) {
  CORE_OF.set(f.core, f.core);
  for (const w of f.words) if (!CORE_OF.has(w)) CORE_OF.set(w, f.core);
}

/** Common ways of saying a feeling that are not on the wheel, mapped to the wheel's word. */
export const FEELING_SYNONYMS: Record<string, string> = {
  anxiety: 'anxious', stress: 'stressed', stressful: 'stressed', upset: 'hurt', gutted: 'heartbroken',
  burnt: 'exhausted', 'burned out': 'exhausted', 'burnt out': 'exhausted', wiped: 'exhausted',
  knackered: 'exhausted', overwhelming: 'overwhelmed', frustrating: 'frustrated', annoying: 'annoyed',
  scary: 'scared', terrifying: 'terrified', depressing: 'depressed', sick: 'drained', shaky: 'uneasy',
  freaked: 'panicked', 'freaking out': 'panicked', panicking: 'panicked', worry: 'worried',
  worrying: 'worried', crushed: 'heartbroken', bummed: 'disappointed', alone: 'lonely', ignored: 'rejected',
  unloved: 'rejected', useless: 'worthless', embarrassing: 'embarrassed', 'stressed out': 'stressed',
  restless: 'tense', dreading: 'anxious', fear: 'afraid', excited: 'excited', pumped: 'excited',
  blessed: 'thankful', lucky: 'thankful', hopeless: 'hopeless', sleepless: 'tired', rough: 'low',
};

/** The core feeling of a word ("anxious" → "scared"); undefined when it is not a feeling word. */
export function coreOf(word: string): string | undefined {
  const w = word.toLowerCase().trim();
  return CORE_OF.get(w) ?? CORE_OF.get(FEELING_SYNONYMS[w] ?? '');
}

/** What someone may need, for the check-in's "one need". */
export const NEEDS: string[] = [
  'encouragement', 'rest', 'reassurance', 'space', 'connection', 'help', 'appreciation', 'comfort',
  'understanding', 'to be heard', 'patience', 'fun', 'closeness', 'quiet', 'clarity', 'support',
  'affection', 'honesty', 'time together', 'movement', 'food', 'play',
];
