import { DELIGHT_WORDS, FEELING_WORDS, GOOD_STATES, NEGATIVE_WORDS, PRAISE_WORDS, hasWord } from '../lexicon';
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

/**
 * "you ruined every other lasagne for me, yours is the best": nothing else will do now, a compliment
 * (the object is "every/all other …" and what follows is "for me/us").
 */
const RUINED_FOR_OTHERS = /^\s*(all|every|any)\s+(other\s+)?[\w' ]{0,30}\bfor (me|us)\b|^[^.!?]*\b(nothing|no one|nobody|none)\s+(else\s+)?(compares|comes close|beats|tastes|is as)\b/;
/** A bad state named before a good one was lost: "i was fine until you…", "i had a good day until". */
const GOOD_BEFORE = /\b(fine|ok|okay|good|great|nice|lovely|calm|relaxed|chill|happy|peaceful|in a good mood|having a (good|nice|great|lovely) \w+|had a (good|nice|great|lovely) \w+|enjoying)\b/;
/** Acts that hand the partner one's own bad habit: "i wouldn't drink if you didn't…". */
const BAD_ACTS = /^(drink|smoke|snap|yell|shout|scream|cry|worry|stress|panic|overthink|drinking|smoking|lose|act|need|get|be|feel|have)$/;
/** Things a partner can turn someone into that are a complaint: "you turn me into a nervous wreck". */
const WRECKED = /\b(wreck|mess|monster|shell|nag|nutcase|basket case|zombie|someone i (hate|don't|dont)|person i (hate|don't|dont)|paranoid|psycho|crazy|jealous|angry|bitter|miserable)\b/;

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
    match: '{you} (are|were|r|re|have|has|had)? #Adverb? (gonna|going)? (to)? (giving|give|gave|gives|given) me (a headache|headaches|anxiety|a migraine|trust issues|grey hairs|gray hairs|stress|the creeps|a heart attack|an ulcer)',
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
      '(it|this|that|its|all) (is|was)? (all)? (your|ur) (fault|doing)',
      '(your|ur) fault (that|i)',
    ],
    severity: 'high',
    // "ur fault im hooked on this show now lol": a pleasure the partner got them into, teased.
    skipIf: (m) => / not\b/.test(m.phrase) || /\bnot\s*$/.test(m.before) || m.question || credits(m.after),
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
    skipIf: (m) => CONDITIONAL.test(m.before) || m.question && /^\W*(did|have|do)\b/.test(m.sentence) || /^\s*(me|us) for (all |any |every )?(other|others|anyone|anything|everyone|everything)\b/.test(m.after) || RUINED_FOR_OTHERS.test(m.after),
  },
  // "you're freaking me out with these texts", "you're scaring me with that driving", "you're driving me up the wall"
  {
    reason: 'outsource-doing-to-me',
    match: [
      '{youare} #Adverb? (freaking|scaring|driving|stressing|upsetting|annoying|embarrassing|hurting|killing|pissing|grossing|creeping|bugging|bothering|frustrating|confusing|depressing|suffocating) me',
      '{you} #Adverb? (keep|kept|keeps) (freaking|scaring|stressing|upsetting|annoying|embarrassing|hurting|pissing|bugging|bothering|frustrating|disappointing|humiliating|letting) me',
    ],
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
      '{you} (have|are|had)? #Adverb? (hurt|broke|crushed|broken|breaking|break|shattered|destroyed|crushing) (my|me) (feelings|heart)?',
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
    // "look what you've done to the kitchen, it's gorgeous": a thing admired, not blame.
    skipIf: (m) => hasWord(m.sentence, DELIGHT_WORDS) && !hasWord(m.sentence, NEGATIVE_WORDS) && !/^\s*to (me|us)\b/.test(m.after),
  },
  // "look what you've done now", "see what you did?", "look what you caused"
  {
    reason: 'outsource-blame',
    keepInPraise: true,
    match: '(see|look) (at)? what {you} (did|have done|made me|caused|started|made happen)',
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || (hasWord(m.sentence, DELIGHT_WORDS) && !hasWord(m.sentence, NEGATIVE_WORDS) && !/^\s*to (me|us)\b/.test(m.after)),
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
  // "im exhausted and thats your doing", "its all ur doing" (typed "ur doing" reads "you're doing")
  {
    reason: 'outsource-your-fault',
    keepInPraise: true,
    match: '(your|you are) doing',
    severity: 'high',
    skipIf: (m) => !/^[\s.!?…]*$/.test(m.after) || !/\b(all|its|it's|it is|thats|that's|that is|this is|was)\s*$/.test(m.sentence.slice(0, m.sentence.length - m.after.length - m.phrase.length)) || (credits(m.sentence) && !hasWord(m.sentence, NEGATIVE_WORDS)),
  },
  // "you got me so wound up", "u got me all anxious now", "you're getting me stressed" (not "…so excited")
  {
    reason: 'outsource-make-me-feel',
    match: '{you} (have|are)? #Adverb? (got|get|gets|getting|gotten) me (so|all|really|totally|very|proper)? (worked|wound|stressed|anxious|upset|angry|mad|nervous|paranoid|worried|scared|depressed|insecure|jealous|crying|miserable|sick|fuming|furious|on edge)',
    severity: 'high',
    skipIf: (m) => credits(m.after) || CONDITIONAL.test(m.before) || (m.question && /^\W*(do|does|did|have|has|are)\b/.test(m.sentence)) || /\b(not|never)\s*$/.test(m.before),
  },
  // "you put me in such a foul mood", "u put me in a shit mood again"
  {
    reason: 'outsource-make-me-feel',
    match: '{you} (have|had|always)? #Adverb? (put|puts) me in (such)? (a|an)? (bad|terrible|horrible|awful|foul|shit|crap|crappy|shitty|sour|grumpy|rotten|lousy|miserable|funk|mood)',
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || m.question,
  },
  // "you're turning me into a nervous wreck", "you turned me into someone i hate"
  {
    reason: 'outsource-make-me-feel',
    match: '{you} (have|are)? #Adverb? (turn|turns|turned|turning|made|make|makes|making) me into',
    severity: 'high',
    skipIf: (m) => !WRECKED.test(m.after) || credits(m.after) || CONDITIONAL.test(m.before) || (m.question && /^\W*(do|does|did|have|has|are)\b/.test(m.sentence)),
  },
  // "i was fine until u started this", "i had a lovely day until you came home" (not "i was nervous until you called")
  {
    reason: 'outsource-blame',
    keepInPraise: true,
    match: 'until {you}',
    severity: 'medium',
    skipIf: (m) => {
      const head = m.sentence.slice(0, m.sentence.length - m.after.length - m.phrase.length);
      return !/^\s*[a-z]/.test(m.after) || !GOOD_BEFORE.test(head) || !/\b(i|i'm|im|we|my|me)\b/.test(head) || GRATITUDE.test(m.sentence) || hasWord(m.after, PRAISE_WORDS) || m.question || /\b(wait|stay|hold on|keep)\b/.test(head);
    },
  },
  // "now im shaking, great job", "i was calm before this and now im a mess. well done": a state, then sarcastic thanks
  {
    reason: 'outsource-blame',
    keepInPraise: true,
    match: 'now (i|we) .{0,4} (great|nice|well|thanks|thank|happy)',
    severity: 'medium',
    skipIf: (m) => !/(great job|nice (one|going|job|work)|well done|thanks a lot|thanks for that|thank you so much|happy now|thanks for nothing)\W*$/.test(m.phrase + m.after) || !(hasWord(m.phrase, NEGATIVE_WORDS) || hasWord(m.phrase, FEELING_WORDS) || WRECKED.test(m.phrase) || /\b(shaking|awake|crying|sick|anxious|stressed|panicking|late|fuming)\b|\b(can't|cannot|can not|cant) (sleep|think|focus|eat|breathe|relax|stop|work)\b/.test(m.phrase)),
  },
  // "happy now?", "are you happy now?" standing alone after a hurt: a sarcastic verdict on the partner's part in it
  {
    reason: 'outsource-blame',
    keepInPraise: true,
    match: '^(so|well|are|r)? {you}? happy now',
    severity: 'medium',
    skipIf: (m) => !/^\W*$/.test(m.after) || /\b(so|you|u)\b[^?]*\?/.test(m.after),
  },
  // "its ur tone that gets to me", "your silence does it to me", "it's the way you look at me that sets me off"
  {
    reason: 'outsource-doing-to-me',
    match: [
      'your .{1,3} (that|which|just|really|always|honestly)? (gets|got|does|did|is doing) it? to me',
      'your .{1,3} (that|which|just|really|always|honestly)? (sets|set|winds|wound|ticks|ticked|pisses|pissed|stresses|stressed|freaks|freaked) me (off|up|out)',
      'the way {you} .{1,4} (that|which)? (gets|got|does|did) it? to me',
      'the way {you} .{1,4} (that|which)? (sets|set|winds|wound|ticks|ticked|pisses|pissed|stresses|stressed|freaks|freaked) me (off|up|out)',
    ],
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || /\bfor me\b/.test(m.phrase) || (m.question && /^\W*(do|does|did|is|was)\b/.test(m.sentence)),
  },
  // "i wouldnt be so stressed if u helped", "i wouldn't drink this much if you didn't stress me out":
  // the speaker's state or habit handed to what the partner does or fails to do
  {
    reason: 'outsource-blame',
    match: [
      'i (would not|would never) #Verb .{0,5} if {you}',
      'if {you} (did not|would not|would|just|stopped|could|had|only|were not|was not|actually|ever) .{0,6} i (would not|would never|would be) #Verb',
    ],
    severity: 'medium',
    skipIf: (m) => {
      const verb = m.terms.find((t, i) => i > 0 && t.tags.has('Verb') && !/^(would|not|never|did|if|had|have)$/.test(t.normal));
      const bad = hasWord(m.sentence, NEGATIVE_WORDS) || hasWord(m.sentence, FEELING_WORDS) || WRECKED.test(m.sentence) || (!!verb && BAD_ACTS.test(verb.normal) && !/^(be|get|have|feel|need|act)$/.test(verb.normal));
      return !bad || GRATITUDE.test(m.sentence) || /\b(mind|surprised|blame|be here|be alive|have made it|make it|know|care)\b/.test(m.sentence) || credits(m.sentence) || m.question;
    },
  },
  // "youre why im like this" (not "you're why i smile")
  {
    reason: 'outsource-blame',
    match: '{youare} (the only|literally|honestly)? why (i|we|my|me)',
    severity: 'high',
    skipIf: (m) => credits(m.after) || teasing(m) || m.question || CONDITIONAL.test(m.before),
  },
  // "i hope you're happy now", "hope ur satisfied": sarcasm closing a hurt (not "…happy in the new job")
  {
    reason: 'outsource-blame',
    keepInPraise: true,
    match: '(i|well|so)? hope {youare} (happy|satisfied|proud|pleased)',
    severity: 'medium',
    skipIf: (m) => !/^\s*(now|with yourself|of yourself)?[\s.!?…]*$/.test(m.after) || affectionateEnd(m.sentence),
  },
  // "thanks for ruining my night", "way to ruin my birthday", "thanks for embarrassing me"
  {
    reason: 'outsource-ruined',
    keepInPraise: true,
    match: '(thanks|thank you|way) (for|to) (ruining|ruin|wrecking|wreck|spoiling|spoil|embarrassing|embarrass|humiliating|humiliate|ditching|ditch|upsetting|upset|stressing)',
    severity: 'high',
    skipIf: (m) => RUINED_FOR_OTHERS.test(m.after) || /^\s*(me|us) for\b/.test(m.after),
  },
  // "youve left me a wreck", "u leave me feeling like trash every time" (not "…feeling so loved")
  {
    reason: 'outsource-make-me-feel',
    match: '{you} (have|always)? #Adverb? (left|leave|leaves|leaving) me (feeling|a|an|so|in|with|heartbroken|broken|shaking|crying|empty|drained|exhausted|miserable)',
    severity: 'high',
    skipIf: (m) => credits(m.after) || !(WRECKED.test(m.phrase + m.after) || hasWord(m.phrase + m.after, NEGATIVE_WORDS) || hasWord(m.phrase + m.after, FEELING_WORDS) || /\b(trash|garbage|shit|crap|tears|pieces|broken|empty|drained|heartbroken|shaking|a wreck)\b/.test(m.phrase + m.after)) || CONDITIONAL.test(m.before) || m.question,
  },
  // "every time u do this i end up in tears" (not "every time you smile i melt")
  {
    reason: 'outsource-blame',
    match: '(every time|everytime|whenever) {you}',
    severity: 'medium',
    skipIf: (m) => {
      const i = m.after.search(/\b(i|i'm|i am|my)\b/);
      if (i < 0) return true;
      const state = m.after.slice(i);
      return credits(state) || !(hasWord(state, NEGATIVE_WORDS) || hasWord(state, FEELING_WORDS) || WRECKED.test(state) || /\b(tears|shaking|panic|spiral)\b/.test(state)) || m.question;
    },
  },
  // "i'm a mess and you did that", "i can't stop crying, you did this"
  {
    reason: 'outsource-blame',
    keepInPraise: true,
    match: '{you} (did|caused|started) (that|this)',
    severity: 'medium',
    skipIf: (m) => {
      const head = m.sentence.slice(0, m.sentence.length - m.after.length - m.phrase.length);
      return !/^[\s.!?…]*$/.test(m.after) || !(hasWord(head, NEGATIVE_WORDS) || hasWord(head, FEELING_WORDS) || WRECKED.test(head)) || m.question;
    },
  },
  // "you did this to me", "this is what you do to me", "look what you're doing to us"
  {
    reason: 'outsource-doing-to-me',
    keepInPraise: true,
    match: ['{you} (did|have done|do|are doing) (this|that|it) to (me|us)', '(this is|that is|see|look at|look) what {you} (do|did|have done|are doing|keep doing) to (me|us)'],
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || (m.question && /^\W*(do|does|did|have|are)\b/.test(m.sentence)) || (hasWord(m.sentence, DELIGHT_WORDS) && !hasWord(m.sentence, NEGATIVE_WORDS)),
  },
  // Counterfactual blame, read by polarity: "i'd be so much happier if you just listened" and
  // "i wouldn't be this stressed if you helped" hand the partner the state; "if it wasn't for you
  // i'd be lost" and "i wouldn't be this happy if you weren't here" credit them.
  {
    reason: 'outsource-blame',
    match: [
      'if it (was|were) not for {you}',
      'i would (not|never)? #Adverb? #Verb .{0,5} if {you}',
      '{youare} the (only)? reason i (would|could) not',
    ],
    severity: 'medium',
    skipIf: (m) => counterfactualCredit(m.sentence) || m.question,
  },
];

/** Affection closing a line ("hope you're happy ❤️"). */
const affectionateEnd = (text: string) => /[❤💕💖💗💞😍🥰😘☺😊🥹]|\b(xx+|love you|love u)\W*$/u.test(text);
/** The if-clause is a complaint: "if you just…", "if you didn't…", "if you stopped…", "if it wasn't for you". */
const COMPLAINT_IF = /\bif (it (was|were) not|it wasn't|it weren't|you|u)\b[^,.]*?\b(just|stopped|stop|did not|didn't|weren't|were not|wasn't|was not|could just|actually|ever|for once|bothered|cared|listened|helped|would (just|stop|listen|help|try)|kept|keep|not for)\b|\bif it (was not|were not|wasn't|weren't|wasnt|werent) for\b|\bthe (only )?reason i (would|could) not\b/;
const counterfactualCredit = (sentence: string) => {
  if (!COMPLAINT_IF.test(sentence) || GRATITUDE.test(sentence) || /\b(mind|surprised|be here|be alive|have made it|make it|survive|survived|be lost|lost)\b/.test(sentence)) return true;
  const main = sentence.replace(/\bif it (was not|were not|wasn't|weren't|wasnt|werent) for (you|u)\b/, ' ').replace(/\bif (you|u)\b[^,.]*$/, ' ').replace(/^\s*if (you|u)\b[^,]*?(?=\bi\b)/, ' ');
  const denied = /\bi (would|could|will) (not|never)\b|\bi (wouldn't|couldn't|would never)\b/.test(main);
  const good = hasWord(main, GOOD_STATES) || /\b(fine|ok|okay|happier|sane|relaxed|calmer|better off)\b/.test(main);
  const bad = hasWord(main, NEGATIVE_WORDS) || hasWord(main, FEELING_WORDS) || WRECKED.test(main) || /\b(like this|drink|drinking|smoke|smoking|snap|yell|shout|worry|stressed|panic|overthink|tense|on edge|wound up|irritable|snappy|insecure|suspicious|jumpy|moody|grumpy|distant)\b/.test(main);
  return !((good && !denied && !bad) || (bad && denied));
};

export const outsourcing: RuleFamily = {
  category: 'outsourcing',
  negatable: true,
  praiseVeto: true,
  rules,
};
