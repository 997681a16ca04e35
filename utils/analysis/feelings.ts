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

/*
 * What a partner's message can carry (context.ts's carriesFeeling): a hard feeling or a hardship,
 * by word class, so the check does not hang on one list of adjectives. Good news, logistics and
 * plain questions carry none of these; positive feelings are deliberately absent (after "I got
 * the job!" a suggestion is not rushed). Words that are also everyday words ("down", "hard",
 * "passed", "broke", "sick", "lost") count only in the shapes where they are a hardship.
 */

/** Hard feelings said as a state of the speaker: "I'm gutted", "so anxious", "feeling numb". */
export const HARD_FEELINGS: readonly string[] = [
  // sad, low
  'sad', 'unhappy', 'miserable', 'depressed', 'gloomy', 'heartbroken', 'devastated', 'gutted', 'crushed',
  'shattered', 'destroyed', 'empty', 'numb', 'hopeless', 'helpless', 'worthless', 'useless',
  'lonely', 'isolated', 'left out', 'abandoned', 'rejected', 'unwanted', 'unloved', 'invisible',
  'homesick', 'grieving', 'mourning', 'disappointed', 'let down', 'bummed', 'defeated', 'discouraged',
  'demotivated', 'unmotivated', 'miserable', 'upset', 'hurt', 'hurting', 'betrayed',
  // mad
  'angry', 'furious', 'livid', 'fuming', 'pissed', 'pissed off', 'annoyed', 'irritated', 'frustrated',
  'fed up', 'resentful', 'bitter', 'jealous', 'envious', 'disrespected', 'offended',
  // scared
  'anxious', 'nervous', 'worried', 'scared', 'afraid', 'terrified', 'petrified', 'frightened', 'panicky',
  'paranoid', 'on edge', 'tense', 'stressed', 'stressed out', 'overwhelmed', 'insecure', 'inadequate',
  'uneasy', 'shaky', 'shaken', 'freaked out', 'confused', 'trapped',
  // worn out
  'exhausted', 'drained', 'draining', 'knackered', 'wiped out', 'worn out', 'burnt out', 'burned out', 'tired',
  'run down', 'wrecked', 'a wreck', 'a mess', 'a state',
  // shame
  'ashamed', 'embarrassed', 'humiliated', 'guilty', 'pathetic', 'a failure',
  // how it is going, said of the speaker or the situation
  'awful', 'terrible', 'horrible', 'shitty', 'crappy', 'lousy', 'rubbish', 'rough', 'tough', 'struggling',
  'suffering', 'miserable', 'unbearable', 'unfair', 'difficult', 'a nightmare', 'the worst', 'sucks', 'sucked',
  'screwed', 'fucked', 'messed up', 'fucked up', 'screwed up',
];

/** Nouns naming a hard feeling or a hardship: "my anxiety", "the grief", "so much pressure". */
export const HARDSHIP_NOUNS: readonly string[] = [
  'anxiety', 'depression', 'stress', 'grief', 'sadness', 'loneliness', 'fear', 'dread', 'panic attack',
  'panic attacks', 'pain', 'heartbreak', 'breakup', 'break up', 'divorce', 'funeral', 'miscarriage',
  'cancer', 'diagnosis', 'chemo', 'surgery', 'debt', 'eviction', 'unemployed',
  'mental health', 'burnout', 'insomnia', 'nightmares', 'trauma', 'abuse', 'bullying', 'bullied', 'tears', 'betrayal',
];

/**
 * Shapes of distress, negated good states, hardship events and complaints, as patterns over the
 * lower-cased message with chat spellings written out ("cant" → "can't", "im" → "i'm").
 */
