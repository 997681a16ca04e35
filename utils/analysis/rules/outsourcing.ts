import { DELIGHT_WORDS, FEELING_WORDS, GOOD_STATES, LAUGHING, NEGATIVE_WORDS, PRAISE_WORDS, hasWord } from '../lexicon';
import { HARD_FEELINGS as HARD_FEELING_WORDS } from '../feelings';
import { affectionate as isAffectionate } from '../frame';
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
const untroubled = (text: string) => !hasWord(text, NEGATIVE_WORDS) && !hasWord(text, FEELING_WORDS) && !DENIED.test(text) && !BROKEN.test(text);
/** Harm to a day or a plan ("my whole day is wrecked"): trouble without a feeling word. */
const BROKEN = /\b(wrecked|destroyed|spoiled|trashed|messed up|there goes)\b/;
/**
 * The state the partner is said to cause is a good one: "you make me feel so safe", "because of
 * you I'm the happiest I've been", "thanks to you I actually enjoy mornings". Credit, not blame.
 */
const credits = (text: string) => {
  const t = text.replace(SELF_TEASE, ' ').replace(FOND_OBSESSION, ' hooked ');
  // "again" is a complaint's word, but not beside a good state: "like a teenager again".
  return (hasWord(t, GOOD_STATES) || I_LIKE_NOW.test(t) || RESTED.test(t)) && untroubled(t.replace(/\bagain\b/g, ' '));
};
/** "thanks to you i actually slept well": rest the partner gave. */
const RESTED = /\b(slept|sleep|sleeping|rested)\s+(so\s+|really\s+|much\s+)?(well|better|great|soundly|like a baby)\b/;
/**
 * "…and now I'm obsessed", "she's hooked on ducks now": a new love the partner started, said of
 * the speaker or a third person (read as "hooked", a good state, so a hurt beside it still counts).
 */
