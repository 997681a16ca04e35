import { FEELING_WORDS, GOOD_STATES, NEGATIVE_WORDS, PRAISE_WORDS, hasWord } from '../lexicon';
import type { MatchContext, Rule, RuleFamily } from './types';

/**
 * Emotional outsourcing: making the addressee responsible for causing or fixing the speaker's
 * feelings, or blaming them. "You make me laugh" and "thanks for making me feel welcome" are
 * gifts, not blame, and "it's not your fault" is reassurance.
 */

const isPraise = (m: MatchContext) => hasWord(m.clause, PRAISE_WORDS);
const CONDITIONAL = /\b(if|unless|whether|in case)\b[^,]*$/;
/** Thanks and pride: "I'm here because of you and I'm grateful". */
const GRATITUDE = /\b(grateful|thankful|thank you|thanks|proud|glad|alive|blessed|lucky|made it)\b/;
const DENIED = /\b(not|never|no|nothing|nobody|cannot)\b|n't\b|\b(cant|dont|wont|didnt)\b/;
/** Nothing hurt, angry or denied in `text`. */
const untroubled = (text: string) => !hasWord(text, NEGATIVE_WORDS) && !hasWord(text, FEELING_WORDS) && !DENIED.test(text);
/**
 * The state the partner is said to cause is a good one: "you make me feel so safe", "because of
 * you I'm the happiest I've been", "thanks to you I actually enjoy mornings". Credit, not blame.
 */