export const HARDSHIP_SHAPES: readonly RegExp[] = [
  // distress said as what the speaker does or can't do
  /\b(cry|crying|cried|sobbing|in tears|tearing up|breaking down|broke down|falling apart|fell apart|freaking out|panicking|spiralling|spiraling|overthinking)\b/,
  /\b(losing|lost) (my mind|it|my shit|my temper|hope|sleep)\b|\bgoing (crazy|insane|mad)\b/,
  /\b(can't|cannot|can not|couldn't|unable to) (cope|sleep|eat|focus|concentrate|think straight|stop (crying|thinking|worrying|shaking)|breathe|deal|handle|take (it|this|any ?more)|do (this|it) any ?more|get out of bed|stand (it|this)|face|function|relax|afford|stop)\b/,
  /\b(i|i'm|i've|i am|i was|i feel|we|we're|it's|it is|this is|that's)\b[^.!?]{0,25}\b(so|really|completely|just|totally|literally) (done|over it)\b|\b(had enough|over it all|at the end of my rope|at my wits'? end|at breaking point|hit rock bottom)\b|\bdone with (it|this|everything|life|him|her|them|people)\b/,
  /\b(hate|hating|dread|dreading|regret|regretting|miss|missing) (my|it|this|myself|everything|everyone|how|that|him|her|them|going|having|being|you|when|the way)\b/,
  /\b(struggle|struggled|struggles|struggling|suffer|suffered|suffering|worry|worrying|worried|stress|stressing) (with|about|over|so|a lot|every)\b/,
  // negated good states: "not okay", "don't feel right", "nothing helps", "no one cares"
  /\b(not|not feeling|isn't|ain't|never) (ok|okay|fine|good|great|well|alright|all right|happy|coping|myself|doing (so |too |very )?(well|good|great|ok|okay|fine)|going (well|great|good))\b/,
  /\b(don't|do not|didn't|never) feel (good|well|right|ok|okay|fine|like myself|safe|loved|wanted|heard|seen|happy|normal)\b/,
  /\b(nothing|no one|nobody|noone) (helps|works|matters|cares|listens|understands|gets it|is going right|goes right|seems to)\b|\bno (point|energy|motivation|hope|friends|one to talk to)\b/,
  // hardship events: "got fired", "she dumped me", "lost my job", "passed away"
  /\b(got|get|been|was|were|being|getting) (fired|sacked|laid off|let go|dumped|rejected|cheated on|ghosted|kicked out|evicted|diagnosed|hurt|injured|robbed|scammed|bullied|yelled at|screamed at|turned down|left out|ignored|blamed|dumped)\b/,
  /\b(dumped|left|cheated on|ghosted|fired|rejected|ignores|ignored|blamed|betrayed|abandoned) me\b|\b(lost|losing) (my|our|his|her) (job|mom|mum|dad|mother|father|brother|sister|son|daughter|husband|wife|partner|friend|best friend|grandma|grandpa|grandmother|grandfather|dog|cat|baby|home|house)\b/,
  /\b(passed away|passed on|died|death|broke up|breaking up|split up|separated|laid off|failed|failing|flunked|can't afford)\b/,
  // a situation weighing on them
  /\b(driving me|drives me|makes me|made me|making me) (crazy|nuts|mad|insane|up the wall|bonkers|sad|cry|angry|sick|anxious|miserable)\b|\b(killing me|getting to me|gets to me|got me down|getting me down|weighing on me|eating me up|on my mind|too much for me|too much to handle|so much pressure)\b/,
  /\b(hard|tough|rough|bad|awful|terrible|horrible|difficult|shit|crap) (time|times|day|days|week|weeks|month|year|night|patch|news)\b/,
  /\b(so|really|too|very|been|is|was|it's|it is|pretty|kinda|super) (hard|difficult)\b|\bhard (for me|to (cope|deal|handle|accept|sleep|believe|get over|move on|talk))\b/,
  /\b(feeling|feel|felt|so|really|bit|kinda|pretty|been|a little|very) (down|low|blue|off|sick|ill)\b|\b(sick|tired) of\b|\bsick and tired\b|\bi'm (sick|broke|ill)\b/,
  /\b(so|really|fucking|very|super|mad|hella) (mad|sad|angry|upset|hurt|lonely|scared|stressed|anxious)\b|\bmad at\b/,
  // said of the speaker: "I feel lost", "so alone", "feel used", "heart is broken", "been through hell"
  /\b(feel|feeling|felt|so|all|completely|totally|i'm|i am) (pretty |really |so |very |a bit |kinda |quite |completely |totally )?(alone|lost|stuck|used|broken|stupid|like a failure|like shit|like crap)\b|\bbroken heart|heart is broken|\b(through|living|been) hell\b/,
  /\b(ugh+|fml|smh)\b|(^|\s)(:\(|:'\(|:-\(|;\(|<\/3|d:)(\s|$)/,
  // A problem described without a feeling word (support chats are full of them): money, a job going,
  // a partner's lie, a boss who mistreats, not knowing how to cope. After these, advice is as rushed as
  // after "I'm so stressed". (Logistics stay out: "the shop is closing early", "no milk left".)
  /\b(struggl\w*|behind|trouble|problems?) (with|on|paying) (money|rent|the rent|my rent|bills|the bills|my bills|payments|the mortgage|my mortgage|finances|debts?|loans?)\b|\b(can't|cannot|couldn't|can not) (pay|make rent|make ends meet|find (a )?(job|work))\b|\bmake ends meet\b|\b(in|into|drowning in) (debt|arrears)\b|\b(financial|money) (problems|trouble|troubles|worries|issues|struggles)\b|\b(mortgage|rent) (payments|arrears)\b|\bcredit card (bills|debt)\b/,
  /\b(my|our) (company|business|shop|store|workplace|employer|office|restaurant|firm|job)\b[^.!?]{0,25}\b(shutting down|closing down|going under|going bust|bankrupt|laying (people|us|staff|everyone) off|cutting (jobs|my hours|our hours))\b|\b(lose|losing|might lose|could lose|going to lose) (my|our) (job|jobs|income|house|home|flat|apartment|business)\b|\b(out of|without) (a )?(work|job)\b|\bjob security\b/,
  /\b(he|she|they|my (husband|wife|partner|boyfriend|girlfriend|bf|gf|friend|best friend)) (lied|lies|has been lying|was lying|is lying|cheated|is cheating|was cheating|has been cheating|is having an affair|had an affair)\b|\b(lied to me|cheating on me|an affair)\b|\b(we|we've|we have) (been )?(keep )?(fighting|arguing)\b|\bkeep (fighting|arguing)\b/,
  /\b(boss|manager|supervisor|coworker|co-worker|colleague|landlord|teacher|neighbou?r|roommate|flatmate)s?\b[^.!?]{0,40}\b(inappropriate|harass\w*|bull(y|ies|ied|ying)|yell(s|ed|ing)? at|scream(s|ed|ing)? at|threaten\w*|mean to me|rude to me|kicking (me|us) out|evict\w*|won't leave me alone|picks on me|takes credit)\b/,
  /\b(don't|do not|didn't|not sure|no idea|unsure)( know)? (how|what) (to|i should|i can|i could) (handle|deal with|cope|manage|get over|move on|fix (this|it|things))\b|\b(what to do|how to feel) (anymore|about (this|it|him|her|them|that))\b|\b(don't|do not) know (anyone|anybody|a soul)\b/,
  // a loss not yet got over, a relationship ended, nobody to turn to, nerves, a problem named as big
  /\b(get|got|gotten|getting) over (him|her|them|my ex|the breakup|the break up|losing)\b|\b(relationship|marriage|engagement) (has )?(ended|is over|fell apart|is falling apart)\b|\b(don't|do not) (really )?have (any )?(friends|anyone|anybody)\b|\b(calm|settle|steady) (my|some|the) nerves\b|\b(a|this|such a) (big|huge|serious) problem\b|\bno win situation\b|\bcan't (even )?(feel|enjoy) (happy|anything|good|joy|it)\b/,
];

/**
 * The same words in shapes that carry no feeling: reassurance ("don't worry", "no stress"),
 * slang praise ("that's sick"), things that broke or died ("my phone died"), a hard thing that is
 * a thing ("hard drive"). Removed before the check.
 */
export const NOT_HARDSHIP: RegExp =
  /\b(don't|do not|dont|no|not) (worry|worries|stress|pressure|rush)\b|\bnot (worried|stressed|a problem)\b|\b(that's|that is|so|sounds) sick\b|\b(phone|battery|laptop|car|plant|tv|printer|charger)s? (just |has |is )?(died|dead|broke)\b|\bhard (drive|disk|copy|boiled)\b|\b(lost|losing) (my|the|our) (keys|phone|wallet|charger|remote|way|game|match|bet)\b|\b(i hate to (ask|say|bother|interrupt))\b|\bhell (yes|yeah|of a|ya)\b|\bwhat the hell\b|\bkilling (it|the game)\b|\bmiss you too\b|\b(i|we) miss(ed)? (you|the bus|the train|it|that)\b/g;