const FOND_OBSESSION = /\b(i'm|im|i am|i've been|ive been|she's|shes|he's|hes|they're|theyre|we're|were|we are|kids are|now)\s+(now\s+|so\s+|totally\s+|completely\s+|properly\s+|kind of\s+|kinda\s+|a bit\s+|low key\s+|lowkey\s+)?(obsessed|hooked|addicted)\b/g;
/** "smiling at my phone like an idiot": the speaker teasing themself is not a complaint. */
const SELF_TEASE = /\blike an? (idiot|fool|dork|goof|weirdo|loser)\b/g;
/** "because of you I actually like mondays": a taste the partner gave them. */
const I_LIKE_NOW = /\bi\s+(actually |finally |now |really |kinda |kind of |even )?(like|love|enjoy|want to)\b|\b(i'm|im|i am)\s+(actually |finally |now |really |kinda |kind of |even )?(liking|loving|enjoying|into)\b/;
/**
 * A laugh closing a complaint about a habit or a thing, with nothing hurt in it: "I blame you for
 * my new coffee habit lol". Only for blame whose object decides (not "you never listen lol").
 */
const LAUGH_END = /\b(lol|lmao|haha\w*|hehe\w*)\W*$|[😂🤣😜😝😏😆]\W*$/u;
/** The words before the match name a hurt or a setback: "my night is wrecked thanks to you". */
const troubledHead = (m: MatchContext) => {
  const head = m.sentence.slice(0, m.sentence.length - m.after.length - m.phrase.length);
  return hasWord(head, NEGATIVE_WORDS) || hasWord(head, FEELING_WORDS) || WRECKED.test(head) || SETBACK.test(head);
};
/** Setbacks said without a feeling word: "now i'm late", "my day is wrecked", "i got no sleep". */
const SETBACK = /\b(late|wrecked|ruined|destroyed|spoiled|missed|lost|stuck|grounded|in trouble|no sleep|behind)\b|\b(can't|cannot|can not|couldn't|could not) (sleep|focus|think|relax|work|eat|breathe|trust|concentrate|function|cope|rest|enjoy)\b/;
const teasing = (m: MatchContext) => LAUGH_END.test(m.sentence) && untroubled(m.sentence.slice(0, m.sentence.length - m.after.length - m.phrase.length) + m.after);

/**
 * "you ruined every other lasagne for me, yours is the best": nothing else will do now, a compliment
 * (the object is "every/all other …" and what follows is "for me/us").
 */
const RUINED_FOR_OTHERS = /^\s*((all|every|any)\s+(other\s+)?|other\s+)[\w' ]{0,30}\bfor (me|us)\b|^[^.!?]*\b(nothing|no one|nobody|none)\s+(else\s+)?(compares|comes close|beats|tastes|is as)\b/;
/** A bad state named before a good one was lost: "i was fine until you…", "i had a good day until". */
const GOOD_BEFORE = /\b(fine|ok|okay|good|great|nice|lovely|calm|relaxed|chill|happy|peaceful|in a good mood|having a (good|nice|great|lovely) \w+|had a (good|nice|great|lovely) \w+|enjoying)\b/;
/** Acts that hand the partner one's own bad habit: "i wouldn't drink if you didn't…". */
const BAD_ACTS = /^(drink|smoke|snap|yell|shout|scream|cry|worry|stress|panic|overthink|drinking|smoking|lose|act|need|get|be|feel|have)$/;
/** "you make it impossible to stay mad at you", "…so hard to say no": charm, not blame. */
const CANT_RESIST = /^\s*to (stay|be|get|remain) (mad|angry|upset|annoyed|cross|grumpy) (at|with) (you|u)\b|^\s*to (resist|say no|leave|go|say goodbye|look away|keep a straight face|not (love|smile|laugh|like)|stop (smiling|laughing|thinking))\b/;
/** "…hard to be happy", "…impossible to trust you": the speaker's ease or trust made hard (not "…to stay mad at you"). */
const easeLost = (toClause: string) => !CANT_RESIST.test(toClause) && /^\s*to (be (happy|myself|ok|okay|calm|around (you|u)|with (you|u)|honest)|relax|trust|love (you|u)|like (you|u)|breathe|feel (ok|okay|good|safe|happy|calm|normal|loved|wanted)|sleep|enjoy|stay (calm|positive|sane|together|with (you|u))|forgive|believe (you|u|anything)|talk to (you|u)|want)\b/.test(toClause);
/** "you're the reason i wake up smiling", "…i keep going": what keeps the speaker going. */
const LIFT = /^\s*(that |why )?(i|i'm|i am|im)\s+(still\s+)?(get up|wake up|keep going|keep trying|go on|try|believe|am who i am|here|still here|alive|sane|okay|ok|made it)\b/;
/** Someone else's words: "he told me you were the reason he quit". */
const REPORTER = /\b(told|tells|said|says|thinks|thought|heard|claims|claimed|reckons)( me| us| him| her| them)?( that)?\s*$/;
/**
 * "you made me this cake", "you made me like sushi": something made for the speaker or a taste
 * given, not a feeling ("this"/"that"/"like" end the match only as "…this mad", "…like crap").
 */
const madeMeAThing = (m: MatchContext) => {
  const last = m.phrase.split(/\s+/).pop() ?? '';
  if (last === 'this' || last === 'that') return !/^\s*(way|mad|angry|upset|sad|crazy|miserable|much|bad|anxious|stressed|small|insecure|jealous)\b|^[\s.!?,…]*$/.test(m.after);
  if (last === 'like') return !/\b(feel|look|sound)\s+like$/.test(m.phrase) && !/^\s*(this|that|crap|shit|trash|garbage|dirt|nothing|i'm|im|i am|an? (idiot|fool|failure|burden|joke|child|kid|loser|clown))\b/.test(m.after);
  return false;
};
/**
 * The match stops at an intensifier or "like" and what follows holds no hurt: "you make me feel so
 * looked after", "you make me feel like I'm floating" (not "…so small", "…like I'm a burden").
 */
const softEnd = (m: MatchContext) => {
  const last = m.phrase.split(/\s+/).pop() ?? '';
  const next = m.after.split(/[,.;!?]/)[0] ?? '';
  if (last === 'like') return /^\s*(i|i'm|im|i am)\b/.test(m.after) && !HURT_LIKE.test(next) && !DENIED.test(next) && !hasWord(next, NEGATIVE_WORDS) && !hasWord(next, FEELING_WORDS);
  if (/^(so|really|very)$/.test(last)) return /^\s*[a-z]/.test(m.after) && !HURT_LIKE.test(next) && !DENIED.test(next) && !hasWord(next, NEGATIVE_WORDS) && !hasWord(next, FEELING_WORDS) && !BROKEN.test(next);
  return false;
};
/** Something achieved: "thanks to your notes i passed". */
const ACHIEVED = /\b(passed|got the job|got in|won|aced|nailed|made it|finished|graduated|got promoted|got accepted)\b/;
/** An affectionate emoji or a closing "come here" anywhere in the sentence (frame.ts). */
const affectionate = (sentence: string) => isAffectionate(sentence);
/** Things a partner can turn someone into that are a complaint: "you turn me into a nervous wreck". */
const WRECKED = /\b(wreck|mess|monster|shell|nag|nutcase|basket case|zombie|someone i (hate|don't|dont)|person i (hate|don't|dont)|paranoid|psycho|crazy|jealous|angry|bitter|miserable)\b/;

/** A laugh or a "jk" in the sentence: a guilt-trip's words said as a joke. */
const joking = (s: string) => LAUGHING.test(s) || /\bjk\b/.test(s);
/** The tone that makes "I'll just…" a guilt trip: again, as always, then, somehow, a tight smile. */
const MARTYR = /\b(again|like always|as usual|like usual|as always|then|i guess|i suppose|somehow|once again|for the \w+ time|whatever|fine)\b|🙂|🙃/u;
/** After "don't mind me" / "don't worry about me": the speaker left alone to cope. */
const LEFT_ALONE = /\b(i'll|ill|i will|we'll|we will) (just|manage|cope|be fine|sit|stay)\b|\b(alone|on my own|by myself|ourselves)\b/;
/** "thanks for that", "nice one", "cheers", "great", "perfect", "wonderful" said of a loss. */
const SARCASTIC_THANKS = /^\W*(great|perfect|wonderful|brilliant|lovely|fantastic|awesome|cool|fab|ok great|oh great|well great)\b|\b(thanks for that|thanks a lot|thanks a bunch|cheers for that|nice one|well done|good job|great job)\b/;

/** "(in the best way)": the trouble named is a compliment; a negation before it keeps it ("not in a good way"). */
const IN_A_GOOD_WAY = /^\W*in (the|a) (best|good|nice|fun|cute|lovely|sweet|good kind of)( possible)? way\b/;
/** "you ruined me with that finale": a story, song or show that moved them, not a harm. */
const MOVED_BY = /^\s*(me|us)\s+(with|for|after)\s+(that|this|the|your|ur)\s+(\w+\s+){0,2}(ending|episode|finale|show|series|book|film|movie|song|album|recommendation|rec|playlist|video|meme|story|chapter|season|twist|speech|cooking|baking|cake|pizza|lasagne|curry|dessert)\b/;

const rules: Rule[] = [
  // "you make me feel worthless", "you made me so angry", "you're making me look foolish in front of them", "you make me sick"
  {
    reason: 'outsource-make-me-feel',
    match: '{you} #Adverb? (make|makes|made|are making|keep making|have made|making) me (feel|so|really|very|look|sound|want)? #Adverb? {caused}',
    severity: 'high',
    skipIf: (m) => madeMeAThing(m) || softEnd(m) || affectionate(m.sentence) || /😳/u.test(m.sentence) || isPraise(m) || credits((m.phrase + m.after).replace(/^.*?\bme\b/, '')) || CONDITIONAL.test(m.before) || m.question && /^\W*(do|does|did|can|could|would|will)\b/.test(m.sentence),
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
      '{you} #Adverb? (made|make|makes|have made|are making) (this|it|things|everything|that) (so|much|even|way|a|really|always)? (much|lot)? (worse|harder|unbearable|impossible|stressful|complicated|miserable|exhausting|painful|awkward|unpleasant)',
      // "you make every night out so stressful", "you made our holiday so much worse"
      '{you} #Adverb? (made|make|makes|have made|are making) (every|each|our|my) #Noun (so|really|even|way|much)? (much|lot)? (worse|harder|stressful|miserable|awkward|unbearable|impossible|exhausting|painful|unpleasant|tense)',
      '{you} #Adverb? (made|make|makes|have made|are making) (every|each|our|my) #Noun . (so|really|even|way|much)? (much|lot)? (worse|harder|stressful|miserable|awkward|unbearable|impossible|exhausting|painful|unpleasant|tense)',
      // "u make it so hard to be happy", "you make it impossible to trust you" (not "…to stay mad at you")
      '{you} #Adverb? (made|make|makes|making|are making|have made) it (so|really|very|too|just)? (hard|difficult|impossible) to (be|relax|trust|love|like|breathe|feel|sleep|enjoy|stay|forgive|believe|talk|want)',
      // "youre making this so hard for me"
      '{you} #Adverb? (made|make|makes|have made|are making) (this|it|things|everything|life) (so|really|very)? (hard|difficult) for me',
      // "you put me in a terrible mood"
      '{you} (have|had)? #Adverb? (put|puts) me in a (bad|terrible|horrible|awful|foul|shit|crap|crappy|shitty|sour|grumpy) mood',
    ],
    severity: 'high',
    // "so glad you made me sign up for that class": thanks for a push, not blame.
    // ("…lose my mind, that kiss 😳": an affectionate or flustered emoji makes it a swoon.)
    skipIf: (m) => CANT_RESIST.test(m.after) || affectionate(m.sentence) || /😳/u.test(m.sentence) || (/\bit (so |really |very |too |just )?(hard|difficult|impossible) to \w+$/.test(m.phrase) ? !easeLost(m.phrase.replace(/^.*?(?= to \w+$)/, '') + m.after) || CONDITIONAL.test(m.before) || m.question : isPraise(m)) || (GRATITUDE.test(m.sentence) && !hasWord(m.sentence, NEGATIVE_WORDS)) || CONDITIONAL.test(m.before) || (m.question && /^\W*(do|does|did|can|could|would|will)\b/.test(m.sentence)) || /\b(not|never)\s*$/.test(m.before),
  },
  // "you're giving me a headache", "u give me anxiety"
  {
    reason: 'outsource-doing-to-me',
    match: '{you} (are|were|r|re|have|has|had)? #Adverb? (gonna|going)? (to)? (giving|give|gave|gives|given) me (so much|such|such a|all this|all the|nothing but|constant|serious|real|major)? (a headache|headaches|anxiety|a migraine|migraines|trust issues|grey hairs|gray hairs|stress|the creeps|a heart attack|an ulcer|ulcers|grief|hell|panic attacks|a panic attack|nightmares|a hard time|issues|whiplash)',
    severity: 'high',
    // "u give me such a hard time lol": teasing, with nothing hurt around it.
    skipIf: (m) => CONDITIONAL.test(m.before) || (m.question && /^\W*(do|does|did|are|were)\b/.test(m.sentence)) || teasing(m),
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
      // "my night is ruined cause of u", "i'm late due to you"
      '(cause|cos|coz|cuz) of {you}',
      'due to {you}',
      // "i'm like this because of how you treat me"
      '(because|cause) of (how|what|the way) {you}',
    ],
    severity: 'high',
    // "i'm stressed but not because of you": the cause is denied.
    skipIf: (m) => /\b(not|never|n't|nothing to do with)\s+(just |only |all |really |even )?$/.test(m.before) ||
      credits(m.sentence.replace(m.phrase, ' ')) || teasing(m) ||
      (/thanks/.test(m.phrase)
        ? (/^[\s.!…]*$/.test(m.after) && troubledHead(m))
          // "sending all my thanks to you": thanks given, not a sarcastic verdict.
          ? GRATITUDE.test(m.sentence.replace(m.phrase, ' ')) || /\b(my|our|many|big|special|all the|express|give|send)\s*$/.test(m.before) || /\bappreciat/.test(m.sentence)
          : !/^[\s,]*(i|i'm|im|now|we|my|this|nobody|no one|everyone|everybody|our|the|it|its|he|she|they|me)\b/.test(m.after) || GRATITUDE.test(m.after) || (hasWord(m.after, PRAISE_WORDS) && untroubled(m.after))
        // "because of you I believe in myself": credit, unless the sentence also names a hurt.
        : (hasWord(m.sentence, PRAISE_WORDS) || GRATITUDE.test(m.sentence)) && !hasWord(m.sentence, NEGATIVE_WORDS) && !BROKEN.test(m.sentence)),
  },
  // "I blame you", "and honestly I blame you for it"
  { reason: 'outsource-blame', match: 'i (blame|hold) {you}', severity: 'high', keepInPraise: true, skipIf: teasing },
  // "you've ruined the surprise", "you are ruining the holiday", "you wrecked all my childhood memories"
  {
    reason: 'outsource-ruined',
    keepInPraise: true,
    match: '{you} (have|had|are|were)? #Adverb? (ruined|wrecked|destroyed|spoiled|spoilt|ruin|ruining|wreck|wrecking|destroying|ruins|messed up)',
    severity: 'high',
    // "you've ruined me for other pizza": nothing else will ever be as good, a compliment.
    skipIf: (m) => MOVED_BY.test(m.after) || CONDITIONAL.test(m.before) || m.question && /^\W*(did|have|do)\b/.test(m.sentence) || /^\s*(me|us) for (all |any |every )?(other|others|anyone|anything|everyone|everything)\b/.test(m.after) || RUINED_FOR_OTHERS.test(m.after),
  },
  // "you're freaking me out with these texts", "you're scaring me with that driving", "you're driving me up the wall"
  {
    reason: 'outsource-doing-to-me',
    match: [
      '{youare} #Adverb? (freaking|scaring|driving|stressing|upsetting|annoying|embarrassing|hurting|killing|pissing|grossing|creeping|bugging|bothering|frustrating|confusing|depressing|suffocating) me',
      '{you} #Adverb? (keep|kept|keeps) (freaking|scaring|stressing|upsetting|annoying|embarrassing|hurting|pissing|bugging|bothering|frustrating|disappointing|humiliating|letting) me',
    ],
    severity: 'high',
    // "you're driving me to the airport, right?": a lift, not a push (but "…to the edge" is).
    // "no way, you're killing me 😂": laughing too hard, not hurt.
    skipIf: (m) => (/killing me$/.test(m.phrase) && (LAUGHING.test(m.sentence) || /\b(no way|omg|oh my god|stop it|stop|i can't|i cant|dying|crying|hilarious|so funny|brilliant)\b/.test(m.sentence)) && !hasWord(m.sentence.replace(m.phrase, ' '), NEGATIVE_WORDS)) || IN_A_GOOD_WAY.test(m.after) || /driving me$/.test(m.phrase) && /^\s*(to|home|back|there|around|in|into|over|out|from|tomorrow|tonight|later)\b/.test(m.after) && !/^\s*to (the edge|drink|drinking|tears|distraction|despair|madness|insanity|breaking point)\b/.test(m.after),
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
    skipIf: (m) => IN_A_GOOD_WAY.test(m.after) || CONDITIONAL.test(m.before) || /\b(not|never|sorry|afraid|worried)\b[^,]*$/.test(m.before),
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
    // "you don't make me feel special": a good state missed, found by the "never make me feel" rule.
    skipIf: (m) => /\bmake me feel$/.test(m.phrase) && /^\s*(\w+\s+)?(wanted|loved|special|safe|seen|heard|important|appreciated|valued|beautiful|attractive|pretty|desired|good enough|secure|happy)\b/.test(m.after),
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
    match: '{youare} (honestly|literally|really|just|seriously|#Adverb)? (the|my) (whole|only|main|real|entire|actual)? (reason|cause) (why|that)?',
    severity: 'high',
    skipIf: (m) => isPraise(m) || credits(m.after) || LIFT.test(m.after) || teasing(m) || CONDITIONAL.test(m.before) || (m.question && /^\W*(are|were|is)\b/.test(m.sentence)) || / not\b/.test(m.phrase) || REPORTER.test(m.before),
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
    // ("ur why" is read "your why" by the chat spelling, hence the second shape.)
    match: ['{youare} (the only|literally|honestly)? why (i|we|my|me)', '^your (literally|honestly)? why (i|we|my|me)'],
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
  // "because of your lies i can't trust anyone", "thanks to ur snoring i got no sleep": the
  // partner's doing named as the cause of a hurt or setback (not "thanks to your advice i got the job").
  {
    reason: 'outsource-because-of-you',
    // (the noun is part of the match, so the rewrite drops "because of your lies" whole)
    match: '(because of|thanks to|due to) (your|ur) (constant|stupid|endless|little|whole|bad|damn|bloody)? .',
    severity: 'high',
    skipIf: (m) => {
      const rest = m.sentence.replace(m.phrase, ' ');
      return !(hasWord(rest, NEGATIVE_WORDS) || hasWord(rest, FEELING_WORDS) || WRECKED.test(rest) || SETBACK.test(rest)) ||
        credits(rest) || GRATITUDE.test(rest) || (ACHIEVED.test(rest) && !hasWord(rest, NEGATIVE_WORDS)) || (hasWord(m.sentence, PRAISE_WORDS) && !hasWord(rest, NEGATIVE_WORDS)) || teasing(m) || m.question || CONDITIONAL.test(m.before);
    },
  },
  // "i can't relax when you leave your stuff everywhere", "how am i supposed to feel ok when u
  // ignore me": the speaker's calm made to depend on what the partner does (not "i can't sleep
  // when you're not here", which misses them, nor "…when you look at me like that", which flirts).
  {
    reason: 'outsource-blame',
    match: [
      // (single-word choices: the net loses its way after a two-word choice followed by an optional word)
      'i (honestly|literally|really|just|seriously|#Adverb)? (can|cannot)? (not|never)? (even|really|just|actually|honestly|literally|ever|#Adverb)? (relax|focus|concentrate|rest|breathe|sleep|think|enjoy|trust|be|feel|calm|get|have) .{0,4} (when|while|whenever|with|around) {you}',
      'how (am|can|could|do) i (supposed|meant|expected)? to? (even|really|just|actually|ever|#Adverb)? (relax|focus|concentrate|rest|breathe|sleep|think|enjoy|trust|be|feel|calm|get|stay|have|not) .{0,5} (when|while|if|with) {you}',
    ],
    severity: 'medium',
    skipIf: (m) => {
      const own = m.phrase.replace(/\b(when|while|whenever|if|with|around) (you|u)$/, '');
      if (/^i\b/.test(m.phrase) && !/^i (\w+ )?(can't|cant|cannot|can not|never|can never)\b/.test(m.phrase)) return true;
      // The calm that is lost must be the speaker's ease, not a choice or a taste.
      if (!/\b(relax|focus|concentrate|rest|breathe|sleep|think|enjoy|trust|calm|be (happy|ok|okay|myself|calm|at peace|normal|fine|at ease)|feel (ok|okay|good|safe|calm|happy|normal|fine|at ease|secure|relaxed|loved|wanted)|get (any|some) (sleep|rest|peace|work)|have (any|a) (peace|fun|moment)|stay (calm|sane|positive))\b/.test(own + ' ' + m.after.slice(0, 20))) return true;
      return MISSING_YOU.test(m.after) || FLIRT.test(m.after) || /\b(so|this|that) (cute|hot|sexy|pretty|handsome|beautiful|gorgeous|close)\b/.test(m.after) ||
        /\baround\W*$/.test(m.after) && /\b(lol|haha\w*|😳|🥰|😍|😘)\b/.test(m.sentence) || teasing(m) || credits(m.after);
    },
  },
  // "you never let me be happy", "u dont let me relax", "you won't let me be myself" (not "you never
  // let me pay", "you never let me down", "you never let me feel alone")
  {
    reason: 'outsource-blame',
    match: '{you} #Adverb? (do|does|did|will|would|can)? (never|not|hardly|barely) #Adverb? (let|lets|allow|allowed) me',
    severity: 'medium',
    skipIf: (m) => !/^\s*(just\s+)?(be (happy|myself|me|at peace|calm|free|ok|okay)|relax|have (any |a |my |some )?(fun|peace|life|moment|say|break|friends|space|time|opinion)|enjoy|rest|breathe|live|speak|talk|explain|finish|sleep|feel (ok|okay|good|happy|safe|calm|normal|heard|free|at ease)|get a word|do anything|make (any|my own)|go out|see my)\b/.test(m.after) || CONDITIONAL.test(m.before) || m.question || teasing(m),
  },
  // "you owe me an apology", "you owe me for ruining tonight", "u owe me after what u did" (not "you
  // owe me a coffee lol", "you owe me nothing")
  {
    reason: 'outsource-blame',
    match: '{you} #Adverb? (owe|owes) me',
    severity: 'medium',
    skipIf: (m) => !/^\s*(an apology|an explanation|(at least|so much|that much|big)( for| after)?\b|(for|after) (this|that|what|everything|all|ruining|wasting|making|putting|embarrassing|lying|leaving|ditching|the (mess|trouble|stress|night|day))\b)/.test(m.after) || teasing(m) || m.question || CONDITIONAL.test(m.before),
  },
  // "you put me in this position", "after everything you put me through", "u put me through hell"
  // (not "you put me in charge", "you put me through college")
  {
    reason: 'outsource-blame',
    match: [
      '{you} (have|always|keep|had)? #Adverb? (put|puts|putting) me (in|into|through|thru)',
      'what {you} (have|had)? (put|puts|putting) me (through|thru)',
    ],
    severity: 'high',
    skipIf: (m) => {
      // "what you put me through", "after everything you put me through": the ordeal is the object.
      if (/(through|thru)$/.test(m.phrase) && (/^what|\bwhat (you|u)/.test(m.phrase) || (/^[\s.!?…]*$/.test(m.after) && /\b(what|everything|all|all that|after)\s*$/.test(m.before)))) return CONDITIONAL.test(m.before) || m.question;
      const ok = /(through|thru)$/.test(m.phrase)
        ? /^\s*(hell|so much|a lot|this|that|it all|all (of )?(this|that)|everything|the wringer|enough|shit|crap|torture)\b/.test(m.after)
        : /^\s*(this|that|such an?|an?|the)?\s*((really|so|very|pretty|super|such|an?)\s+)?((impossible|awkward|awful|terrible|horrible|shitty|crappy|bad|tough|hard|difficult|embarrassing|unfair|weird|uncomfortable|horrible)\s+)?(position|situation|spot|corner|bind|mess)\b/.test(m.after) && !/^\s*(a|an|the)\s+(good|great|perfect|strong|better|nice|lovely|safe)\b/.test(m.after);
      return !ok || CONDITIONAL.test(m.before) || (m.question && /^\W*(do|does|did|have|has|are)\b/.test(m.sentence));
    },
  },
  // "you leave me no choice", "u gave me no other option", "you bring out the worst in me"
  {
    reason: 'outsource-blame',
    match: [
      '{you} (are|have|had)? #Adverb? (leave|left|leaves|leaving|give|gave|gives|giving) me (no|little) (other)? (choice|option|options|alternative)',
      '{you} #Adverb? (bring|brings|bringing|brought) out the worst in me',
    ],
    severity: 'high',
    // "you leave me no choice but to kiss you": a tender surrender.
    skipIf: (m) => CONDITIONAL.test(m.before) || m.question || teasing(m) || /^\s*but to (kiss|hug|love|marry|cuddle|say yes|laugh|smile|eat|agree|buy|order|stay|forgive)\b/.test(m.after) || affectionate(m.sentence),
  },
  // "you always make me the bad guy", "ur making me out to be the villain"
  {
    reason: 'outsource-blame',
    match: '{you} #Adverb? (made|make|makes|making|are making) me (out to be|look like|into)? (the|a) (bad guy|villain|bad one|crazy one|problem|monster)',
    severity: 'high',
    skipIf: (m) => !/\b(bad guy|villain|bad one|crazy one|problem|monster)$/.test(m.phrase) || CONDITIONAL.test(m.before) || m.question || teasing(m),
  },
  // "you had to ruin it", "you always have to spoil everything", "you just had to wreck tonight"
  {
    reason: 'outsource-ruined',
    keepInPraise: true,
    match: '{you} #Adverb? (always|just)? (had|have|has|got|gotta) to (ruin|spoil|wreck|kill|mess)',
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || (m.question && /^\W*(do|does|did|have|has)\b/.test(m.sentence)) || teasing(m) || RUINED_FOR_OTHERS.test(m.after),
  },
  // "you exhaust me", "you're draining me", "u overwhelm me" (not "you exhausted me 😏" — the
  // affection veto of frame.ts and the laugh check keep those quiet)
  {
    reason: 'outsource-doing-to-me',
    match: [
      '{you} #Adverb? (exhaust|exhausted|exhausts|drain|drained|drains|overwhelm|overwhelmed|overwhelms|suffocate|suffocated|suffocates|smother|smothered|smothers|torture|tortured|tortures) me',
      '{youare} #Adverb? (draining|exhausting|overwhelming|smothering|torturing|pressuring|guilting|guilt tripping|tormenting|gaslighting|ruining) me',
    ],
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || /\b(not|never|sorry|afraid|worried)\b[^,]*$/.test(m.before) || m.question || teasing(m),
  },
  // "you killed the vibe", "u suck the fun out of everything", "you took all my joy", "you wasted my whole night"
  {
    reason: 'outsource-ruined',
    match: [
      '{you} (have|always|had)? #Adverb? (killed|kill|kills|killing|sucked|suck|sucks|sucking|took|take|takes|taking|drained|drain|drains|draining|zapped|crushed) all? (the|my|every|any)? #Adjective? (mood|vibe|vibes|buzz|joy|fun|excitement|confidence|happiness|energy|life|spark|peace)',
      '{you} (have|had)? #Adverb? (wasted|waste|wastes|wasting) (my|our) (whole|entire)? (time|night|evening|day|weekend|life|years|money|youth|holiday|trip)',
    ],
    severity: 'high',
    // "you take all my stress away", "you bring life to…": a gift, not a loss. ("sick of you hogging…": you as an object.)
    skipIf: (m) => /\b(of|about|for|with|at)\s*$/.test(m.before) || /^\s*(away|off)\b/.test(m.after) && !/\b(joy|fun|happiness|peace|spark|confidence|excitement|energy)\b/.test(m.phrase) || CONDITIONAL.test(m.before) || m.question || teasing(m) || credits(m.after),
  },
  // "ur making me go insane", "you made me lose my mind", "you made me this way", "u made me like this"
  {
    reason: 'outsource-make-me-feel',
    match: [
      '{you} #Adverb? (made|make|makes|making|are making|have made) me (go|going) (crazy|insane|nuts|mad|mental|out of my mind)',
      '{you} #Adverb? (made|make|makes|making|are making|have made) me (lose|losing) my (mind|marbles|temper|cool|shit|sanity)',
      '{you} #Adverb? (made|turned|have made|have turned) me (like this|this way)',
    ],
    severity: 'high',
    skipIf: (m) => {
      // (The net can stop inside a two-word choice: the words are checked again here.)
      const tail = (m.phrase + m.after).replace(/^.*?\bme\s+/, '');
      if (!/^(go|going) (crazy|insane|nuts|mad|mental|out of my mind)\b|^(lose|losing) my\b|^(like this|this way)\s*([.!?,…]|$|and\b|now\b|lol\b)/u.test(tail)) return true;
      // "you made me lose my mind, that kiss 😳": swooning, not blame.
      return isPraise(m) || affectionate(m.sentence) || /[😳😏🔥]/u.test(m.sentence) || CONDITIONAL.test(m.before) || m.question || teasing(m) || credits(m.after);
    },
  },
  // "you're supposed to make me feel safe", "ur meant to make me happy": the partner's job is the speaker's feelings
  {
    reason: 'outsource-fix-my-feelings',
    keepInPraise: true,
    match: '{youare} #Adverb? (supposed|meant) to (make|keep) me',
    severity: 'high',
    skipIf: (m) => !/^\s*(feel|happy|happier|calm|sane|safe|ok|okay|comfortable|good|better|secure|loved|wanted)\b/.test(m.after) || m.question || teasing(m),
  },
  // "you never make me feel wanted", "u dont make me feel special anymore" (not "you never make me
  // feel stupid for asking", which thanks)
  {
    // (a blame reason: the rewrite must not turn "you never make me feel wanted" into "I feel wanted")
    reason: 'outsource-blame',
    match: '{you} #Adverb? (do|does|did)? (never|not|no) longer? #Adverb? (make|made|makes) me feel',
    severity: 'medium',
    skipIf: (m) => !/^\s*(\w+\s+)?(wanted|loved|special|safe|seen|heard|important|appreciated|valued|beautiful|attractive|pretty|desired|cared for|good enough|like a priority|like i matter|secure|happy)\b/.test(m.after) || CONDITIONAL.test(m.before) || m.question || /\b(ever|once)\b/.test(m.before),
  },
  // "if you cared i wouldn't feel like this", "if u loved me u wouldn't do this": care made the
  // condition of the speaker's state (guilt, not a hypothetical)
  {
    reason: 'outsource-blame',
    match: 'if {you} #Adverb? (cared|loved|respected|valued|gave)',
    severity: 'medium',
    skipIf: (m) => (!/cared$/.test(m.phrase) && !/^\s*(me|us|a (damn|shit|fuck|crap))\b/.test(m.after)) || (/cared$/.test(m.phrase) && /^\s*(to|for (it|that|them|the))\b/.test(m.after)) ||
      !/\b(you|u|i) (would|wouldn't|would not|'d|wouldnt)\b|\b(you'd|i'd)\b/.test(m.after) || /\b(i would|i'd) (love|like|be (happy|glad|grateful|honored|honoured))\b/.test(m.after) || m.question,
  },
  // "i only yelled because you kept pushing me", "i only said it cause u started it": the speaker's
  // own act handed to the partner (not "i only came because you asked")
  {
    reason: 'outsource-blame',
    match: 'i only #Verb .{0,3} (because|cause|since|bc|cuz) {you}',
    severity: 'medium',
    skipIf: (m) => !/\bi only (did (it|that)|said (it|that|those)|yelled|snapped|shouted|screamed|lied|cheated|drank|freaked|lost|got (mad|angry|upset|drunk)|reacted|left|cried|went off|blew up|kicked off)\b/.test(m.phrase) ||
      !/^\s*(kept|keep|never|didn't|did not|wouldn't|would not|won't|will not|started|pushed|provoked|made|ignored|lied|were being|was being|are being|yelled|wound|went|always|refused|forgot)\b/.test(m.after) || m.question,
  },
  // "you've made this the worst week ever", "u made tonight the worst" (not "…the best")
  {
    reason: 'outsource-ruined',
    match: '{you} (have|had)? #Adverb? (made|make|makes) (this|it|today|tonight|everything|my|our) #Noun? the worst',
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || m.question || teasing(m),
  },
  // "look at me now, this is what you did", "that's what you wanted, isn't it": the state shown is the partner's work
  {
    reason: 'outsource-blame',
    keepInPraise: true,
    match: '(this|that) is (exactly|just)? what {you} (did|caused|wanted|get|have done)',
    severity: 'medium',
    skipIf: (m) => !/^[\s.!?…,]*(isn't it|right|happy)?[\s.!?…]*$/.test(m.after) || (m.question && untroubled(m.sentence.replace(m.phrase, ' '))) || teasing(m) || affectionateEnd(m.sentence) || hasWord(m.sentence, DELIGHT_WORDS) || (m.question && /^\W*(is|was)\b/.test(m.sentence)),
  },
  // "i was happy before you", "i was never this anxious before i met you" (not "i was so lonely before you")
  {
    reason: 'outsource-blame',
    match: ['before {you}', 'before i (met|knew|found|dated) {you}'],
    severity: 'medium',
    skipIf: (m) => {
      const head = m.sentence.slice(0, m.sentence.length - m.after.length - m.phrase.length);
      const lostEase = /\bi (was|used to be|used to feel|felt) (so |really |actually |always )?(happy|fine|ok|okay|calm|confident|relaxed|chill|carefree|normal|myself|sane|at peace|secure)\b/.test(head);
      const newHurt = /\bi (was never|never used to be|never was|wasn't|was not|never felt) (this|so|that) (anxious|insecure|jealous|paranoid|angry|sad|stressed|tired|bitter|miserable|unhappy|depressed|lonely|scared|nervous)\b/.test(head);
      return !(lostEase || newHurt) || GRATITUDE.test(m.sentence) || teasing(m) || m.question || /^\s*(came|got|arrived)\s+(along|home|back)\b/.test(m.after) && hasWord(m.sentence, DELIGHT_WORDS);
    },
  },
  // "ever since you moved in i can't sleep", "since u left that job ive been a wreck" (not "…i've been so happy")
  {
    reason: 'outsource-blame',
    match: '(ever since|since) {you}',
    severity: 'medium',
    skipIf: (m) => {
      const i = m.after.search(/\b(i|i'm|i've|i am|i have|my)\b/);
      if (i < 0) return true;
      const state = m.after.slice(i);
      // "since you left for the trip i've been lonely": missing them, not blaming them.
      const away = /^\s*(left|went|moved|'ve been away|have been away|are away|'ve been gone|have been gone|got deployed|started travelling|started traveling)\b/.test(m.after) && /\b(lonely|sad|alone|empty|bored|lost)\b/.test(state);
      return away || affectionate(m.sentence) || credits(state) || !(hasWord(state, NEGATIVE_WORDS) || hasWord(state, FEELING_WORDS) || WRECKED.test(state) || SETBACK.test(state)) || /\b(miss|missed|missing)\b/.test(state) || m.question || teasing(m) || GRATITUDE.test(m.sentence);
    },
  },
  // "stop making me cry", "don't make me worry like that" (not "stop making me laugh")
  {
    reason: 'outsource-make-me-feel',
    keepInPraise: true,
    match: '(do not|stop|quit) (make|making) me (cry|worry|angry|mad|upset|anxious|nervous|paranoid|jealous|insecure|sad|miserable|crazy|panic|stress|doubt|beg|chase|regret|hate)',
    severity: 'high',
    skipIf: (m) => teasing(m) || m.question,
  },
  // "you traumatized me", "u scarred me for life" (not "you scarred me for life with that pun lol")
  {
    reason: 'outsource-doing-to-me',
    match: '{you} (have|had)? #Adverb? (traumatized|traumatised|scarred|traumatize|traumatise|damaged|ruined|broke|broken) me',
    severity: 'high',
    skipIf: (m) => teasing(m) || CONDITIONAL.test(m.before) || m.question || /\b(not|never|sorry|afraid|worried)\b[^,]*$/.test(m.before) || RUINED_FOR_OTHERS.test(m.after) || MOVED_BY.test('me ' + m.after) || /^\s*for (all |any |every )?(other|others|anyone|anything|everyone|everything)\b/.test(m.after),
  },
  // "you made me so bitter", "u made me into a nervous wreck", "you make me a worse person"
  {
    reason: 'outsource-make-me-feel',
    match: '{you} (have|had)? #Adverb? (made|make|makes|making) me (so|really|very|this|such|into)? (a|an)? #Adjective? (bitter|cold|resentful|cynical|wreck|mess|shell|worse|paranoid)',
    severity: 'high',
    skipIf: (m) => teasing(m) || CONDITIONAL.test(m.before) || m.question || credits(m.after),
  },
  // "you make my head hurt", "u make my chest ache"
  {
    reason: 'outsource-make-me-feel',
    match: '{you} #Adverb? (made|make|makes|making) my (head|chest|heart|stomach) (hurt|ache|pound|sink)',
    severity: 'medium',
    skipIf: (m) => teasing(m) || CONDITIONAL.test(m.before) || m.question || hasWord(m.sentence, DELIGHT_WORDS),
  },
  // "u always mess everything up", "you messed it all up for me"
  {
    reason: 'outsource-ruined',
    match: '{you} (have|had|always)? #Adverb? (mess|messes|messing|messed|screw|screws|screwing|screwed|fuck|fucks|fucked) (everything|it|this|things|us|my) (all|whole)? #Noun? up',
    severity: 'medium',
    // Only when the loss is the speaker's ("…up for me", "my night"): "u botched the booking" judges a task, not a feeling.
    skipIf: (m) => !(/\bmy\b/.test(m.phrase) || /^\s*(for|on) (me|us)\b/.test(m.after) || /\b(always|every time|everytime)\b/.test(m.phrase + ' ' + m.before) && /\beverything\b/.test(m.phrase)) || teasing(m) || CONDITIONAL.test(m.before) || m.question || /\b(not|never|sorry)\b[^,]*$/.test(m.before),
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
  // a guilt trip: the speaker's sadness laid at their door by a sigh, not a sentence: "don't mind me,
  // I'll just sit here on my own", "I'll just eat alone again 🙂", "don't worry about me, I'll manage
  // somehow", "not like I was looking forward to it". The same words said lightly ("don't mind me,
  // just grabbing a snack 😂", "I'll eat alone tonight, enjoy your work do!") stay quiet.
  {
    reason: 'outsource-guilt-trip',
    keepInPraise: true,
    match: [
      '(do not|dont) mind me',
      '(i will|ill|i am going to|i am gonna) just (sit|eat|stay|be|sleep|cry|wait|go|sit here|stay home|spend|do it|manage|entertain)',
      '(i will|ill) be (here|home|sat here)? (alone|by myself|on my own)',
      '(do not|dont) worry about (me|us)',
      '(not like|its not like|it is not like) i (was|am|were|had been) (looking forward|excited|counting|planning|sat|sitting|waiting|stuck|alone)',
      '(i will|ill) (just)? cry myself to sleep',
    ],
    severity: 'medium',
    skipIf: (m) => joking(m.sentence) || isAffectionate(m.sentence) || KIND_CLOSE.test(m.sentence) || (/mind me|worry about/.test(m.phrase) ? !MARTYR.test(m.after) && !LEFT_ALONE.test(m.after) : !MARTYR.test(m.sentence) && !/(cry myself|not like|its not like|it is not like)/.test(m.phrase)) ||
      // "right, I'll just wait in the car then": a bare "then" closing a plain plan is logistics
      (/just (sit|eat|stay|be|sleep|wait|go|sit here|stay home|spend|do it|manage|entertain)$/.test(m.phrase) && !MARTYR.test(m.sentence.replace(/\bthen\W*$/, ' ')) && !BLEAK_LOT.test(m.after.replace(/\s+/g, ' ')) && !/[🙂🙃]/u.test(m.sentence)),
  },
  // what they did, and the speaker's evening it cost, with sarcastic thanks: "thanks for that, now my
  // night's ruined", "great, now I'll be up all night worrying", "that's my weekend wrecked. nice one"
  {
    reason: 'outsource-ruined',
    keepInPraise: true,
    match: [
      '(that is|thats|there goes) my (whole)? (day|night|evening|weekend|week|birthday|holiday|plans|mood) #Adverb? (ruined|wrecked|gone|done|over|in a bad mood|then)?',
      'now (i am|im|i will be|ill be|i have|i can not|i cannot|i will|ill) #Adverb? (going to be|gonna be)? (up all night|worrying|worried|anxious|stressed|miserable|panicking|alone|on my own|in a mood|in a bad mood|awake|unable)',
    ],
    severity: 'medium',
    skipIf: (m) => joking(m.sentence) || (/^(that is|thats|there goes)/.test(m.phrase) && !/(ruined|wrecked|gone|done|over|mood)/.test(m.phrase + m.after)) || (/^now/.test(m.phrase) && !SARCASTIC_THANKS.test(m.sentence) && !/\b(because of|thanks to|cause of) (you|u|this|that)\b/.test(m.sentence)),
  },
  // "you made a fool of me", "u made me look stupid in front of everyone", "you can't just do that
  // to me", "you know I can't cope when you're away", "if you go I'll be a wreck all week"
  {
    reason: 'outsource-doing-to-me',
    keepInPraise: true,
    match: [
      '{you} (have|had)? #Adverb? (made|make|makes|making) (a fool|a mug|a joke|an idiot|a laughing stock) (of|out of) me',
      '{you} (have|had)? #Adverb? (made|make|makes|making) me look (like)? (a fool|an idiot|stupid|ridiculous|pathetic|desperate|crazy|dumb|bad)',
      '{you} (can not|cannot) (just)? do (that|this) to me',
      '{you} (can not|cannot) keep doing (that|this) to me',
      'you know i (can not|cannot|do not|dont) (cope|handle it|function|sleep|relax|deal) (when|without|if) {you}',
      '(i will|ill|i am going to|im going to|i would|id) be (a mess|a wreck|a nervous wreck|miserable|devastated|heartbroken|so alone|all alone|lonely|so sad|destroyed)',
    ],
    severity: 'medium',
    skipIf: (m) => joking(m.sentence) || (/\bbe (a|miserable|devastated|heartbroken|so|all|lonely|destroyed)\b/.test(m.phrase) && !/\b(if|when|once|after) (you|u)\b/.test(m.sentence)),
  },
  // a state they keep the speaker in: "you've had me on edge all week", "your tone had me in bits",
  // "you've got me pacing the flat" (not "you had me in stitches 😂", "you've got me hooked")
  {
    reason: 'outsource-doing-to-me',
    match: [
      '{you} (have|has)? #Adverb? (got|had|put|left|kept) me (in bits|on edge|in a state|in this mood|in a mood|pacing|worried sick|up all night|in tears|climbing the walls|beside myself|a wreck|so stressed|so anxious|so worried|so on edge|so paranoid|second guessing|second-guessing|doubting|questioning)',
      '(your|ur) #Adjective? #Noun (has|had|have)? (had|got|put|left|kept) me (in bits|on edge|in a state|in this mood|in a mood|pacing|worried sick|up all night|in tears|beside myself|a wreck)',
    ],
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || m.question || teasing(m) || affectionate(m.sentence) || hasWord(m.sentence, DELIGHT_WORDS),
  },
  // the partner's doing as the subject of a caused feeling: "your comments make me so anxious",
  // "your texts are making me feel stupid", "your mess is stressing me out"
  {
    reason: 'outsource-make-me-feel',
    match: [
      '(your|ur) #Adjective? #Noun (make|makes|made|are making|is making|keep making|keeps making) me (feel)? #Adverb? {caused}',
      '(your|ur) #Adjective? #Noun (is|are|keeps|keep) (stressing|freaking|winding|wearing|getting|bringing) me (out|up|down)',
    ],
    severity: 'high',
    skipIf: (m) => madeMeAThing(m) || affectionate(m.sentence) || isPraise(m) || credits((m.phrase + m.after).replace(/^.*?\bme\b/, '')) || CONDITIONAL.test(m.before) || m.question || teasing(m) || /\b(laugh|smile|happy|melt|blush|swoon|weak at the knees)\b/.test(m.phrase + m.after),
  },
  // what they took from the speaker: "you've knocked my confidence", "you've drained every bit of energy I had"
  {
    reason: 'outsource-doing-to-me',
    match: [
      '{you} (have|had)? #Adverb? (knocked|crushed|shattered|destroyed|killed|drained|sapped|wrecked|spoilt|spoiled|ruined|tanked) (my|all my|every bit of|every ounce of|what little) (confidence|self esteem|self-esteem|trust|spirit|mood|motivation|energy|faith|peace|sleep)',
      '{you} (have|had)? #Adverb? (drained|exhausted|sapped) me',
    ],
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || m.question || teasing(m) || /\b(not|never|sorry)\b[^,]*$/.test(m.before) || /^\s*(in a good way|but it was worth it)\b/.test(m.after),
  },
  // "you'll be the reason I cry at the wedding", "you're the reason I can't sleep"
  {
    reason: 'outsource-blame',
    match: '{you} (will|are|were|would)? be? the reason (i|im|i am) #Adverb? (cry|crying|cried|stressed|miserable|upset|anxious|hurt|can not|cannot|lose|lost|hate|drink|fail|failed|am late|late)',
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || m.question || teasing(m) || affectionate(m.sentence) || /\bcry\w*\b/.test(m.phrase) && /\b(happy|joy|laughing|laugh|good way)\b/.test(m.sentence),
  },
  // the evening lost, said with a shrug of blame: "my night's ruined. cheers", "great, now my whole
  // weekend's wrecked", "that's my christmas ruined then" (a joke about the weather stays quiet)
  {
    reason: 'outsource-ruined',
    keepInPraise: true,
    match: 'my (whole|entire|one|only)? #Adjective? (day|night|evening|weekend|week|christmas|birthday|holiday|mood|plans|morning|afternoon|anniversary) (is|has|was)? (been|now|officially|totally|completely)? (ruined|wrecked|spoiled|spoilt|gone|destroyed)',
    severity: 'medium',
    skipIf: (m) => joking(m.sentence) || !(/\b(then|cheers|thanks|great|well done|nice one|lovely|brilliant|fab|you|u|your|ur|now)\b/.test(m.sentence) || /^\W*$/.test(m.after)) || /\b(rain|weather|snow|storm|train|trains|bus|traffic|flight|boss|work|cold|flu|migraine|period|hangover|cafe|café|shop|strike)\b/.test(m.sentence) || affectionate(m.sentence),
  },
  // a bleak arrangement concluded from what they said: "so I'm meant to manage alone all month.
  // super", "great, so I get to feel rejected all night", "so I have to face everyone alone. thanks"
  {
    reason: 'outsource-guilt-trip',
    keepInPraise: true,
    match: '(so|and) (now)? (i am|im|i will|ill|i) (just)? (meant|supposed|going|gonna|have|get|got|will have) to',
    severity: 'medium',
    skipIf: (m) => !/^\W*((ok|okay|right|great|fine|cool|wow|oh|well|brilliant|lovely|perfect|fab|k)\W+)*(so|and)\b/.test(m.sentence) || !BLEAK_ARRANGEMENT.test(m.after) || joking(m.sentence) || isAffectionate(m.sentence) || (m.question && !SARCASTIC_CLOSER.test(m.sentence) && !/^\W*(great|fine|brilliant|lovely|perfect|fab|cool)\b/.test(m.sentence)),
  },
  // "no worries, I'm used to being an afterthought", "whatever, I'm used to being left behind"
  {
    reason: 'outsource-guilt-trip',
    keepInPraise: true,
    match: '(i am|im|i have got|i have) (so|well|pretty)? used to (being|it|this|that|getting|coming|doing|eating|sitting|spending)',
    severity: 'medium',
    skipIf: (m) => !/^\s*(\w+\s+){0,2}((an|the|a|your) afterthought|left (out|behind|alone|till last)|ignored|forgotten|last|let down|second|disappointed|overlooked|on my own|alone|by myself|the last|bottom|at the bottom|last on|on the back burner|an option|dropped|cancelled on|blown off|stood up|not (being )?asked|not (being )?invited|not (being )?included|doing (it|everything) (all )?(alone|myself|on my own)|it by now|this by now)\b/.test(m.after) || joking(m.sentence) || isAffectionate(m.sentence) || asksReally(m),
  },
  // The speaker's bleak evening announced as their doing, a sigh in the future tense: "fine. I'll just
  // sit at home on my own then", "guess I'll eat alone again", "k. I'll deal with it myself like
  // always 🙂", "cool, I'll just lie awake then". The same plan said kindly ("I'll go on my own, no
  // worries, have fun!", "I'll do it myself later, you rest ❤️", "if you're late I'll just start without
  // you") stays quiet: it needs both a bleak lot and a sulk's mark.
  {
    reason: 'outsource-guilt-trip',
    keepInPraise: true,
    match: ['(i will|ill|i am going to|i am gonna|i have to|i will have to|ill have to) (just|probably|now)? .', 'guess (i will|ill|i am|im) (just)? .'],
    severity: 'medium',
    skipIf: (m) => {
      if (joking(m.sentence) || isAffectionate(m.sentence) || CONDITIONAL.test(m.before) || /^\W*(if|when|once|unless|whenever)\b/.test(m.sentence) || KIND_CLOSE.test(m.sentence)) return true;
      if (m.question && !SARCASTIC_CLOSER.test(m.sentence) && !/\bwon'?t i\W*$/.test(m.sentence)) return true;
      const lot = `${m.phrase.replace(/^.*?\b(will|ill|going to|gonna|have to|am|im)\b/, '')} ${m.after}`.replace(/\s+/g, ' ');
      const strongMark = STRONG_SULK.test(m.sentence) || SARCASTIC_CLOSER.test(m.sentence);
      const mark = strongMark || SULK_OPENER.test(m.sentence) || /^\s*guess\b/.test(m.phrase) || /\b(then|i guess|i suppose|won'?t i)\W*$/.test(m.sentence);
      // An exclamation is warmth unless a tight smile or a sarcastic closer says otherwise.
      if (/!/.test(m.sentence) && !strongMark) return true;
      return !((BLEAK_LOT.test(lot) && mark) || (SELF_RELIANT.test(lot) && strongMark));
    },
  },
  // The speaker's feelings handed to them, in words the {caused} list lacks: "you've made me so
  // grumpy", "you're making me feel watched in my own home", "you make me so self-conscious"
  // (not "you make me so giddy", "you make me feel so looked after").
  {
    reason: 'outsource-make-me-feel',
    match: [
      '{you} (have|are|keep|always)? #Adverb? (made|make|makes|making) me (feel)? (so|really|very|such|all|kind of|kinda|totally|completely|properly)? (grumpy|cheap|watched|self-conscious|self|judged|unwelcome|rubbish|crap|shit|on edge|unsafe|trapped|suffocated|ignored|rejected|humiliated|belittled|unappreciated|taken for granted|second best|guilty for|bad for)',
      '{you} (have|are|keep|always)? #Adverb? (made|make|makes|making) me feel like (i am|im|i have|i do|i will|i would|i can|a burden|a nuisance|a fool|an idiot|nothing|dirt|crap|rubbish|shit|a failure|a joke|the bad guy)',
    ],
    severity: 'high',
    skipIf: (m) => (/\bself$/.test(m.phrase) && !/^\W*conscious\b/.test(m.after)) || affectionate(m.sentence) || (isPraise(m) && !DENIED.test(m.after)) || credits(m.after) || CONDITIONAL.test(m.before) || (m.question && /^\W*(do|does|did|can|could|would|will)\b/.test(m.sentence)) || teasing(m) ||
      (/like (i am|i'm|im|i have|i do|i will|i would|i can)$/.test(m.phrase) && !HURT_LIKE.test(m.after) && !DENIED.test(m.after) && !hasWord(m.after, NEGATIVE_WORDS) && !hasWord(m.after, FEELING_WORDS)),
  },
  // Fun had while the speaker suffers: "hope you have fun while I'm stuck with the kids 🙂", "enjoy
  // yourselves while I sit here alone" (not "have fun while I'm at work! ❤️", "enjoy your bath while I cook").
  {
    reason: 'outsource-guilt-trip',
    keepInPraise: true,
    match: '(fun|enjoy|enjoying|yourself|yourselves|it|night|day|weekend|trip) while (i am|im|i) (stuck|sat|sit|sitting|wait|waiting|cry|left|alone|here|home|at home|on my own|cleaning up|doing everything|doing all)',
    severity: 'medium',
    skipIf: (m) => joking(m.sentence) || isAffectionate(m.sentence) || (/!/.test(m.sentence) && !/[🙂🙃🙄😒]/u.test(m.sentence)) || (/(here|home|at home|sit|sitting|wait|waiting)$/.test(m.phrase) && !/\b(alone|on my own|by myself|again|as usual|like always)\b|[🙂🙃🙄😒]/u.test(m.sentence)),
  },
  // A sarcastic apology or a withdrawn effort: "sorry for caring", "sorry I even bothered", "won't
  // bother next time", "I'll not bother again then" (not "sorry for asking so many questions!",
  // "I won't ask again, promise x", "sorry for existing lol").
  {
    reason: 'outsource-blame', // (the hurt under the sarcasm, not loneliness: its rewrite owns the hurt)
    keepInPraise: true,
    match: [
      '^(well|ok|okay|fine|right|wow)? sorry (for|i) (caring|cared|existing|exist|breathing|trying to help|giving a|wanting to|even|bothered|bothering|asking then)',
      '(i will not|will not|i wont|wont|i will never|i am not going to|im not going to|i will) (even)? (bother|try|offer|make the effort|make an effort|ask) (again|next time|in future|anymore|any more|ever again)$',
      '(i will|ill|i) (just)? not bother (again|next time|in future|anymore|any more|then)',
      '^(i will not|will not|i wont|wont) bother (next time|again)',
    ],
    severity: 'medium',
    skipIf: (m) => joking(m.sentence) || isAffectionate(m.sentence) || (/!/.test(m.sentence) && !/[🙂🙃🙄😒]/u.test(m.sentence)) || /\b(promise|sorry i|so sorry|my bad|apologies|no worries|hope you|feel better|get well)\b/.test(m.sentence.replace(m.phrase, ' ')) || /\beven$/.test(m.phrase) && !/^\s*(bothered|bothering|tried|trying|asked|asking|cared|caring|offered)\b/.test(m.after) || asksReally(m),
  },
  // A good time had without them, said with a tight smile: "glad one of us had a nice night 🙂",
  // "glad someone's enjoying themselves" (not "glad someone liked my cooking haha", "so glad you had fun! ❤️").
  {
    reason: 'outsource-blame', // (the hurt under the sarcasm, not loneliness: its rewrite owns the hurt)
    keepInPraise: true,
    match: '^(well|oh|ok|okay)? glad (one of us|someone|somebody|at least one of us|some of us)',
    severity: 'medium',
    // ("glad someone's happy with the weather" is small talk: "someone" needs a tight smile)
    skipIf: (m) => joking(m.sentence) || isAffectionate(m.sentence) || (/!/.test(m.sentence) && !/[🙂🙃🙄😒]/u.test(m.sentence)) || (/(someone|somebody)$/.test(m.phrase) && !/[🙂🙃🙄😒]/u.test(m.sentence)),
  },
  // "you'll be the death of me" (not said with a laugh or a kiss)
  {
    reason: 'outsource-blame',
    match: '{you} (will|are|is|would)? (gonna|going to)? be the (death|end) of me',
    severity: 'medium',
    skipIf: (m) => joking(m.sentence) || isAffectionate(m.sentence) || /!/.test(m.sentence) || CONDITIONAL.test(m.before) || m.question || hasWord(m.sentence, DELIGHT_WORDS),
  },
  // The speaker's anger explained by them: "I'm only upset because you never listen", "I only snap
  // because you push me" (not "I'm upset because my bus was late").
  {
    reason: 'outsource-blame',
    match: [
      '(i am|im) (only|just) (upset|angry|mad|annoyed|hurt|stressed|crying|snappy|like this|acting like this|reacting|shouting|yelling|snapping|cross|in a mood) (because|cause|bc|since|as) {you}',
      'i (only|just) (shout|snap|yell|drink|nag|get angry|get mad|get upset|lose it|lose my temper|react|cry|sulk) (because|cause|bc|when) {you}',
    ],
    severity: 'high',
    // the cause must be a fault of theirs: "…because you're leaving tomorrow" is missing them
    skipIf: (m) => CONDITIONAL.test(m.before) || m.question || joking(m.sentence) || isAffectionate(m.sentence) ||
      !(/\b(always|never|keep|kept|forgot|lied|ignore|ignored|ignoring|push|pushed|pushing|don't|dont|didn't|didnt|won't|wont|can't|cant|not|just|wind|wound|shout|shouted|yell|yelled|snap|snapped|left me|make me|made me)\b|n't\b/.test(m.after) || hasWord(m.after, NEGATIVE_WORDS)),
  },
  // The speaker's hurt state, its cause put in something the partner did or failed to do: "I couldn't
  // sleep at all because you didn't call", "I'm not ok because you're not answering", "had a panic
  // attack cos u ignored me". (Not a cause that is no fault: "I'm sad because you're leaving tomorrow";
  // not a good state: "I slept like a baby because you were here".)
  {
    reason: 'outsource-blame',
    match: '(because|cause|cos|coz|bc|cuz) {you}',
    severity: 'medium',
    skipIf: (m) => {
      const head = m.sentence.slice(0, m.sentence.lastIndexOf(m.phrase));
      if (!HURT_STATE_HEAD.test(head) || /\bnot\s*$/.test(head)) return true;
      if (CONDITIONAL.test(head) || m.question || joking(m.sentence) || isAffectionate(m.sentence) || hasWord(m.sentence, DELIGHT_WORDS)) return true;
      return !PARTNER_FAULT.test(m.after);
    },
  },
  // The partner's act named, then "it" made the speaker feel bad: "you shut me out and it makes me
  // feel awful", "you know it makes me anxious and you do it anyway", "when you go quiet it makes me
  // so anxious". (Not a thing without them: "it makes me anxious when the trains are late"; not a
  // good feeling: "you cook and it makes me so happy".)
  {
    reason: 'outsource-make-me-feel',
    match: ['(it|that|this) (really|just|always|honestly|still)? (makes|made|make) me', '(it|that|this) (is|has|keeps|was|s) (really|just|always|honestly)? (making|made|driving|stressing) me'],
    severity: 'medium',
    skipIf: (m) => {
      const rest = m.sentence.replace(m.phrase, ' ');
      if (!/\b(you|u|ur|your|you're|youre)\b/.test(rest.replace(/\b(thank|thanks|love|luv|miss) (you|u)\b/g, ' '))) return true;
      if (!IT_MADE_ME_HURT.test(m.after) && !hasWord(m.after.split(/[,;.!?]|\b(but|and)\b/)[0] ?? '', HARD_FEELING_WORDS)) return true;
      // ("when you go quiet it makes me…" opens with a wh-word but asks nothing: only a "?" asks)
      return /\?\s*$/.test(m.sentence) || CONDITIONAL.test(m.before) || joking(m.sentence) || isAffectionate(m.sentence) || hasWord(m.sentence, DELIGHT_WORDS);
    },
  },
  // A hurt or a loss, closed with sarcastic thanks in the same breath: "feel like such a mug now,
  // thanks", "well now I've got zero motivation, cheers", "up all night worrying, thanks for that"
  // (not "feeling rubbish today, thanks for checking", "I was so nervous, thanks for coming x").
  {
    reason: 'outsource-blame',
    keepInPraise: true,
    // (no bare "cheers" or other new words a typo could be corrected towards: "cheeks" would become it)
    match: ['(thanks|thank you) (for that|for nothing|a lot|a bunch|so much|mate)', '(thanks|thank you|well done|nice one|great job|good job|nice going|brilliant)'],
    severity: 'medium',
    skipIf: (m) => {
      if (!/^[\s,.!…]*(for (that|nothing|the (stress|worry|headache|anxiety|drama))|a lot|a bunch|so much|mate|then|again|babe|love)?[\s,.!…🙂🙃🙄😒]*$/u.test(m.after) || joking(m.sentence) || isAffectionate(m.sentence)) return true;
      const head = m.sentence.slice(0, m.sentence.length - m.after.length - m.phrase.length);
      if (!head.trim() || /\b(appreciate|grateful|helped|help|sweet|kind|lovely of you)\b/.test(m.sentence)) return true;
      // "I was stressed but now I'm calm, thank you": the hurt is over, the thanks is real
      if (/\b(now|but)\b[^.!?]*\b(calm|calmer|ok|okay|fine|better|relaxed|good|happy|happier|sorted|safe)\b/.test(head) || /^thank (you|u)$/.test(m.phrase)) return true;
      // Bare "thanks"/"cheers" is plain thanks unless the hurt is new ("now"): "feeling rough, thanks" answers a kindness.
      const plain = /^(thanks|thank you|cheers)( mate)?$/.test(m.phrase) && !/^[\s,.!…]*(for (that|nothing)|a lot|a bunch)/.test(m.after);
      const hurt = LOSS.test(head) || ((hasWord(head, NEGATIVE_WORDS) || hasWord(head, FEELING_WORDS) || SETBACK.test(head)) && /\b(i|i'm|im|i've|ive|my|me|now)\b/.test(head));
      return !hurt || (plain && !/\bnow\b/.test(head));
    },
  },
];


/**
 * The lot a guilt trip lays out for the speaker: alone, bored, awake, crying, stuck, the one left to
 * explain or cover for their absence, the effort wasted. Said alone it is a plan; with a sulk's mark it is a reproach.
 */
const BLEAK_LOT = /\b(alone|on my own|by myself|lonely|bored|like a spare part|like an idiot|lie awake|lie here|lay awake|sit here|sat here|sit at home|sit in|stay in and|cry|crying|not bother|disappear|stop (ringing|calling|texting|asking|trying|bothering|caring)|keep (everything|it|things|my feelings) to myself|make excuses|put myself to bed|watch (everyone|everybody)|see no one|for nothing|miserable|scared|overthinking|worrying|be the one|be left|manage somehow|cope|just (cover for (you|u)|make your excuses|explain (to [\w' ]{1,20} )?(why|where) (you|u|you're|youre|ur)))\b/;
/** Doing it all oneself, or covering for them: bleak only with a strong mark ("fine. I'll do it myself like always 🙂", "I'll cover for you again 🙄"). */
const SELF_RELIANT = /\b(myself|do it|do everything|do it all|sort it|deal with it|cancel|pay for it|stuck|on my own|cover for (you|u)|make your excuses|explain (to [\w' ]{1,20} )?(why|where) (you|u|you're|youre|ur)|tell (the kids|everyone|everybody|nana|nan|mum|mam|dad|them|people|your))\b/;
/** What "you make me feel like I'm…" ends in when it hurts: "…a burden", "…going mad", "…invisible". */
const HURT_LIKE = /\b(burden|nothing|failure|idiot|fool|crazy|mad|insane|losing|walking on eggshells|invisible|alone|enough|stupid|worthless|useless|in the way|a nuisance|the problem|to blame|guilty|small|trapped|suffocating|a child|a kid|a joke|second)\b/;
/** What "it makes me …" ends in when it hurts, beyond the feeling words: "…feel awful", "…insane", "…sick". */
const IT_MADE_ME_HURT = /^\s*(feel\s+)?(so\s+|really\s+|very\s+|completely\s+)?(awful|terrible|horrible|rubbish|crap|like crap|like shit|like rubbish|sick|insane|crazy|mad|paranoid|insecure|small|stupid|worthless|invisible|like (a |an )?(idiot|fool|burden|nothing|mug|afterthought|spare part)|want to (cry|scream)|cry|anxious|on edge|miserable)\b/;
/** The speaker in a hurt state: "I couldn't sleep", "I'm not ok", "I had a panic attack", "I've been in tears". */
const HURT_STATE_HEAD = /\b(i|i'm|im|i am|i've|ive|i was|i've been)\b[^.!?]*\b(couldn'?t (sleep|focus|think|breathe|relax|eat|stop crying)|can'?t (sleep|focus|think|breathe|relax|eat|stop crying)|not (ok|okay|alright|fine|sleeping)|panic attack|in tears|crying|cried|awake|anxious|upset|hurt|miserable|sick with worry|worried sick|scared|terrified|a wreck|a mess|on edge|in bits|lonely|humiliated|embarrassed|devastated|heartbroken|gutted|sad|stressed|furious|angry|awful|rubbish|crap|like crap|like shit|like rubbish|paranoid|insecure)\b/;
/** What the partner did or failed to do, said as a fault: "…didn't call", "…you're not answering", "…you ignored me". */
const PARTNER_FAULT = /^\s*(('re|'ve|are|were|r|have|had|just|still|always|never|keep|kept)\s+)*(didn'?t|did not|don'?t|do not|doesn'?t|won'?t|wouldn'?t|couldn'?t|can'?t|haven'?t|hadn'?t|aren'?t|weren'?t|not|never|forgot|ignored|ignoring|ignore|left|lied|blanked|ghosted|shouted|yelled|snapped|went (quiet|silent|awol|mia)|stopped|disappeared|cancelled|canceled|bailed|flaked|stood me up|hung up)\b/;
/** A tight smile, an eye-roll, "again", "as usual": the sulk's strongest marks. */
const STRONG_SULK = /\b(again|like always|as usual|like usual|as always|once again|for the \w+ time|whatever|then\W+(cool|great|fine|thanks|cheers|lovely))\b|[🙂🙃🙄😒]/u;
/** A clipped opener: "fine.", "k.", "ok.", "cool", "great,", "of course", "sure", "guess". */
const SULK_OPENER = /^\W*(fine|so|k|kk|ok|okay|cool|cool cool|great|sure|of course|course|right|brilliant|lovely|wow|wow ok|no problem|grand|congrats|enjoy|whatever|perfect|nice|night)\b/;
/** Warmth that closes a plan: "no worries!", "have fun", "love you", "x". */
const KIND_CLOSE = /\b(no worries|all good|no stress|np|no rush|have fun|have a (good|great|lovely)|enjoy it|love you|love u|sleep well|take care|don't worry|dont worry)\b(?![^.!?]*[🙂🙃🙄😒])|\bxx*\W*$/u;
/** A loss named without a feeling word: "like a mug", "zero motivation", "waste of my time", "for nothing". */
const LOSS = /\b(like (such )?an? (mug|idiot|fool|spare part|loser|muppet)|zero motivation|no motivation|waste of (my )?time|for nothing|up (till|until|all night|at \d)|not sleeping|no sleep|ruined|wrecked|in a (bad |foul |terrible )?mood|there goes)\b/;
/** A question mark, not only a question's opening word ("don't worry, I'm used to it" tells). */
const asksReally = (m: MatchContext) => m.question && /\?/.test(m.sentence);

/** What the speaker is left with in a guilt trip's "so I get to…": alone, miserable, wondering, stuck. */
const BLEAK_ARRANGEMENT = /\b(alone|on my own|by myself|all (night|day|week|weekend|evening|afternoon)|heartbroken|miserable|rejected|humiliated|bored|wondering|sat here|sit here|sit at home|stuck|cope|face (everyone|everything|it)|deal with (it|everything|this)|make excuses|pretend|cancel|miss|explain|lie|the only one|like an idiot|like a spare part)\b/;
/** A sarcastic closer: "… great", "…, thanks then", "cheers", "amazing", "lovely". */
const SARCASTIC_CLOSER = /\b(great|thanks|thanks a lot|thanks for that|cheers|amazing|lovely|brilliant|fab|perfect|nice one|wonderful|fantastic|cool|fine)\W*$/;

/** The partner is missed, not blamed: "i can't sleep when you're not here", "…when you're away". */
const MISSING_YOU = /^\s*(are|were|'re|r)?\s*(not|away|gone|out|working|travelling|traveling|far|on (nights|shift|a trip))\b|^\s*(leave|left|go|are gone)\s*([.!?,…]|$|for\b|on\b|to work)|^\s*(aren't|arent|are not|isn't) (here|home|around|with me|next to me|beside me)/;
/** Flirting: "i can't think when you look at me like that", "…when you wear that". */
const FLIRT = /^\s*(look|looking|smile|smiling|kiss|kissing|touch|touching|wear|wearing|dress|hold|holding|flirt|laugh|sing|talk dirty|whisper)\b/;
/** Affection closing a line ("hope you're happy ❤️"). */
const affectionateEnd = (text: string) => /[❤💕💖💗💞😍🥰😘☺😊🥹]|\b(xx+|love you|love u)\W*$/u.test(text);
/** The if-clause is a complaint: "if you just…", "if you didn't…", "if you stopped…", "if it wasn't for you". */
const COMPLAINT_IF = /\bif (it (was|were) not|it wasn't|it weren't|you|u)\b[^,.]*?\b(just|stopped|stop|did not|didn't|hadn't|had not|weren't|were not|wasn't|was not|could just|actually|ever|for once|bothered|cared|listened|helped|would (just|stop|listen|help|try)|kept|keep|not for)\b|\bif it (was not|were not|wasn't|weren't|wasnt|werent) for\b|\bthe (only )?reason i (would|could) not\b/;
const counterfactualCredit = (sentence: string) => {
  if (!COMPLAINT_IF.test(sentence) || GRATITUDE.test(sentence) || /\b(mind|surprised|be here|be alive|have made it|make it|survive|survived|be lost|lost)\b/.test(sentence)) return true;
  const main = sentence.replace(/\bif it (was not|were not|wasn't|weren't|wasnt|werent) for (you|u)\b/, ' ').replace(/\bif (you|u)\b[^,.]*$/, ' ').replace(/^\s*if (you|u)\b[^,]*?(?=\bi\b)/, ' ');
  const denied = /\bi (would|could|will) (not|never)\b|\bi (wouldn't|couldn't|would never)\b/.test(main);
  const good = hasWord(main, GOOD_STATES) || /\b(fine|ok|okay|happier|sane|relaxed|calmer|better off)\b/.test(main);
  const bad = hasWord(main, NEGATIVE_WORDS) || hasWord(main, FEELING_WORDS) || WRECKED.test(main) || /\b(like this|sighing|reacting|sulking|snapping|nagging|shouting|yelling|crying|drink|drinking|smoke|smoking|snap|yell|shout|worry|stressed|panic|overthink|tense|on edge|wound up|irritable|snappy|insecure|suspicious|jumpy|moody|grumpy|distant)\b/.test(main);
  return !((good && !denied && !bad) || (bad && denied));
};

export const outsourcing: RuleFamily = {
  category: 'outsourcing',
  negatable: true,
  praiseVeto: true,
  rules,
};