const credits = (text: string) => {
  const t = text.replace(SELF_TEASE, ' ');
  // "again" is a complaint's word, but not beside a good state: "like a teenager again".
  return (hasWord(t, GOOD_STATES) || I_LIKE_NOW.test(t)) && untroubled(t.replace(/\bagain\b/g, ' '));
};
/** "smiling at my phone like an idiot": the speaker teasing themself is not a complaint. */
const SELF_TEASE = /\blike an? (idiot|fool|dork|goof|weirdo|loser)\b/g;
/** "because of you I actually like mondays": a taste the partner gave them. */
const I_LIKE_NOW = /\bi\s+(actually |finally |now |really |kinda |kind of |even )?(like|love|enjoy|want to)\b|\b(i'm|im|i am)\s+(actually |finally |now |really |kinda |kind of |even )?(liking|loving|enjoying|into)\b/;
/**
 * A laugh closing a complaint about a habit or a thing, with nothing hurt in it: "I blame you for
 * my new coffee habit lol". Only for blame whose object decides (not "you never listen lol").
 */
const LAUGH_END = /\b(lol|lmao|haha\w*|hehe\w*)\W*$|[😂🤣😜😝😏😆]\W*$/u;
const teasing = (m: MatchContext) => LAUGH_END.test(m.sentence) && untroubled(m.sentence.slice(0, m.sentence.length - m.after.length - m.phrase.length) + m.after);

const rules: Rule[] = [
  // "you make me feel worthless", "you made me so angry", "you're making me look foolish in front of them", "you make me sick"
  {
    reason: 'outsource-make-me-feel',
    match: '{you} #Adverb? (make|makes|made|are making|keep making|have made|making) me (feel|so|really|very|look|sound|want)? #Adverb? {caused}',
    severity: 'high',
    skipIf: (m) => isPraise(m) || credits((m.phrase + m.after).replace(/^.*?\bme\b/, '')) || CONDITIONAL.test(m.before) || m.question && /^\W*(do|does|did|can|could|would|will)\b/.test(m.sentence),
  },
  // "you made me miss my flight", "you made me do it", "u pushed me into it", "you drove me to this"
  {
    reason: 'outsource-blame',
    match: [
      '{you} #Adverb? (made|make|makes|are making|keep making|have made|making|forced|force) me (to)? (do|say|miss|lose|forget|drop|spill|break|quit|leave|lie|snap|yell|shout|scream|doubt|question|react|overthink|late|wait|drink|smoke|relapse) (it|this|that|my|the|so|all|again|up|out|for)?',
      '{you} #Adverb? (drove|drive|pushed|push|forced|force|driven) me (to|into) (this|it|that|do|drink|the edge|breaking|leaving)',
      // "you make me want to scream", "u make me wanna cry"
      '{you} #Adverb? (made|make|makes|are making|making) me (want|wanna) to? (scream|cry|die|leave|quit|give|throw|punch|disappear|hide|run|explode|break)',
      // "you made this so much worse", "you make everything harder"
      '{you} #Adverb? (made|make|makes|have made|are making) (this|it|things|everything|that) (so|much|even|way|a)? (much|lot)? (worse|harder|unbearable|impossible)',
      // "youre making this so hard for me"
      '{you} #Adverb? (made|make|makes|have made|are making) (this|it|things|everything|life) (so|really|very)? (hard|difficult) for me',
      // "you put me in a terrible mood"
      '{you} (have|had)? #Adverb? (put|puts) me in a (bad|terrible|horrible|awful|foul|shit|crap|crappy|shitty|sour|grumpy) mood',
    ],
    severity: 'high',
    // "so glad you made me sign up for that class": thanks for a push, not blame.
    skipIf: (m) => isPraise(m) || (GRATITUDE.test(m.sentence) && !hasWord(m.sentence, NEGATIVE_WORDS)) || CONDITIONAL.test(m.before) || (m.question && /^\W*(do|does|did|can|could|would|will)\b/.test(m.sentence)) || /\b(not|never)\s*$/.test(m.before),
  },
  // "you're giving me a headache", "u give me anxiety"
  {
    reason: 'outsource-doing-to-me',
    match: '{you} (are|were|r|re)? #Adverb? (giving|give|gave|gives) me (a headache|headaches|anxiety|a migraine|trust issues|grey hairs|gray hairs|stress|the creeps|a heart attack|an ulcer)',
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || (m.question && /^\W*(do|does|did|are|were)\b/.test(m.sentence)),
  },
  // "you need to make me feel better", "it's your job to make me happy"
  {
    reason: 'outsource-fix-my-feelings',
    keepInPraise: true,
    match: [
      '{you} #Adverb? (need|have|got|gotta|better) to? (make|help) me (feel)?',
      'your (job|responsibility) to (make|keep) me',
      // "you need to fix how i feel", "you have to change the way i feel"
      '{you} #Adverb? (need|have|got|gotta|better) to? (fix|change) (how|the way|what) i (feel|am feeling)',
    ],
    severity: 'high',
  },
  // "it's your fault I'm upset", "this whole mess is your fault", "your fault that I…"
  {
    reason: 'outsource-your-fault',
    keepInPraise: true,
    match: [
      '(it|this|that|its|all) (is|was)? (all)? (your|ur) fault',
      '(your|ur) fault (that|i)',
    ],
    severity: 'high',
    skipIf: (m) => / not\b/.test(m.phrase) || /\bnot\s*$/.test(m.before) || m.question,
  },
  // "because of you I can't sleep", "I can't go to the reunion because of you", "thanks to you I'm stuck with the bill"
  {
    reason: 'outsource-because-of-you',
    match: [
      'because of {you}',
      'thanks to {you}',
    ],
    severity: 'high',
    skipIf: (m) =>
      credits(m.sentence.replace(m.phrase, ' ')) || teasing(m) ||
      (/thanks/.test(m.phrase)
        ? !/^[\s,]*(i|i'm|im|now|we|my|this|nobody|no one|everyone|everybody|our|the|it|its|he|she|they|me)\b/.test(m.after) || GRATITUDE.test(m.after) || (hasWord(m.after, PRAISE_WORDS) && untroubled(m.after))
        // "because of you I believe in myself": credit, unless the sentence also names a hurt.
        : (hasWord(m.sentence, PRAISE_WORDS) || GRATITUDE.test(m.sentence)) && !hasWord(m.sentence, NEGATIVE_WORDS)),
  },
  // "I blame you", "and honestly I blame you for it"
  { reason: 'outsource-blame', match: 'i (blame|hold) {you}', severity: 'high', keepInPraise: true, skipIf: teasing },
  // "you've ruined the surprise", "you are ruining the holiday", "you wrecked all my childhood memories"
  {
    reason: 'outsource-ruined',
    keepInPraise: true,
    match: '{you} (have|had|are|were)? #Adverb? (ruined|wrecked|destroyed|spoiled|ruin|ruining|wreck|wrecking|destroying|ruins|messed up)',
    severity: 'high',
    // "you've ruined me for other pizza": nothing else will ever be as good, a compliment.
    skipIf: (m) => CONDITIONAL.test(m.before) || m.question && /^\W*(did|have|do)\b/.test(m.sentence) || /^\s*(me|us) for (all |any |every )?(other|others|anyone|anything|everyone|everything)\b/.test(m.after),
  },
  // "you're freaking me out with these texts", "you're scaring me with that driving", "you're driving me up the wall"
  {
    reason: 'outsource-doing-to-me',
    match: '{youare} #Adverb? (freaking|scaring|driving|stressing|upsetting|annoying|embarrassing|hurting|killing|pissing|grossing|creeping|bugging|bothering|frustrating|confusing|depressing|suffocating) me',
    severity: 'high',
  },
  // "you've embarrassed me in front of my boss", "you hurt me", "you disappoint me"
  {
    reason: 'outsource-doing-to-me',
    match: '{you} (have|had)? #Adverb? (embarrassed|humiliated|hurt|upset|disappointed|betrayed|annoyed|scared|embarrass|humiliate|disappoint|annoy|disgust|disgusted|frustrate|bore|upsets|drag|dragged) me',
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || /\b(not|never|sorry|afraid|worried)\b[^,]*$/.test(m.before),
  },
  // "you hurt my feelings", "you piss me off", "you get on my nerves", "you drive me crazy", "look what you made me do"
  {
    reason: 'outsource-doing-to-me',
    match: [
      '{you} (hurt|broke|crushed) my (feelings|heart)',
      '{you} (piss|pissed|tick|ticked) me off',
      // "u stress me out", "you freak me out", "you wind me up"
      '{you} (are|were)? #Adverb? (stress|stressed|stresses|freak|freaked|freaks|wind|wound|winds|bum|bummed|wear|wore|tire|tired|wearing) me (out|up|down)',
      '{you} (get|got|are getting) on my nerves',
      '{you} #Adverb? (drive|drove) me (crazy|nuts|insane|mad|up)',
      'what {you} made me do',
    ],
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || /\b(not|never|sorry|afraid|worried)\b[^,]*$/.test(m.before),
  },
  // "you made my week miserable", "now you made my sister cry"
  {
    reason: 'outsource-make-me-feel',
    match: [
      '{you} (made|make|are making|have made|makes) my .{1,3} (cry|upset|sad|angry|miserable|hell|worse|harder|hard|difficult|awful|mad|unbearable|impossible)',
      '{you} (made|make|are making|have made|makes) my (life|day|week|night|job|time) (a nightmare|a misery)',
    ],
    severity: 'high',
  },
  // "fix this", "you need to fix this", "so when will you fix this?" (but not "can you fix the sink?")
  {
    reason: 'outsource-fix-this',
    keepInPraise: true,
    match: 'fix this',
    severity: 'medium',
    skipIf: (m) => /\b(i|we|let me|let's|lets|i'll|i can|how to|to)\s*$/.test(m.before) || /^\s*(for|so|thing|problem|issue|sink|car|bug)\b/.test(m.after),
  },
  // "how could you say that to me", "how could you tell her my secret?", "how dare you"
  {
    reason: 'outsource-how-could-you',
    keepInPraise: true,
    match: [
      'how (could|can) {you} .{0,4} me',
      'how dare {you}',
    ],
    severity: 'high',
  },
  // "you started it", "look at what you have done to the carpet"
  {
    reason: 'outsource-blame',
    keepInPraise: true,
    match: [
      '{you} started (it|this)',
      'look (at)? what {you} (have|has)? (done|did)',
    ],
    severity: 'high',
  },
  // "look what you've done now", "see what you did?", "look what you caused"
  {
    reason: 'outsource-blame',
    keepInPraise: true,
    match: '(see|look) (at)? what {you} (did|have done|made me|caused|started|made happen)',
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before),
  },
  // "you cost us the flat", "you've cost me my job"
  {
    reason: 'outsource-blame',
    keepInPraise: true,
    match: '{you} (have|had)? #Adverb? (cost|costed) (me|us)',
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || m.question,
  },
  // "you've chased him away", "now you scared them off", "you pushed everyone away"
  {
    reason: 'outsource-blame',
    keepInPraise: true,
    match: '{you} (have|had)? #Adverb? (scared|chased|driven|drove|pushed|run|ran|frightened) (her|him|them|everyone|everybody|people|me|us|my .) (off|away)',
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || m.question,
  },
  // "this is on you", "it's all on you now", "it's on you to fix this"
  {
    reason: 'outsource-fix-this',
    keepInPraise: true,
    match: ['(it is|its|that is|thats|this is) (all)? on {you}', 'on {you} to (make|fix|sort|put|set|clean) (this|it|that|things)'],
    severity: 'medium',
    // "it's on you to pick the film tonight" is taking turns, not blame.
    skipIf: (m) => !/(make|fix|sort|put|set|clean)/.test(m.phrase) && /^\s*(to|for|tonight|this time|today)\b/.test(m.after) && !/^\s*to (make|fix|sort|put|set|clean)\b/.test(m.after),
  },
  // "don't make me feel bad for asking", "stop making me feel guilty"
  {
    reason: 'outsource-make-me-feel',
    keepInPraise: true,
    match: '(do not|stop) (make|making) me (feel|look)',
    severity: 'high',
  },
  // "you're the one who wanted to come up here!", "you're the one who booked it, remember?"
  {
    reason: 'outsource-blame',
    match: '{youare} the one (who|that)',
    severity: 'medium',
    skipIf: (m) => isPraise(m),
  },
  // "you're the reason I'm like this", "ur the reason i have trust issues" (not "…the reason I smile")
  {
    reason: 'outsource-blame',
    match: '{youare} (the|my) (reason|cause) (why|that)?',
    severity: 'high',
    skipIf: (m) => isPraise(m) || credits(m.after) || teasing(m) || CONDITIONAL.test(m.before) || (m.question && /^\W*(are|were|is)\b/.test(m.sentence)) || / not\b/.test(m.phrase),
  },
  // "I'm so mad at you", "I am really angry with you"
  {
    reason: 'outsource-blame',
    keepInPraise: true,
    match: 'i am #Adverb? (so|really|very)? (mad|angry|furious|pissed|disappointed) (at|with) {you}',
    severity: 'medium',
  },
  // "it's because you didn't book it early"
  {
    reason: 'outsource-blame',
    keepInPraise: true,
    match: '(it is|that is|its|thats) because {you} (did not|never|would not|could not|will not) #Verb',
    severity: 'medium',
    skipIf: (m) => /^(mean|have|know)$/.test(m.terms[m.terms.length - 1]?.normal ?? ''),
  },
];

export const outsourcing: RuleFamily = {
  category: 'outsourcing',
  negatable: true,
  praiseVeto: true,
  rules,
};
