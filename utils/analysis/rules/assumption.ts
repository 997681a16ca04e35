import { affectionate } from '../frame';
import { DELIGHT_WORDS, LAUGHING, NEGATIVE_WORDS, PRAISE_WORDS, hasWord } from '../lexicon';
import type { MatchContext, Rule, RuleFamily } from './types';

/**
 * Story-editing: mind-reading, negative assumptions about the addressee's motives, absolutes and
 * labels about them. Only second person counts: "I always forget" and "he never listens" are not
 * stories about the partner, and "you never know" is generic.
 */

/** Praise turns an absolute into a compliment: "you always make the best pancakes". */
const isPraise = (m: MatchContext) => hasWord(m.clause, PRAISE_WORDS);
/** A condition or purpose: "if you always…", "so you never go hungry", "when you never…". */
const CONDITION = /\b(if|unless|whether|when|whenever|once|in case|in order|say|suppose|supposing|what if|assuming)\b[^,]*$/;
const PURPOSE_SO = /\bso( that)?\s*$/;
/** "ok so you just don't care", "wow so u never listen": a "so" that opens the line draws a conclusion. */
const OPENING_SO = /^\W*((ok|okay|k|wow|oh|cool|lol|lmao|right|fine|yeah|yea|yep|great|hm+|um+|and|ah|ha)\W+)*so\s*$/;
const CONDITIONAL = { test: (before: string) => CONDITION.test(before) || PURPOSE_SO.test(before) };
/** The sentence up to the match. */
const upTo = (m: MatchContext) => m.sentence.slice(0, m.sentence.length - m.after.length - m.phrase.length);
/** A condition or purpose before the match (a line-opening "so" concludes instead). */
const conditional = (m: MatchContext) => CONDITION.test(m.before) || (PURPOSE_SO.test(m.before) && !OPENING_SO.test(upTo(m)));
/** The story owned as the speaker's worry ("I've started to worry that my feelings don't matter to you"): a rewrite's shape, not a verdict. */
const OWN_WORRY = /\b(worry|worried|worrying|scared|afraid|fear|feel like|feels like|wonder if|wondering if|telling myself|the story i'm telling myself is)( that)?\s*$/;
/** Yes/no questions ask rather than tell: "do you think I'm fat?". */
const YES_NO = /^\W*(do|does|did|are|is|was|were|can|could|would|will)\b/;

/** Pride and celebration beside "of course you did": "never doubted you", "you deserve it", "we're celebrating". */
const CONFIDENCE = /\b(never doubted|i knew (it|you)|knew you would|knew you'd|deserve|deserved|earned|well done|congrat\w*|proud|celebrat\w*|so happy for you|champagne|worked so hard|of course you did!)|!{2,}|[🎉🥳🙌❤💕🥰😍]/u;

/** What a partner never needs to do: apologise, explain, hide. Reassurance, not a story. */
const REASSURED = /^\s*(to\s+)?(apologi[sz]e|explain|justify|worry|thank|hide|pretend|prove|earn|feel|be|say sorry|hold back|ask|wonder|doubt|choose|impress|rush|carry|face|do this alone|go through)\b/;

const verbOf = (m: MatchContext) => m.terms[m.terms.length - 1];
/**
 * A habit stated as the reason for the speaker's plan: "you always park there so I'll meet you
 * there", "you always get cold so I packed your scarf". Not "…so I have to do everything".
 */
const PLAN_ON_HABIT = /^[^.!?]*\bso\s+(i'll|i will|ill|i'd|i booked|i got|i packed|i saved|i made|i bought|i left|i put|i brought|i grabbed|i can|i could|we'll|we can|we could|let's|lets|(i'm|im|i am) (just |only )?(texting|telling|letting|giving|bringing|getting|keeping|making|booking|asking|warning|sending|checking|doing))\b/;

/** "you obviously got all the cooking genes": a gift credited, not a motive read. */
const INHERITED_GIFT = /^\s*(got|have|inherited|took)\s+(all\s+)?(the\s+)?[\w' ]{0,20}\b(talent|talents|genes|gene|brains|looks|skills|charm|patience)\b|^\s*(have|got|had)\s+(a|such a|the|an)\s+(real\s+|natural\s+|proper\s+)?(gift|knack|flair|talent|eye|ear|way with|feel for|head for)\b/;
/**
 * A tag question closing a claim about the partner's wants or feelings: "you don't actually want
 * kids, do you", "you love stressing me out, don't you". The tag asks for agreement with a story,
 * it does not ask.
 */
const TAG = /,?\s*(do|don't|dont|do not|did|didn't|didnt|did not|are|aren't|arent|would|wouldn't)\s+(you|u|ya)\W*$/u;
const TAG_CLAIM = /^\W*((ok|okay|so|wow|oh|lol|and|but|right|yeah|well)\W+)*(you|u)\s+((just|really|actually|obviously|clearly|secretly|honestly|still|even|simply)\s+)*((do not|don't|dont|did not|didn't|never)\s+)?((really|even|actually|ever|just)\s+)?(want|wanted|love|loved|like|liked|enjoy|enjoyed|care|cared|find|found|mean|meant|miss|missed|hate|hated|prefer|think|thought|wish|trust|respect|believe|notice|listen)\b/;
const TAG_INTENSE = /\b(just|really|actually|even|obviously|clearly|secretly|anymore|any more|ever)\b|\b(me|us|our|this relationship|kids|a future|to be with)\b/;

/**
 * A habit or a label teased and then waved away: "you always steal my hoodie lol, keep it",
 * "you're so annoying when you're right". Only with a laugh or the concession itself.
 */
const FORGIVEN = /\b(keep it|it's (fine|ok|okay|cute)|its (fine|ok|okay|cute)|i don't mind|i dont mind|i love (you|u|it)|love (you|u)|no worries|not complaining)\b/;
const WHEN_RIGHT = /^\s*when (you are|you're|youre|ur) (right|cute|excited|happy|hungry|sleepy|smug|winning|proud)\b/;
/**
 * Habits that are gifts: "you always smash it", "you always cheer me on", "you never fail to make
 * my day", "you always look after everyone". The absolute admires; nothing hurt may stand beside it.
 */
const FOND_ALWAYS = /^(smash|smashes|nail|nails|ace|aces|crush|cheer|cheering|cheers|root|rooting|look|looks|stick|sticks|come|comes|pull|pulls|manage|manages|find|finds|rise|rises|brighten|brightens|lift|lifts|spoil|spoils|treat|treats|surprise|surprises|impress|impresses|amaze|amazes|deliver|delivers|save|saves|show|shows|turn|turns)$/;
const FOND_ALWAYS_AFTER = /^\s*(it|them|that|this|those|(your|every|the) (exams?|tests?|interviews?|presentations?|deadlines?|targets?|goals?|races?|matches|games?|auditions?|pitch|pitches|speech|speeches)|interviews?|exams?|tests?|me on|me up|us up|on me|for me|after (me|us|everyone|everybody|the|your|people)|at (things|it)|through|up trumps|good|a way|the (best|right|perfect)|out on top)\b/;
/** "you never complain", "you never give up", "you never judge": a fault they are free of. */
const NEVER_FAULT = /^(complain|complains|moan|moans|judge|judges|give|gives|let|lets|fail|fails|quit|quits|gossip|whinge|panic|panics|flinch|waver|hesitate)$/;
const NEVER_FAULT_AFTER = (verb: string, after: string) => verb.startsWith('give') ? /^\s*up\b/.test(after) : verb.startsWith('let') ? /^\s*(me|us|anyone|anybody|people) down\b/.test(after) : verb.startsWith('fail') ? /^\s*to (make|cheer|impress|amaze|surprise|brighten|lift|put a smile|get|know|show)\b/.test(after) : !/^\s*(to|with) (anyone|anybody|everyone|them|him|her|your|ur|other|people)\b|\bonly\b/.test(after);
const fondAbsolute = (m: MatchContext, verb: string) =>
  !hasWord(m.sentence, NEGATIVE_WORDS) && !NEGATED_ELSEWHERE.test(m.sentence.replace(m.phrase, ' ').replace(WONDER, ' ')) &&
  (/always|constantly|forever/.test(m.phrase) ? FOND_ALWAYS.test(verb) && FOND_ALWAYS_AFTER.test(m.after) : NEVER_FAULT.test(verb) && NEVER_FAULT_AFTER(verb, m.after));
/** "I don't know how you do it": wonder, not a denial. */
const WONDER = /\bi (don't|dont|do not) know how (you|u) (do it|manage|cope|stay|keep)\b/g;
const NEGATED_ELSEWHERE = /\b(not|no|nothing|nobody)\b|n't\b|\b(again|anymore|any more)\b|[🙄😒🙃]/u;
/**
 * A small habit teased with a laugh, nothing else in the line: "you always steal the duvet lol",
 * "it's in the drawer! you always ask lol". Relational verbs ("you never listen lol") stay a jab.
 */
const SMALL_HABIT = /^(steal|steals|nick|nicks|pinch|pinches|hog|hogs|forget|forgets|ask|asks|lose|loses|order|orders|pick|picks|choose|chooses|fall|falls|eat|eats|finish|finishes|win|wins|beat|beats|sing|sings|hum|hums|dance|dances|cry|cries|laugh|laughs|say|says|do|does|get|gets|take|takes|leave|leaves|wear|wears|buy|buys)$/;
const LAUGH_AT_END = /(\b(lol|lmao|haha\w*|hehe\w*)|[😂🤣😜😝😆😛])[\s.!]*$/u;
const teasedHabit = (m: MatchContext, verb: string) =>
  /always/.test(m.phrase) && SMALL_HABIT.test(verb) && LAUGH_AT_END.test(m.sentence) && !hasWord(m.sentence, NEGATIVE_WORDS) &&
  !/\b(again|every single|seriously|honestly|ugh|never)\b|[🙄😒🙃]/u.test(m.sentence) && !/^\s*(me|us)\s+(down|out|behind|alone|waiting|hanging|on read)\b/.test(m.after);

/**
 * A boast answered with a grin: "you're just jealous of my pancake skills 😏". Jealous of the
 * speaker's own talent or thing, with a playful face or laugh, and nothing hurt.
 */
const bragTease = (m: MatchContext) =>
  /jealous$/.test(m.phrase) && /^\s*(of|cause|because)\s+(my|i|i'm|im|how)\b/.test(m.after) && /[😏😎😜😝😛😂🤣😉💅]|\b(lol|lmao|haha\w*|hehe\w*)\b/u.test(m.sentence) && !hasWord(m.sentence.replace(m.phrase, ' '), NEGATIVE_WORDS) && !/[🙄😒🙃]/u.test(m.sentence);

/**
 * A habit named with nothing of a complaint about it: "on the hook, you always hang them there",
 * "you always order the korma haha". A complaint shows in the words: a sigh or an edge ("again",
 * "every time", "course", "typical", 🙄), the speaker or people as its object ("…for me", "anyone",
 * "anything"), a hurt or cross word, or a verb about how they treat others (listen, ask, help…).
 * Only in answer to an everyday message does combine.ts drop it; unprompted it still reads as a story.
 */
const COMPLAINT_CUE = /\b(again|every (single )?time|seriously|honestly|typical|course|ofc|funny|god knows|even|whatever|why|just|too|do (this|that)|like (this|that)|out of proportion|(oh|yeah) (right|sure))\b|[🙄😒🙃😤😑]/u;
const ABOUT_PEOPLE = /\b(me|my|myself|us|our|mine|yourself|anyone|anybody|anything|everything|everyone|everybody|nobody|no one|nothing|people|mum|mom|dad|family|friends|kids|time|side|turn)\b/;
const RELATIONAL = /^(listen|listens|ask|asks|care|cares|notice|notices|help|helps|call|calls|text|texts|reply|replies|answer|answers|plan|plans|think|thinks|want|wants|assume|assumes|decide|decides|blame|blames|ignore|ignores|interrupt|interrupts|criticise|criticize|judge|judges|complain|complains|nag|nags|yell|yells|shout|shouts|cancel|cancels|bail|bails|flake|flakes|leave|leaves|let|lets|make|makes|take|takes|say|says|tell|tells|promise|promises|lie|lies|turn|turns|come|comes|show|shows|change|changes|start|starts|talk|talks|apologise|apologize|argue|argues|need|needs|have|has|do|does|check|checks|follow|follows|remember|remembers|pay|pays|try|tries|bother|bothers|mean|means|blow|blows|overreact|overreacts|exaggerate|exaggerates|overthink|overthinks|catastrophise|catastrophize|worry|worries|panic|panics|freak|freaks|stress|stresses|moan|moans|whine|whines|sulk|sulks|work|works)$/;
const plainHabit = (m: MatchContext) => {
  const verb = verbOf(m);
  return !!verb && !RELATIONAL.test(verb.normal) && !COMPLAINT_CUE.test(m.sentence) && !ABOUT_PEOPLE.test(m.after) && !hasWord(m.sentence, NEGATIVE_WORDS);
};

/**
 * A fond name said with a laugh or a heart, nothing hurt beside it: "you're such a dork lol", "you
 * goof 😂", "you're so cheesy ❤️". Cutting labels ("lazy", "selfish") stay a verdict whatever the laugh.
 */
const FOND_LABEL = /\b(dork|dorks|dorky|goof|goofy|goofball|weirdo|nerd|nerdy|doofus|dummy|silly|cheeky|muppet|numpty|sap|soppy|cheesy|cute|ridiculous|worst|nutter|nuts|crazy|menace|idiot|loser|fool|freak|baby)$/;
const fondName = (m: MatchContext) =>
  FOND_LABEL.test(m.phrase) && (LAUGHING.test(m.sentence) || affectionate(m.sentence)) && !/[🙄😒🙃]/u.test(m.sentence) && !hasWord(m.sentence.replace(m.phrase, ' '), NEGATIVE_WORDS) && !/(not|never|no)|n't/.test(m.after);

const teasedAway = (m: MatchContext) => (LAUGHING.test(m.sentence) && FORGIVEN.test(m.after) && !hasWord(m.after, NEGATIVE_WORDS)) || WHEN_RIGHT.test(m.after);

const rules: Rule[] = [
  // "you always ignore my texts", "you never listen", "do you always have to check your phone at dinner?", "you never even noticed the new curtains"
  {
    reason: 'assume-always-never',
    match: '{you} (literally|just|really|honestly|seriously|basically|genuinely|actually)? (always|never|constantly|forever) (even)? #Adverb? #Verb',
    severity: 'medium',
    skipIf: (m) => {
      const verb = verbOf(m);
      if (!verb) return true;
      // "you never mentioned the meeting" is one fact in dispute, not a habit, unless stressed with "even".
      if (verb.tags.has('PastTense') && !/\b(even|once)\b/.test(m.phrase + ' ' + m.after.slice(0, 6)) && !/\bonce\b/.test(m.phrase)) return true;
      // "you never can tell", "you're never going to guess who called", "you never have to pay for parking there"
      if (/^(know|believe|guess|going|gonna|be|been|had|meet|miss)$/.test(verb.normal)) return true;
      if (/^\s*(to )?(worry|fear|ask|pay)\b/.test(m.after) && /never have/.test(m.phrase)) return true;
      // Reassurance: "you never need to apologise", "you never have to explain yourself to me".
      if (/never (need|have)$/.test(m.phrase) && REASSURED.test(m.after)) return true;
      // "you are always reading on the bus": copula + description, labels are handled below.
      if (/\b(are|were|r|'re)\b/.test(m.phrase) || verb.tags.has('Copula')) return true;
      // "do you always take the bus?" asks; "do you always have to slam the door?" complains.
      // "did you always want to be a teacher?" and "have you always lived here?" ask too.
      if (m.question && (YES_NO.test(m.sentence) || /^\W*(have|has|had)\b/.test(m.sentence)) && !(/^(have|got|need)$/.test(verb.normal) && /^\s*(to|got to)\b/.test(m.after))) return true;
      // "you'd do the same for me, you always do": a fond echo of the clause before it, said last
      // ("call me back? you never do" still complains).
      if (/always (do|does|did|will|would)$/.test(m.phrase) && /^\W*$/.test(m.after) && !hasWord(m.sentence, NEGATIVE_WORDS)) return true;
      // "you never help" complains: with "never", a praise word that is the verb itself does not count.
      const praised = /never/.test(m.phrase) ? hasWord(m.clause.replace(m.phrase, ' '), PRAISE_WORDS) : isPraise(m);
      if (fondAbsolute(m, verb.normal) || teasedHabit(m, verb.normal)) return true;
      return praised || conditional(m) || PLAN_ON_HABIT.test(m.after) || teasedAway(m);
    },
    plainHabit,
  },
  // "you're always late", "ur always on your phone", "you're constantly complaining"
  {
    reason: 'assume-always-never',
    match: '{youare} (always|constantly|forever) (late|complaining|nagging|whining|yelling|moaning|criticizing|criticising|judging|busy|distracted|on your phone|on ur phone|angry|mad|grumpy|{label})',
    severity: 'medium',
    skipIf: (m) => conditional(m) || isPraise(m),
  },
  // "u dont even want to try", "you didn't even ask" (stressed, whatever the verb; not "you don't even need to ask")
  {
    reason: 'assume-dont-care',
    match: '{you} (do not|did not) even #Verb',
    severity: 'medium',
    skipIf: (m) => isPraise(m) || conditional(m) || /^(need|have|got|gotta|mind)$/.test(verbOf(m)?.normal ?? '') || (m.question && YES_NO.test(m.sentence)),
  },
  // "ur never on my side", "you're never home", "you're never there for me"
  {
    reason: 'assume-always-never',
    match: '{youare} never (on my side|there for me|around|home|here|available|satisfied|on time|ready|free|happy with)',
    severity: 'medium',
    skipIf: (m) => conditional(m) || m.question || isPraise(m) || PLAN_ON_HABIT.test(m.after),
  },
  // "u literally only talk about work", "you only ever think about yourself"
  {
    reason: 'assume-all-you',
    match: '{you} (literally|just|really|honestly)? only (ever)? (talk|think|care|worry|talks|thinks|cares) (about|of)',
    severity: 'medium',
    skipIf: (m) => conditional(m) || (m.question && YES_NO.test(m.sentence)) || isPraise(m),
  },
  // "you never even open the post!" (stressed absolute whatever the verb)
  {
    reason: 'assume-always-never',
    match: '{you} (never|always) even',
    severity: 'medium',
    skipIf: (m) => isPraise(m) || conditional(m),
  },
  // "you don't listen to a word", "you don't even care", "you never care about my day"
  {
    reason: 'assume-dont-care',
    keepInPraise: true,
    match: '{you} (just|obviously|clearly|really|simply|honestly|probably|actually)? (do not|never|dont) (even|really|actually|once)? (care|listen|notice|pay attention|try|appreciate|respect|trust|think about|cared|listened|tried|appreciated|respected|trusted|bothered)',
    severity: 'medium',
    // "you don't trust him?" asks sincerely; "you don't even care?" and "…trust me?" still accuse.
    skipIf: (m) => conditional(m) || (m.question && !/\beven\b/.test(m.phrase) && !/^\s*(me|us)\b/.test(m.after)),
  },
  // "you're so lazy", "you are such a slob", "you're being petty about the rota", "you're nothing but a moaner"
  {
    reason: 'assume-label',
    // (no multi-word entries: compromise ignores a {n,m} group that has them)
    match: '{youare} (just|so|such|being|acting|really|totally|completely|a|an|nothing|but|big|real|the|most|fucking|fuckin|freaking|always|kinda|kind|of|pretty|little|bit|lil|abit|too){0,4} {label}',
    severity: 'high',
    skipIf: (m) =>
      / not\b/.test(m.phrase) || (m.question && YES_NO.test(m.sentence)) || conditional(m) || teasedAway(m) ||
      bragTease(m) || fondName(m) ||
      // "lol you're obsessed with that song": a passion teased, not a verdict on them
      (/obsess/.test(m.phrase) && LAUGHING.test(m.sentence) && /^\s*with (that|this|the|those|these|your|ur)\b/.test(m.after) && !/^\s*with (your|ur) (phone|ex|work|job)\b/.test(m.after)) ||
      // without a copula the last word must not be a verb: "you mean the bakery closed"
      (!m.terms.some((t) => t.tags.has('Copula') || /^(are|r|re|were)$/.test(t.normal)) && !!verbOf(m)?.tags.has('Verb')),
  },
  // "you clown!", "give me the remote, you jerk", "you stupid cowboy", "you liar"
  {
    reason: 'assume-label',
    match: '{you} (stupid|big|little|dumb|lazy|selfish|ungrateful|pathetic|useless|fat|total|absolute|complete)? (idiot|idiots|moron|jerk|loser|liar|pig|fool|creep|bitch|asshole|freak|psycho|brat|cheater|coward|hypocrite|snake|traitor|bully|slob|doofus|dork|bastard|dumbass|dummy|weirdo)',
    severity: 'high',
    skipIf: fondName,
  },
  // "you stupid cowboy", "you dumb jerk"
  {
    reason: 'assume-label',
    match: '{you} (stupid|dumb|lazy|selfish|ungrateful|pathetic|useless) #Noun',
    severity: 'high',
    skipIf: (m) => m.question,
  },
  // "you suck at parking", "you suck"
  { reason: 'assume-label', match: '{you} (suck|stink)', severity: 'high' },
  // "honestly, what's wrong with you today?", "who do you think you are?"
  {
    reason: 'assume-label',
    keepInPraise: true,
    match: ['what is wrong with {you}', 'who do {you} think {you} are'],
    severity: 'high',
  },
  // "you think you're so smart", "you don't love me", "you don't give a damn"
  {
    reason: 'assume-mind-reading',
    keepInPraise: true,
    match: [
      '{you} think {youare} (so|better|smarter|perfect|always|never|funny|clever|special)',
      '{you} (just|obviously|clearly|really|simply|probably)? (do not|never) (even|really|actually)? (love|like|want|miss|loved|liked|wanted|missed) me',
      // "u dont really want this relationship", "you don't even want us", "you never wanted this baby"
      '{you} (just|obviously|clearly|really|simply|probably)? (do not|never) (even|really|actually)? (want|care about|love|wanted|cared about|loved) (us|this relationship|a relationship|a future|this marriage|this baby|this family|our family|our baby|kids|children|this)',
      // "you must think im an idiot", "you probably think i'm crazy"
      '{you} (must|obviously|clearly|really|honestly|seriously|actually) (think|believe) (that)? (i|i am|we)',
      // "you think everything is a joke", "you think it's all about you"
      '{you} (just|really|honestly|obviously)? think (everything|everyone|nothing|this|it|that|life|my feelings|this relationship) (is|are) (all)? (a joke|funny|a game|about you|no big deal|stupid|silly|dumb|nothing|pointless)',
      // "you clearly have better things to do"
      '{you} (obviously|clearly|probably|just)? (have|got) better things to do',
      // "obviously u care more about ur friends", "you care more about work than me"
      '(obviously|clearly) {you} (care|cares|love|like|prefer|want|would rather)',
      '{you} (obviously|clearly|just)? (care|cares) more about',
      // "you love your phone more than me", "u want ur freedom more than us"
      '{you} (obviously|clearly|just|really)? (love|loves|like|likes|value|values|want|wants|prefer|need|needs) .{1,4} more than (me|us|our|this|your family|ur family)',
      // "you just say what i want to hear"
      '{you} (just|only)? (say|tell me|said|told me) (what|whatever) i (want|wanted|wanna) to? hear',
      // "you just don't want to see me", "you never want to be with me"
      '{you} (just|obviously|clearly|really|simply|probably)? (do not|never) (even|really|actually)? want to (see|be with|talk to|spend time with|hear from|come with) me',
      // "you couldn't care less", "u couldnt care less about me"
      '{you} (could not) care less',
      '{you} (do not|never) (even)? give a',
    ],
    severity: 'high',
    skipIf: (m) => conditional(m) || (m.question && YES_NO.test(m.sentence)),
  },
  // "typical of you", "oh, so typical", "typical you", "typical behaviour"
  {
    reason: 'assume-typical',
    // "typical you, always keeping the best for yourself" is a jab whatever praise is near;
    // an affectionate emoji with nothing negative makes it fond ("typical you, thinking of everyone ❤️").
    keepInPraise: true,
    match: [
      'typical (of)? {you}',
      'typical (behaviour|behavior|move|response|reaction|excuse)',
      '(so|how|just|thats|that is) typical',
    ],
    severity: 'medium',
    // "it's so typical of this airline" about someone else / a situation.
    skipIf: (m) => /\b(it|it's|its|it is|she|he|they)\s*(is|was|'s)?\s*(just)?\s*$/.test(m.before) || (affectionate(m.sentence) && !hasWord(m.sentence, NEGATIVE_WORDS)),
  },
  // "typical.", "ugh typical", "typical, u forgot again": a one-word verdict, alone or on a clause about them
  {
    reason: 'assume-typical',
    match: '^(ugh|wow|so|lol|yeah|oh|yep|hm|hmm|classic)? typical',
    severity: 'medium',
    // "typical monday honestly" is about a day, not a person.
    skipIf: (m) => !/^\W*$/.test(m.after) && !/^\s*[,.;:!—–-]+\s*[^.!?]*\b(you|u|ur|your|you're|you've|you'd)\b/.test(m.after),
    bareVerdict: (m) => /^\W*$/.test(m.after),
  },
  // "of course you forgot", "of course u didnt call", "of course youre busy again" (not "of course you can come")
  {
    reason: 'assume-typical',
    match: [
      'of course {you} (forgot|did|did not|never|always|would|would not|lied|left|missed|ignored|cancelled|canceled|bailed|flaked|blamed|chose|picked|sided|took|said)',
      'of course {youare} (busy|late|working|tired|out|asleep|not|still|too|on|with|gonna|going)',
    ],
    severity: 'medium',
    // "of course you are!" reassures; "of course you're going, it's your brother" plans.
    // "of course you did, I never doubted you! so proud": confidence in them, said with delight.
    skipIf: (m) => m.question || isPraise(m) || (/(did|would|will|can|could)$/.test(m.phrase) && CONFIDENCE.test(m.sentence) && !hasWord(m.sentence, NEGATIVE_WORDS) && !/[🙄😒🙃]/u.test(m.sentence)) || (/(are|re|r|were)$/.test(m.phrase) && /^\W*$/.test(m.after)) || (/(going|gonna|on|with|still|out)$/.test(m.phrase) && !/\b(again|as usual|like always|typical)\b/.test(m.sentence)),
  },
  // "you obviously don't care", "you just want to win", "you obviously want the last word", "you only think it's boring because it's mine"
  {
    reason: 'assume-mind-reading',
    match: [
      '{you} (obviously|clearly|evidently|secretly)',
      '{you} (just|only) (want|wanted|care|cares|like|think|thought|love|hate|enjoy|need)',
    ],
    severity: 'high',
    // "so you just want the blue one?" checks an order; "if you just want to talk" offers.
    // "you only need to bring the cake" tells what's left to do.
    skipIf: (m) => /\b(so|ok|okay|if|when|unless|i know|maybe|guess)\s*$/.test(m.before) || m.question && YES_NO.test(m.sentence) || isPraise(m) || INHERITED_GIFT.test(m.after) ||
      // "you just want a quiet night?": checking a plan, nothing hostile in it
      (m.question && /(just|only) want$/.test(m.phrase) && !hasWord(m.sentence, NEGATIVE_WORDS) && !/^\s*(me|us|to (win|be right|control|hurt|get|leave|argue|fight|punish))\b/.test(m.after)) || (/need$/.test(m.phrase) && !/^\s*(me|us|money|attention|someone|somebody|an excuse|to (win|be right|control|feel))\b/.test(m.after)),
  },
  // "ur only sorry bc u got caught", "you only apologise to make it stop": a motive read into an act
  {
    reason: 'assume-mind-reading',
    match: [
      '{youare} only (sorry|nice|here|apologising|apologizing|being nice|saying|doing|calling|texting|asking) (this|that|it|me)? (because|cause|bc|since|to)',
      '{you} only #Verb (it|this|that|me|so|to me)? (because|cause|since)',
      '{you} only #Verb (it|this|that|me|so|to me)? to (make|get|shut|keep|avoid|look|win|stop)',
    ],
    severity: 'high',
    skipIf: (m) => conditional(m) || (m.question && YES_NO.test(m.sentence)) || isPraise(m) || /\b(i|we)\s*$/.test(m.before),
  },
  // "you only text when you need something", "u only call when u want money"
  {
    reason: 'assume-mind-reading',
    match: ['{you} only #Verb .{0,3} when {you} (need|want|needs|wants|feel like|are bored|have nothing)', '{you} only #Verb me when'],
    severity: 'high',
    skipIf: (m) => conditional(m) || (m.question && YES_NO.test(m.sentence)),
  },
  // "you probably forgot already", "ur probably with her rn", "you probably think i'm crazy"
  {
    reason: 'assume-mind-reading',
    match: [
      '{you} (probably|prob|prolly) (forgot|lied|ignored|cheated|hate|hated|think|thought|want|wanted|do not|did not|never|just|only|secretly)',
      '{youare} (probably|obviously|clearly|just) (with|texting|seeing|messaging|sleeping with|flirting with|out with) (her|him|them|someone|somebody|your|ur)',
    ],
    severity: 'high',
    // "you probably don't need to rush": reassurance, not a verdict.
    skipIf: (m) => conditional(m) || (m.question && YES_NO.test(m.sentence)) || isPraise(m) || /\b(not|never)\s*$/.test(m.before) || (/(not|never|n't|dont)$/.test(m.phrase) && /^\s*(need|have|got|gotta|mind|worry)\b/.test(m.after)),
  },
  // "ur never gonna change", "you'll never change", "you will never understand"
  {
    reason: 'assume-always-never',
    match: [
      '{youare} never (going|gonna) to? (change|listen|grow|learn|understand|get|care|stop|do|help|bother|apologise|apologize|admit|tell)',
      '{you} (will|would) never (change|listen|grow up|learn|understand|get it|care)',
    ],
    severity: 'medium',
    // ("help" is a praise word, but not as the promise they never meant to keep)
    skipIf: (m) => conditional(m) || m.question || hasWord(m.clause.replace(m.phrase, ' '), PRAISE_WORDS) || REASSURED.test(m.after),
  },
  // "cool so ur just gonna ignore me", "you're just going to walk away?"
  {
    reason: 'assume-mind-reading',
    match: '{youare} (just|obviously|clearly)? (going|gonna) to? (ignore|leave|pretend|act|walk|sit|disappear|ghost|bail|blame|lie|keep)',
    severity: 'medium',
    // Hostile acts are a verdict in any sentence; "you're just gonna walk up to her?" may ask.
    skipIf: (m) => conditional(m) || !/(ignore|ghost|bail|blame|lie|pretend)$/.test(m.phrase) && (m.question || !/(just|obviously|clearly)/.test(m.phrase)),
  },
  // "I know you think I'm stupid", "I know what you're up to with that smile", "I bet you don't want to help at all"
  {
    reason: 'assume-mind-reading',
    match: [
      'i know {you} (think|thought|want|just|do not|never|hate|are trying|only|really)',
      // "i know you're lying", "i know ur faking it"
      'i know {youare} (just|only|obviously)? (lying|faking|pretending|hiding|cheating|avoiding|ignoring|bored|using)',
      'i know what {you} (are|were)? (trying|doing|up to|thinking|really)',
      'i bet {you} (do not|never|just|only|secretly|did not|would not|will not)',
      // "i bet u were with him"
      'i bet {you} (were|are|was) (with|texting|seeing|messaging) (her|him|them|someone|somebody|your|ur)',
    ],
    severity: 'high',
    // "i know you hate surprises so i'm telling you now": kind knowledge put to the partner's use.
    skipIf: (m) => isPraise(m) || PLAN_ON_HABIT.test(m.after),
  },
  // "you think I'm a maid", "just because I'm tired you think I'm useless" (a yes/no question asks instead)
  {
    reason: 'assume-mind-reading',
    match: '{you} (think|thought|believe) (that)? (i|we|i am|i would)',
    severity: 'medium',
    skipIf: (m) => /\b(do|does|did|don't|dont|would|if|when|what|why|how|not)\s*$/.test(m.before) || YES_NO.test(m.clause) || /^\s*(was|were|am|'m)? ?(great|good|right|amazing|so|ok|okay|fine)\b/.test(m.after),
  },
  // "all you ever do is complain", "all you care about is work"
  {
    reason: 'assume-all-you',
    keepInPraise: true,
    match: [
      'all {you} ever',
      'all {you} (care|think|talk|worry) about',
      'all {you} care',
    ],
    severity: 'high',
  },
  // "because you would rather be with him", "you'd rather live here"
  { reason: 'assume-mind-reading', match: '{you} would rather', severity: 'medium', skipIf: (m) => m.question || conditional(m) },
  // "you're afraid I'm a better cook", "you're jealous that…"
  {
    reason: 'assume-mind-reading',
    match: '{youare} (just)? (afraid|scared|jealous|threatened|worried) (i|i am|that i|of me)',
    severity: 'medium',
    skipIf: (m) => m.question && YES_NO.test(m.sentence),
  },
  // "you just can't cook rice", "you can't even sit still for a film", "you can't stand anyone else having fun"
  {
    reason: 'assume-cant',
    match: [
      '{you} (just|obviously|clearly|simply) (can not|cannot) #Verb',
      '{you} (can not|cannot) (even|stand|handle|be trusted|keep)',
    ],
    severity: 'medium',
    // "you just can't see it from here" is about circumstances, not a verdict on them.
    skipIf: (m) => conditional(m) || (/^(see|believe|imagine|know|wait|help|tell|be|remember|say|expect)$/.test(verbOf(m)?.normal ?? '') && !(verbOf(m)?.normal === 'help' && /^\s*yourself\b/.test(m.after))),
  },
  // "you're only trying to keep me quiet", "you're just trying to get a rise out of me"
  {
    reason: 'assume-mind-reading',
    keepInPraise: true,
    match: '{youare} (just|only|obviously|clearly)? trying to (stifle|control|manipulate|hurt|ruin|win|pull|trap|punish|guilt|make me|get rid|get back|avoid|wind|annoy|provoke|upset|start|pick|get|test|blame|distract|embarrass|humiliate|score|keep me|change me|shut me)',
    severity: 'medium',
    // "you're just trying to wind me up 😂 best of three": a game's banter, said with a laugh
    skipIf: (m) => m.question && YES_NO.test(m.sentence) || (/(wind|annoy|win|get|distract|score|provoke)$/.test(m.phrase) && LAUGHING.test(m.sentence) && GAME.test(m.sentence) && !/[🙄😒🙃]/u.test(m.sentence)),
  },
  // "you're clearly not paying attention", "u r obviously avoiding me", "you're just tired of me"
  {
    reason: 'assume-mind-reading',
    match: [
      '{youare} (obviously|clearly|evidently|secretly) not',
      // "ur obviously still mad", "you're clearly annoyed with me"
      '{youare} (obviously|clearly|evidently) (still)? (mad|angry|annoyed|upset|pissed|sulking|bored|jealous|hiding|lying)',
      '{youare} (obviously|clearly|evidently|secretly|just|only) (sulking|moping|being dramatic|being difficult|being awkward|being petty|being stubborn|being lazy|being selfish|lying|bored|pretending|faking|avoiding|ignoring|hiding|using|overreacting|exaggerating|tired of|sick of|jealous|looking for|making excuses|making it up|making things up|saying that|doing this|doing it to|stalling|dragging|stringing|leading me on|playing|messing with me|humouring|humoring|putting it off|covering)',
    ],
    severity: 'high',
    skipIf: (m) => (m.question && YES_NO.test(m.sentence)) || conditional(m) || / not\b/.test(m.before) || bragTease(m),
  },
  // "you're overreacting", "ur exaggerating again", "you're blowing this out of proportion"
  {
    reason: 'assume-label',
    keepInPraise: true,
    match: '{youare} (just|so|totally|completely|really|being)? (overreacting|exaggerating|imagining things|blowing this|blowing it|making a scene)',
    severity: 'high',
    skipIf: (m) => (m.question && YES_NO.test(m.sentence)) || conditional(m) || / not\b/.test(m.phrase),
  },
  // "you simply don't understand", "you just don't get it", "you never get it"
  {
    reason: 'assume-mind-reading',
    match: '{you} (just|simply|really|obviously|clearly)? (do not|dont|never) (get|understand) (it|me|this|that|anything|what|how|why)',
    severity: 'medium',
    skipIf: (m) => m.question || conditional(m) || /^\s*(done|back|fixed|working|right now)\b/.test(m.after),
  },
  // tag-question mind-reading: "you just don't find me attractive anymore, do you", "you love making me beg, don't you"
  {
    reason: 'assume-mind-reading',
    keepInPraise: true,
    match: '^{you} #Adverb? (do not|did not|never)? #Adverb? (want|wanted|love|loved|like|liked|enjoy|enjoyed|care|cared|find|found|mean|meant|miss|missed|hate|hated|prefer|think|thought|wish|trust|respect|believe|notice|listen)',
    severity: 'high',
    skipIf: (m) => {
      if (!TAG.test(m.sentence) || !TAG_CLAIM.test(m.sentence)) return true;
      const head = m.sentence.replace(TAG, '');
      // loving verbs are sarcasm only when the pleasure is in hurting the speaker: "you love making me wait, don't you"
      const denied = /\b(not|never)\b|n't\b|\bdont\b/.test(m.phrase);
      if (!denied && /(love|loved|like|liked|enjoy|enjoyed|prefer|miss|missed|wish)$/.test(m.phrase))
        return !(/\b\w+ing (me|us)\b|\bit when (i|i'm|im|we)\b/.test(head) && !hasWord(head.slice(m.phrase.length), PRAISE_WORDS)) && !hasWord(head, NEGATIVE_WORDS);
      // "you really think you're funny don't you 😂": a tag said with a grin teases
      if (LAUGHING.test(m.sentence) && !/[🙄😒🙃]/u.test(m.sentence) && !hasWord(head, NEGATIVE_WORDS)) return true;
      return !TAG_INTENSE.test(head.slice(m.phrase.length)) && !TAG_INTENSE.test(m.phrase);
    },
  },
  // "you did it on purpose", "u left me out deliberately"
  {
    reason: 'assume-mind-reading',
    match: ['{you} #Adverb? #Verb .{0,3} on purpose', '{you} #Adverb? #Verb .{0,3} (deliberately|intentionally)', '{you} (deliberately|intentionally) #Verb'],
    severity: 'high',
    skipIf: (m) => / not\b|n't\b|\bnever\b/.test(m.phrase) || /\b(not|never|know|sure|think|hope)\b[^,]*$|n't\b[^,]*$/.test(m.before) || conditional(m) || (m.question && YES_NO.test(m.sentence)),
  },
  // "admit it, u wanted it to go wrong", "you hoped it would flop" (wanted + a failure); a closing "and u know it"
  {
    reason: 'assume-mind-reading',
    keepInPraise: true,
    match: [
      'admit (it|that)? {you} #Adverb? (wanted|want|did|were|are|never|hate|hated|like|liked|love|loved|enjoy|enjoyed|knew|planned|meant|think|thought|do not|did not)',
      '{you} #Adverb? (wanted|want|wants|were hoping|hoped) (me|it|us|this|things|everything) to (fail|lose|suffer|crash|flop|break|end|fall|struggle|look|feel|get hurt|go wrong|fall apart|be miserable)',
    ],
    severity: 'high',
    skipIf: (m) => conditional(m) || (m.question && YES_NO.test(m.sentence)) || /(look|feel)$/.test(m.phrase) && !/^\s*(bad|stupid|small|like an? (idiot|fool)|guilty|awful|terrible)\b/.test(m.after),
  },
  {
    reason: 'assume-mind-reading',
    match: 'and {you} (know|knew) it',
    severity: 'medium',
    // a claim about the partner comes first, in this clause or the sentence before ("…. And you know
    // it." opens its own segment): "you're jealous and you know it", not "it's cool, and you know it"
    skipIf: (m) => !/^\W*$/.test(m.after) || m.question || (/[a-z]/.test(upTo(m).replace(/^\W*and\W*$/, '')) && !/\b(you|you're|your|yourself)\b/.test(upTo(m))),
  },
  // "can't you just be happy for me for once", "you could help for once"
  {
    reason: 'assume-always-never',
    match: '{you} .{0,7} for once',
    severity: 'medium',
    skipIf: (m) => conditional(m) || /\b(i|we)\s*$/.test(m.before),
  },
  // "you're not sorry", "youre just sorry i found out", "you're only with me because of the flat"
  {
    reason: 'assume-mind-reading',
    match: [
      '{youare} (not|only|just) (really|even|actually)? sorry',
      '{youare} only with (me|us) (because|cause|for|since|so)',
      '{youare} only (sorry|nice|here|apologising|apologizing|being nice|saying|doing|calling|texting|asking|kind|sweet) to (me|us|her|him|them) (because|cause|since|so|when)',
      '{you} only #Verb (it|this|that|me|yes|no|sorry)? so (you|u|i|that|they|she|he)',
      '{youare} only being (nice|sweet|kind|helpful|friendly|nice to me|good|polite) (to)? (me|us)? (because|cause|since|so|when|to)',
      // "you were hoping i'd fail", "you wished it would go wrong"
      '{you} #Adverb? (were|are)? (hoping|hoped|wished|wish|wanted|want) (that)? (i|it|we|this|things) (would)? (fail|lose|suffer|crash|flop|break|struggle|mess|screw|fall|go|get|look)',
    ],
    severity: 'high',
    skipIf: (m) => conditional(m) || (m.question && YES_NO.test(m.sentence)) || (/not (really|even|actually)? ?sorry$/.test(m.phrase) && /^\s*(to|about|for|at all|if)\b/.test(m.after)) || /\b(i|we)\s*$/.test(m.before),
  },
  // "wow. so you.", "thats so you", "that's what you do", "classic.", "classic you"
  {
    reason: 'assume-typical',
    keepInPraise: true,
    match: [
      '^(wow|ugh|lol|yeah|oh|god|omg)? (so|thats so|that is so|this is so|how very) {you}',
      '(that is|thats|this is) (just|exactly)? what {you} (always|do|does|did|never) (do|does)?',
      '(that is|thats|this is|how) (so|just|typically)? like {you}',
      '^(ugh|wow|so|lol|yeah|oh|yep|just|how)? classic',
    ],
    severity: 'medium',
    skipIf: (m) =>
      (affectionate(m.sentence) && !hasWord(m.sentence, NEGATIVE_WORDS)) ||
      (/classic$/.test(m.phrase)
        ? !/^\W*$/.test(m.after) && !/^\s*(you|u|of you|move|behaviour|behavior)\b/.test(m.after) && !/^\s*[,.;:!—–-]+\s*[^.!?]*\b(you|u|ur|your|you're|you've|you'd)\b/.test(m.after)
        // "so you're …", "so, you'd …": the start of a statement, not the verdict "so you."
        : /\b(so|very)\W+(you|u|ya|yall|youse)\b/.test(m.phrase) && (/^('|\s*(are|r|were|would|will|have|had)\b)/.test(m.after) || /'\w*$/.test(m.phrase)) ? true
        : /(you|u|ya|yall|youse)$/.test(m.phrase) && !/what/.test(m.phrase)
          ? !/^\W*$/.test(m.after) && !/^\s*[,.;:—–-]+\s*[^.!?]*\b(again|me|my|always|never)\b/.test(m.after) || /!/.test(m.after)
          : m.question || /^\s*(best|so well|brilliantly|perfectly|to (me|us))\b/.test(m.after)),
  },
  // "youre so self absorbed", "you're so self centred"
  {
    reason: 'assume-label',
    match: '{youare} (so|such|really|just|completely|totally)? (a)? self (absorbed|centred|centered|obsessed|righteous)',
    severity: 'high',
    skipIf: (m) => m.question || conditional(m) || / not\b/.test(m.phrase),
  },
  // "you're just like your mother", "ur turning into your dad"
  {
    reason: 'assume-label',
    match: ['{youare} (just|exactly|literally|so)? like your (mother|mum|mom|dad|father|ex|brother|sister|family|parents)', '{youare} (turning|becoming) (into)? your (mother|mum|mom|dad|father|ex)'],
    severity: 'medium',
    // "you're just like your mum, so kind": a likeness admired
    skipIf: (m) => m.question || conditional(m) || (hasWord(m.sentence, PRAISE_WORDS) && !hasWord(m.sentence, NEGATIVE_WORDS)),
  },
  // "you're doing this to punish me", "ur doing it to get back at me"
  {
    reason: 'assume-mind-reading',
    match: '{youare} (just|only|obviously|clearly)? doing (this|it|that) (just|only)? to (punish|hurt|get|annoy|upset|spite|control|make|test|embarrass|humiliate|provoke|wind|scare|guilt)',
    severity: 'high',
    skipIf: (m) => (m.question && YES_NO.test(m.sentence)) || conditional(m),
  },
  // "you're only happy when i'm miserable", "ur only nice when u want something"
  {
    reason: 'assume-mind-reading',
    match: '{youare} only (happy|nice|interested|sweet|affectionate|around|kind|nice to me|interested in me|loving|home|here|there) when',
    severity: 'high',
    skipIf: (m) => (m.question && YES_NO.test(m.sentence)) || conditional(m),
  },
  // "as if you care", "like u even listen", "yeah like you'd notice"
  {
    reason: 'assume-dont-care',
    match: '^(yeah|lol|oh|and|ha|pfft)? (as if|like) {you} (even|actually|ever|really|would|would even)? (care|cared|listen|listened|notice|noticed|give|want|wanted|love|loved|miss|missed|remember|understand|mean|meant)',
    severity: 'medium',
  },
  // "you're lying to me", "ur lying again" (not "no way you're lying 😂")
  {
    reason: 'assume-mind-reading',
    match: '{youare} (so|totally|clearly|still|always)? (lying|lieing)',
    severity: 'high',
    skipIf: (m) => LAUGHING.test(m.sentence) || m.question || conditional(m) || / not\b/.test(m.phrase) || /\b(no way|omg|shut up)\b/.test(m.before),
  },
  // "you wouldn't understand", "you will never get it"
  {
    reason: 'assume-mind-reading',
    match: '{you} (would not|will not|could not|can not) (understand|get it|care|listen|notice)',
    severity: 'medium',
    skipIf: (m) => m.question || conditional(m) || /\b(if|unless|even if)\b/.test(m.after) || /^\s*(how|why|what|if|a word)\b/.test(m.after),
  },
  // "you think the world revolves around you", "u think everything revolves around u"
  {
    reason: 'assume-mind-reading',
    match: '{you} (just|really|honestly|obviously|clearly)? (think|thinks|believe) .{1,3} (revolves|revolve)',
    severity: 'high',
    skipIf: (m) => (m.question && YES_NO.test(m.sentence)) || conditional(m),
  },
  // "you must hate me", "you must enjoy seeing me like this" (not "you must be tired")
  {
    reason: 'assume-mind-reading',
    match: '{you} (must|obviously|clearly) (really)? (hate|despise|enjoy|love) (me|us|seeing|watching|making|it when)',
    severity: 'high',
    skipIf: (m) => m.question || conditional(m) || (/(enjoy|love)/.test(m.phrase) && !/\b(me|us|i)\b/.test(m.after.slice(0, 30)) && !/(me|us)$/.test(m.phrase)) || (/(love|enjoy)/.test(m.phrase) && /(me|us)$/.test(m.phrase)),
  },
  // "you don't mean it", "you never mean it when you say sorry" (not "i know you didn't mean it")
  {
    reason: 'assume-mind-reading',
    match: '{you} (just|obviously|clearly|never|probably)? (do not|never|did not)? (even|really|actually|ever)? mean (it|that|a word|any of it)',
    severity: 'medium',
    skipIf: (m) => !/(not|never|n't)/.test(m.phrase) || m.question || conditional(m) || /\b(know|sure|think|hope|believe|if)\b[^,]*$/.test(m.before) || /\bi know\b/.test(upTo(m)),
  },
  // "you're never wrong, are you", "you're always the victim", "you always play the victim"
  {
    reason: 'assume-always-never',
    match: [
      '{youare} (never|always) (wrong|to blame|at fault|the victim|the problem|the martyr|the innocent one)',
      '{you} (always|just)? (play|plays|playing) the (victim|martyr|innocent|saint)',
    ],
    severity: 'medium',
    skipIf: (m) => m.question && YES_NO.test(m.sentence) || conditional(m) || LAUGHING.test(m.sentence),
  },
  // "youre so full of yourself", "you're incapable of listening"
  {
    reason: 'assume-label',
    match: [
      '{youare} (so|just|really|such|completely|totally)? (full of yourself|full of it|full of shit|up yourself)',
      '{youare} (just|completely|totally|literally|clearly)? (incapable|unable) of (listening|loving|caring|admitting|apologising|apologizing|being|saying|taking|hearing|seeing|understanding|changing|empathy|compassion|thinking)',
    ],
    severity: 'high',
    skipIf: (m) => m.question && YES_NO.test(m.sentence) || conditional(m),
  },
  // "u have no idea how to love someone", "you don't know how to apologise"
  {
    reason: 'assume-cant',
    match: '{you} (just|clearly|obviously|really)? (have no idea|do not know|never learned|never learnt) how to (love|listen|apologise|apologize|communicate|care|treat|compromise|show|be a|be nice|be there|say sorry|admit|support)',
    severity: 'medium',
    skipIf: (m) => m.question || conditional(m) || /\b(i|if)\s*$/.test(m.before),
  },
  // "you do this every single time", "u pull this every time"
  {
    reason: 'assume-always-never',
    match: '{you} (always)? (do|did|pull|pulled|say|said) (this|that|it) (every|each) (single)? time',
    severity: 'medium',
    skipIf: (m) => m.question || conditional(m) || isPraise(m),
  },
  // "here we go again", "ugh here we go again, same excuses"
  {
    reason: 'assume-typical',
    match: '^(and|oh|well|ugh|so|yep|ok|okay|right)? here we go again',
    severity: 'medium',
    skipIf: (m) => LAUGHING.test(m.sentence) || /\b(monday|tuesday|wednesday|thursday|friday|weekend|rain|snow|weather|traffic|train|bus|work)\b/.test(m.after),
    bareVerdict: (m) => /^\W*$/.test(m.after),
  },
  // "u just love being the centre of attention", "you want everything your way"
  {
    reason: 'assume-mind-reading',
    match: [
      '{you} (just|really|obviously|clearly)? (love|loves|like|likes|enjoy|enjoys|need|needs) (being the centre|being the center|the attention|attention|drama|the drama|an audience|being right|being the victim|a fight|an argument)',
      '{you} (always|just|only)? (want|wants|need|needs|expect|expects) (everything|things|it all|it) (your way|your own way|to go your way)',
    ],
    severity: 'high',
    skipIf: (m) => (m.question && YES_NO.test(m.sentence)) || conditional(m) || LAUGHING.test(m.sentence),
  },
  // "you act like i dont exist", "you treat me like a maid" (not "…like a queen")
  {
    reason: 'assume-mind-reading',
    match: ['{you} #Adverb? (act|acts|are acting|acting) like (i|i am|we|my|it is my|you are the|nothing)', '{you} #Adverb? (treat|treats|are treating|treated) me like'],
    severity: 'high',
    skipIf: (m) => (m.question && YES_NO.test(m.sentence)) || conditional(m) || /^\s*(a |an |your |the )?(queen|king|princess|prince|royalty|gold|a goddess|the best)\b/.test(m.after) || isPraise(m),
  },
  // their own account set aside for a motive: "you're not busy, you're just avoiding me", "ur not
  // tired ur just not into me anymore" (not the kind reframe "you're not lazy, you're just worn out":
  // the state denied there is a verdict they put on themselves, and what replaces it is no motive)
  {
    reason: 'assume-mind-reading',
    keepInPraise: true,
    match: '{youare} not (busy|tired|sick|ill|sorry|working|stressed|fine|okay|ok|joking|kidding|forgetful|asleep|sleeping|confused|hurt|upset|worried)',
    severity: 'high',
    skipIf: (m) => m.question || conditional(m) || !DENIED_FOR_A_MOTIVE.test(m.after),
  },
  // insincerity read into them: "don't act like you care", "stop pretending you missed me"
  // (not "don't pretend you're fine for my sake": that invites them to be honest)
  {
    reason: 'assume-mind-reading',
    keepInPraise: true,
    match: [
      '(do not|dont|stop) (act|acting|pretend|pretending) (like|that|as if)? {you} #Adverb? (care|cared|missed|miss|love|loved|give|mean|meant|listen|listened|forgot|did not|do not|had no|have no|are sorry|were sorry|want|wanted)',
      '(do not|dont) play (dumb|innocent|stupid|the victim|naive)',
      '{you} (know|knew) (exactly|full well|perfectly well|damn well|very well) what {you} (did|meant|said|were doing|are doing|were saying|mean)',
    ],
    severity: 'high',
    // "don't act like you didn't love that film 😂": a grin at a pleasure denied, no eye-roll.
    skipIf: (m) => conditional(m) || (m.question && YES_NO.test(m.sentence)) || (LAUGHING.test(m.sentence) && !/[🙄😒🙃]/u.test(m.sentence) && !hasWord(m.sentence.replace(m.phrase, ' '), NEGATIVE_WORDS)),
  },
  // "you only ever call me when you want money", "u only ever text me if you're bored"
  {
    reason: 'assume-mind-reading',
    match: '{you} only ever #Verb .{0,3} (when|if) {you}',
    severity: 'high',
    skipIf: (m) => conditional(m) || (m.question && YES_NO.test(m.sentence)),
  },
  // where they rank the speaker, concluded for them: "I'm clearly last on your list", "your mum
  // always comes first", "it's obviously not me you want", "priorities clear"
  {
    reason: 'assume-priorities',
    keepInPraise: true,
    match: [
      '(i am|im) (clearly|obviously|evidently|apparently|always|just|only)? (last|second|bottom|an afterthought|second place|second best|the last thing|never a priority|not a priority|not your priority|your last)',
      '(your|ur) #Noun (always|obviously|clearly) (comes|come|gets|get) (first|priority)',
      '(it is|its) (obviously|clearly) not me',
      '(your|ur)? (priorities|priority) (are|is)? (clear|obvious|crystal clear|noted)',
      'i know where i stand',
      'where i rank',
      // "I know I'm at the bottom of your list"
      '(i am|im) (clearly|obviously|always|just|only)? at the bottom of (your|ur) (list|priorities|pile)',
      // "there's always time for your mates though"
      '(there is|theres|you have|you always have|you find|you always find|you somehow have) (always)? (time|money|energy) for (your|ur|them|him|her|the)',
      'how (low|far down) i (rank|come|am) (on|in)',
    ],
    severity: 'medium',
    skipIf: (m) => conditional(m) || (m.question && YES_NO.test(m.sentence)) || /\b(my|our)\s*$/.test(m.before) || (LAUGHING.test(m.sentence) && !hasWord(m.sentence, NEGATIVE_WORDS)),
  },
  // "you're always stressed lately", "ur always in a mood": a state made into who they are
  {
    reason: 'assume-always-never',
    match: '{youare} (always|constantly|forever) #Adverb? (stressed|moody|cranky|snappy|grumpy|irritable|in a mood|too busy|too tired|exhausted|tired|working|at work|out|somewhere else|miles away|glued to)',
    severity: 'medium',
    // "you're always tired lately, are you ok?": concern, not a verdict
    skipIf: (m) => conditional(m) || m.question || isPraise(m) || /\b(worried|worry|are you ok|you ok|u ok|is everything|take care|i'm here|im here|love you)\b/.test(m.sentence),
  },
  // disbelief and sarcasm that file what they said under a story: "mhm sure u did", "whatever you
  // say", "heard that one before", "funny how you're only tired when…", "any excuse to skip it",
  // "like you'd actually care", "oh now you remember I exist", "real mature"
  {
    reason: 'assume-typical',
    keepInPraise: true,
    match: [
      '^(oh|yeah|ok|okay|mhm|hmm|right)? sure (you|u) (did|were|was|are|do|will|would|have|had) not?',
      'whatever (you|u) say',
      'heard (that|this) (one)? before',
      'heard (it|that|this) all before',
      '(history|experience|the last ten times|last time) (says|said|suggests|would say) otherwise',
      'funny how {you}',
      'funny how (it is|its) (always|never|only)',
      'any excuse to',
      '(as if|like) {you} would #Adverb? (actually|even|ever|really)? (care|listen|notice|understand|bother|ask|help|remember)',
      '(oh|so|and)? now {you} (remember|care|notice|want|decide|have time)',
      '(very|real|really|so|how) (mature|grown up|adult of you|romantic of you)$',
      // "must be nice to just do whatever you want": envy that reads their freedom as selfishness
      '(must|it must) be nice (to|being|having|when)',
    ],
    severity: 'medium',
    skipIf: (m) =>
      (m.question && YES_NO.test(m.sentence)) || conditional(m) ||
      // "it must be nice to have a day off, enjoy it!": a friend's envy said warmly
      // (only with a mark of sarcasm: "just", "whatever/whenever you want", "some of us", 🙄)
      (/nice (to|being|having|when)$/.test(m.phrase) && (/\b(enjoy|lucky|congrats|congratulations|so happy for you|jealous|deserve|deserved)\b|!|😍|🥰|❤/u.test(m.sentence) || !/\b(just|whatever|whenever|some of us|some people|not all of us|i wouldn't know|i wouldnt know|must be)\b.*\b(want|like|please|know|us|people)\b|🙄|\bjust\b/u.test(m.after))) ||
      // "sure you did" stands alone as the whole reply; "sure you can come" agrees
      (/^(\w+ )?sure /.test(m.phrase) && /[a-z]/.test(m.after)) ||
      // "whatever you say goes, birthday girl": a gift of the choice; "now you remember where you put it?": asks
      (/say$/.test(m.phrase) && /^\W*(goes|boss|babe|chef|captain|sir|darling|dear|hun|honey|sweetie|princess|is fine|is ok|is okay|love)\b/.test(m.after)) ||
      (/^(oh|so|and)? ?now/.test(m.phrase) && m.question) ||
      (/any excuse to$/.test(m.phrase) && /\b(celebrate|party|dress up|eat cake|see you|hug|cuddle|buy|bake)\b/.test(m.after)),
  },
  // a verdict on the whole person: "you turn everything into a drama", "the most self-centred person
  // I know", "you have zero self-control", "too much effort for you", "do you even listen?",
  // "just admit you're bored of me"
  {
    reason: 'assume-label',
    keepInPraise: true,
    match: [
      '{you} (turn|turns|make|makes|twist|twists) everything (into|about)',
      '(the|such a)? (most|least) (selfish|self-centred|self-centered|self-absorbed|inconsiderate|thoughtless|stubborn|lazy|annoying|difficult|useless|careless|ungrateful|unreliable|flaky|immature|entitled) (person|man|woman|human|guy|girl|husband|wife|partner|boyfriend|girlfriend|friend)',
      '{you} (have|got|show|showed) (zero|no) (self control|self-control|respect|consideration|empathy|shame|patience|backbone|sense of|regard|clue how|common sense)',
      'too much (effort|trouble|work|hassle|to ask) for {you}',
      '(do|did|does) {you} (even|ever) (listen|care|notice|think|hear|try|bother|read|pay attention)',
      'just (say|admit) {you} #Adverb? (are|were|do not|did not|never|want|wanted|hate|are bored|are done|are over)',
      '{you} change (your|ur) mind like',
    ],
    severity: 'high',
    skipIf: (m) =>
      conditional(m) || LAUGHING.test(m.sentence) && !hasWord(m.sentence, NEGATIVE_WORDS) ||
      // "did you even eat today?", "do you ever think about moving abroad?": care and curiosity
      (/(do|did|does) (you|u) (even|ever)/.test(m.phrase) && (/ever$|ever (think|notice|read)$/.test(m.phrase) && !/\b(me|us|what i|anything i|a word)\b/.test(m.after))) ||
      (/^the (most|least)/.test(m.phrase) && isPraise(m)),
  },
  // a complaint filed under "as usual": "my opinion wasn't needed, as usual", "you forgot, like always"
  {
    reason: 'assume-typical',
    match: '(as|like) (usual|always)$',
    severity: 'medium',
    skipIf: (m) => isPraise(m) || LAUGHING.test(m.sentence) || !/\b(not|never|no|nobody|nothing|forgot|forgotten|ignored|late)\b|n't\b/.test(m.sentence) || /\b(i|i'm|im|i'll|ill|i've)\b/.test(m.sentence),
  },
  // a pleasure read into their bad behaviour: "you love playing the martyr", "you just love having
  // something to grumble about", "you love bossing me about" (not "you love playing football")
  {
    reason: 'assume-mind-reading',
    keepInPraise: true,
    match: '{you} (just|really|obviously|clearly|secretly|so)? (love|loves|enjoy|enjoys) (playing|being|making|having|feeling|bossing|winding|picking|starting|twisting|rubbing|pointing|correcting|telling|acting|looking)',
    severity: 'high',
    skipIf: (m) => !RELISHED_FAULT.test(m.phrase.replace(/^.*?\b(love|loves|enjoy|enjoys)\s+/, '') + m.after) || conditional(m) || (m.question && YES_NO.test(m.sentence)) || LAUGHING.test(m.sentence) || affectionate(m.sentence),
  },
  // a decision read into them: "you've already decided it was me", "you've obviously made your mind
  // up", "you've clearly been plotting this for months" (not "have you decided?", "you've already booked? star")
  {
    reason: 'assume-mind-reading',
    match: [
      '{you} (have)? (already|obviously|clearly|evidently|apparently) (decided|made up|made your mind|made ur mind|said yes|been planning|chosen|picked a side|taken)',
      '{you} (have)? (already|obviously|clearly) (decided|made up your mind) (about me|that i|it was|it is|i am|i was|i\'m)',
      // "you've obviously already decided"
      '{you} (have)? (obviously|clearly|evidently|apparently) already (decided|made up|made your mind|made ur mind|chosen)',
    ],
    severity: 'medium',
    skipIf: (m) => m.question || conditional(m) || (/taken$/.test(m.phrase) && !/^\s*(their|his|her|your mum's|ur mum's) side\b/.test(m.after)) || hasWord(m.sentence, DELIGHT_WORDS) || LAUGHING.test(m.sentence) || /\b(great|good|perfect|brilliant|amazing|nice|thank|thanks|yay|phew)\b/.test(m.sentence),
  },
  // "I'm fine. not that you'd notice", "not that you care": a sigh that files them under indifference
  {
    reason: 'assume-dont-care',
    match: '(not that|like) {you} (would|will|ever|even|actually|really|d|had)? (even|actually|ever|really)? (notice|noticed|care|cared|listen|remember|mind|understand|bother|ask|asked)',
    severity: 'medium',
    skipIf: (m) => m.question || LAUGHING.test(m.sentence) || affectionate(m.sentence) || /^like/.test(m.phrase) && !/^\W*$|^\W*(anyway|though|lol)\b/.test(m.after) && !/^\W*(yeah|oh|as if|and)?\W*like/.test(m.sentence),
  },
  // remembered only now: "oh look, you remembered I exist", "oh now you're keen"
  {
    reason: 'assume-typical',
    match: ['{you} (remembered|remember|realised|realized|noticed|found out) (that)? i (exist|exists|am alive|live here|have a phone)', '(look who|someone|somebody) (has|finally|just|suddenly)? (remembered|remembers|realised|realized) (that)? (i|we|they) (exist|exists|am alive|are alive|have)',
      '^(oh|so|and|ok|okay|wow|ah)? (so)? now {youare} (interested|bothered|free|talking to me|speaking to me|keen)'],
    severity: 'medium',
    skipIf: (m) => m.question && YES_NO.test(m.sentence) || LAUGHING.test(m.sentence) && !/[🙄😒🙃]/u.test(m.sentence),
  },
  // their excuse in eye-rolling quotes: "sure you were 'stuck at work' 🙄", "right. 'sick'.", "sure, 'traffic'"
  {
    reason: 'assume-typical',
    keepInPraise: true,
    match: ['^(oh|yeah|ok|okay|mhm|ah|and)? (sure|right|yeah right|course)', '(but|and|yeah|oh) (sure|right|yeah right)'],
    severity: 'medium',
    skipIf: (m) => !SCARE_QUOTED.test(m.after) || (LAUGHING.test(m.sentence) && !/[🙄😒🙃]/u.test(m.sentence)) || affectionate(m.sentence),
  },
  // a one-word verdict on their excuse: "how convenient", "very convenient 🙄", "convenient, as always"
  {
    reason: 'assume-typical',
    match: '^(how|very|oh|well|yeah|hm|hmm|wow|ok|so)? (convenient|conveniently)',
    severity: 'medium',
    skipIf: (m) => !/^[\s.…]*([🙄😒🙃]\s*)*$/u.test(m.after) && !/^[\s.,;:—–-]+[^.!?]*\b(you|u|ur|your|always|never|every time|when)\b/.test(m.after),
  },
  // sarcastic wonder: "what a surprise 🙄", "oh a miracle 🙄", "shocker. who knew"
  {
    reason: 'assume-typical',
    match: ['^(oh|wow|well|and)? (what a|a) (surprise|shock|shocker|miracle)', '^(oh|wow|well)? (shocking|shocker|colour me shocked|color me shocked|who would have thought|who would of thought|never seen that before)'],
    severity: 'medium',
    skipIf: (m) => /!/.test(m.sentence) && !/[🙄😒🙃]/u.test(m.sentence) || !/^[\s.…]*([🙄😒🙃]\s*)*$|^[\s.,…]+(never seen|where else|who knew|as usual|again|you|u)\b/u.test(m.after) || LAUGHING.test(m.sentence) || affectionate(m.sentence) || hasWord(m.sentence.replace(m.phrase, ' '), DELIGHT_WORDS),
  },
  // where they rank the speaker, said through the speaker's voice: "clearly my opinion doesn't count",
  // "guess we know who your priority is", "you don't think my time matters", "more important than me clearly"
  {
    reason: 'assume-priorities',
    keepInPraise: true,
    match: [
      'my (opinion|opinions|feelings|time|needs|input|view|views|say) (clearly|obviously|apparently)? (does not|do not|never) (count|counts|matter|matters)',
      '(guess|so) (we|i) (know|see) (who|what) (your|ur) (priority|priorities|favourite|favorite) (is|are)',
      '{you} #Adverb? (do not|never) think (my|our|i|we) .{0,2} (matter|matters|count|counts)',
      '(clearly|obviously|apparently) more important than (me|us|your own|your family|your wife|your husband|your kids|your sister|your brother|your mum|your dad)',
      'more important than (me|us|your own|your family) (clearly|obviously|apparently)',
      'more important than (your|ur) own #Noun (clearly|obviously|apparently)',
    ],
    severity: 'medium',
    skipIf: (m) => conditional(m) || OWN_WORRY.test(m.before) || (m.question && YES_NO.test(m.sentence)) || /\b(not|never|nothing|no one|nobody)\s*$/.test(m.before) || LAUGHING.test(m.sentence) && !/[🙄😒🙃]/u.test(m.sentence),
  },
  // "you're always 'busy' when it's me", "funny, work's always mental when it's something for me"
  {
    reason: 'assume-priorities',
    match: '(always|never|only) .{0,5} when (it is|its|it was) (me|my|for me|something for me|about me|something i|our)',
    severity: 'medium',
    skipIf: (m) => conditional(m) || m.question || isPraise(m) || hasWord(m.sentence, DELIGHT_WORDS) || affectionate(m.sentence) || LAUGHING.test(m.sentence),
  },
  // a motive put in place of their reason: "you just didn't want to come", "you just don't think it matters"
  {
    reason: 'assume-mind-reading',
    match: '{you} (just|simply|obviously|clearly) (did not|do not|never) (want|wanted|think|like|feel like|fancy|bother)',
    severity: 'medium',
    skipIf: (m) => conditional(m) || m.question || /\b(so|if|maybe|i know|i get it|that's|thats)\s*$/.test(m.before) || /\b(fine|fair|ok|okay|no worries|that's ok|thats ok|totally get|i get it|understand|sweet|kind|thoughtful|no pressure)\b/.test(m.sentence) || /^\s*(to )?(wake|worry|bother|disturb|upset|burden|stress|rush|overdo)\b/.test(m.after) || affectionate(m.sentence),
  },
  // A guess at what they will say, made for them: "let me guess, you forgot again", "let me guess,
  // I'm the problem as usual" (not "let me guess, a puppy?! 😍" or "let me guess, pizza lol").
  {
    reason: 'assume-mind-reading',
    // (the whole guess is the span: a rewrite must not keep "you forgot again" after it)
    match: ['^(ok|okay|oh|so|right|and)? let me guess {you} .+', '^(ok|okay|oh|so|right|and)? let me guess (i am|your|ur) .+'],
    severity: 'medium',
    skipIf: (m) => !(hasWord(m.phrase.replace(/^.*?guess/, ' '), NEGATIVE_WORDS) || /\b(even|again|anyway|as usual|always|never|less|nothing|not|forgot|busy|tired|too)\b|n't\b/.test(m.phrase.replace(/^.*?guess/, ' '))) ||
      /\?/.test(m.sentence) || LAUGHING.test(m.sentence) || affectionate(m.sentence),
  },
  // A fault that is always being hunted for, or a disappointment that never ends: "you're always
  // looking for a reason to be jealous", "you're always disappointed in me" (not "you're always
  // looking for ways to help ❤️": the caring purpose is praise, and affection clears it).
  {
    reason: 'assume-always-never',
    match: [
      '{youare} (always|constantly|forever) (looking|hunting|searching|fishing|waiting) for (reasons|excuses|faults|problems|trouble|an excuse|a reason|any excuse|any reason|an argument|a way out|an out|the worst)',
      '{youare} (always|constantly|forever) (looking|hunting|searching|fishing|waiting) for something to (moan|complain|pick|argue|blame|be upset|be angry|be jealous|nag)',
      '{youare} (always|constantly|forever) (so)? (disappointed|unhappy|annoyed|angry|mad|critical|irritated|embarrassed|ashamed) (in|with|at|by|of) (me|us)',
    ],
    severity: 'medium',
    skipIf: (m) => conditional(m) || m.question || isPraise(m) || affectionate(m.sentence) || /^\s*(\w+\s+)?(to )?(help|make|cheer|surprise|treat|fix|spoil|cook)\b/.test(m.after) || (LAUGHING.test(m.sentence) && !hasWord(m.sentence.replace(m.phrase, ' '), NEGATIVE_WORDS)),
  },
  // Effort read as unwillingness: "you just can't be bothered", "translation: you couldn't be bothered
  // with us" (not "if you can't be bothered to cook, let's get takeaway", "can't be bothered either lol").
  {
    reason: 'assume-dont-care',
    match: '{you} (just|obviously|clearly|simply|never|really)? (can not|cannot|could not|can never) be bothered',
    severity: 'medium',
    skipIf: (m) => conditional(m) || /^\W*(if|when)\b/.test(m.sentence) || m.question || LAUGHING.test(m.sentence) || affectionate(m.sentence),
  },
  // A lifelong verdict in the perfect: "you've never liked my dad", "you've never stuck at anything",
  // "you've never once helped" (not "you've never looked better", "you've never tried sushi?!").
  {
    reason: 'assume-always-never',
    match: '{you} have never (even|once|really|actually)? (liked|cared|supported|respected|trusted|stuck|finished|helped|appreciated|bothered|listened|wanted|made an effort|made the effort|tried|backed|defended|stood up)',
    severity: 'medium',
    skipIf: (m) => {
      if (conditional(m) || m.question || hasWord(m.clause.replace(m.phrase, ' '), PRAISE_WORDS) || affectionate(m.sentence) || PLAN_ON_HABIT.test(m.after)) return true;
      // "you've never liked mushrooms, so I left them out": a taste; a person, the speaker or "anything" is a verdict.
      if (/(liked|trusted|respected|supported|backed|defended|appreciated|wanted)$/.test(m.phrase)) return !/^\s*(me|my|us|our|him|her|them|anyone|anybody|any of|a single|anything (i|we)|what i|my family|my friends|a word)\b/.test(m.after);
      if (/(stuck|finished)$/.test(m.phrase)) return !/^\s*(at|with)?\s*(anything|a single|one thing|any)\b/.test(m.after);
      if (/tried$/.test(m.phrase)) return !/^\s*(to (understand|listen|see|help|get along|make an effort|meet me|compromise)|with (me|us|my))\b/.test(m.after);
      return LAUGHING.test(m.sentence);
    },
  },
  // The speaker's absence read into them: "guess the rest of us don't exist to you", "I clearly don't
  // matter to you" (not "we don't exist when you're gaming lol").
  {
    reason: 'assume-priorities',
    keepInPraise: true,
    match: [
      '(i|we|the rest of us) (clearly|obviously|apparently)? (do not|dont) (exist|matter|count) (to|for) {you}',
      '(guess|clearly|obviously|apparently|so) (i|we|the rest of us) (do not|dont) (exist|matter|count)',
    ],
    severity: 'medium',
    skipIf: (m) => OWN_WORRY.test(m.before) || conditional(m) || /\?/.test(m.sentence) || (LAUGHING.test(m.sentence) && !/[🙄😒🙃]/u.test(m.sentence)) || affectionate(m.sentence),
  },
  // A rhetorical "why would you care": "why would you care, you were out all night" (not "why would you
  // care what they think? you're wonderful", a reassurance).
  {
    reason: 'assume-dont-care',
    match: '^(and|so|oh|well)? why would {you} (even|ever)? (care|notice|bother to ask|remember)',
    severity: 'medium',
    // ("why would you care?" alone may ask; the verdict follows it: "why would you care, you were out")
    skipIf: (m) => /^\s*\?/.test(m.after) || /^\s*(what|about what|how|if) (they|he|she|people|others|anyone|everyone|other people|strangers)\b/.test(m.after) || LAUGHING.test(m.sentence) || affectionate(m.sentence) || hasWord(m.sentence, PRAISE_WORDS),
  },
  // Disbelief in what they think of themselves: "you genuinely think you're better than me", "you
  // actually think you're the only one who works" (a yes/no question asks; a laugh teases).
  {
    reason: 'assume-mind-reading',
    match: '{you} (really|genuinely|honestly|actually|seriously|obviously|clearly|truly) think {youare} (so|better|smarter|perfect|always|never|above|the only|special|superior|right about everything|a saint|the victim|hard done)',
    severity: 'medium',
    skipIf: (m) => conditional(m) || (m.question && YES_NO.test(m.sentence)) || (LAUGHING.test(m.sentence) && !/[🙄😒🙃]/u.test(m.sentence)) || affectionate(m.sentence),
  },
  // "what do you need this time?", "what have you broken this time": a motive presumed from the past
  // (not "what are we cooking this time? 😋").
  {
    reason: 'assume-typical',
    match: [
      // ("what do you need this time?" may be a shopping run: only a fault or a motive counts)
      'what (did|have|are|is) {you} (done|broken|forgotten|after|hiding) this time',
      'what (are|is) {you} (feeling)? (guilty|sorry|apologising|apologizing) (about|for) this time',
    ],
    severity: 'medium',
    skipIf: (m) => LAUGHING.test(m.sentence) || affectionate(m.sentence) || hasWord(m.sentence, DELIGHT_WORDS),
  },
  // A fault filed as their habit: "you're twisting it like you always do", "you'll bail like you always
  // do" (not "you'll smash it like you always do!").
  {
    reason: 'assume-typical',
    match: '(like|as) {you} always (do|does|did)',
    severity: 'medium',
    skipIf: (m) => !/^[\s.!…🙄😒🙃]*$/u.test(m.after) || !(hasWord(m.sentence, NEGATIVE_WORDS) || /\b(twist|twisting|twisted|blame|blaming|lie|lying|lied|forget|forgot|ignore|ignoring|ignored|bail|bailed|cancel|cancelled|canceled|leave|leaving|walk (away|off|out)|run off|excuses|flake|flaked|vanish|disappear|sulk|sulking|storm off|change the subject|changing the subject|turn it|make it about you|not|never)\b|n't\b/.test(m.sentence)) ||
      isPraise(m) || LAUGHING.test(m.sentence) || affectionate(m.sentence) || m.question,
  },
  // Trust or care denied them by order: "don't act like you actually trust me", "don't pretend you even
  // care" (not "don't act like you didn't love it 😂").
  {
    reason: 'assume-dont-care',
    match: '(do not|dont|stop) (act|acting|pretend|pretending) (like|that)? {you} (actually|even|really|ever)? (care|cared|trust|trusted|listen|listened|mind|notice|noticed|remember|give|miss|missed|love|want)',
    severity: 'medium',
    skipIf: (m) => LAUGHING.test(m.sentence) || affectionate(m.sentence) || !/(actually|even|really|ever)/.test(m.phrase) && !/^\s*(me|about me|us|about us|a damn|a shit|a toss)\b/.test(m.after),
  },
  // Caught making time elsewhere: "oh so you had time for the gym", "so you found time for your mates"
  // (not "oh so you had time for a nap! good 😊").
  {
    reason: 'assume-priorities',
    match: '^(oh|ah|wow|ok|okay|right|and)? so {you} (had|have|found|find|made|make) time (for|to)',
    severity: 'medium',
    skipIf: (m) => m.question || /!/.test(m.sentence) || LAUGHING.test(m.sentence) || affectionate(m.sentence) || hasWord(m.sentence, DELIGHT_WORDS),
  },
];

/** Words of a game or a dare: banter about winning, not a motive read into a quarrel. */
const GAME = /\b(rematch|best of (three|3|five|5)|game on|bring it|winner|high ?score|scrabble|chess|monopoly|mario ?kart|fifa|quiz|cards|round two|again\?|loser buys|you'?re on)\b/;

/** A fault they would relish, after "you love…": "playing the martyr", "having something to moan about". */
const RELISHED_FAULT = /^(playing|being|acting) (the )?(martyr|victim|saint|hero|innocent|injured party|bigger person|favourite|favorite|boss|perfect one|good one)\b|^(making|having|feeling|being|looking for|picking|starting|twisting|rubbing|pointing|correcting|telling|bossing|winding|acting)\b.{0,40}\b(me (out|feel (bad|guilty|small|stupid))|out to be|moan|complain|whinge|whine|argue|hard done by|sorry for yourself|superior|right|about|a fight|fights|an argument|arguments|drama|a scene|it in|my mistakes|everything|me up|me wrong|what i did wrong|the problem|the bad guy|a point)\b/;
/** The partner's own word set in scare quotes: "'busy'", "'stuck in traffic'", "‘late meeting’". */
const SCARE_QUOTED = /^[\s,.]*((you|u)\s+((were|was|are|did|have|had|'re)\s+)?)?(just\s+)?['‘"“][a-z][a-z ']{1,25}['’"”]/;

/** What replaces the state they gave ("not busy, just…") when it is a motive read into them. */
const DENIED_FOR_A_MOTIVE = new RegExp(
  String.raw`^\W*(but\s+)?(you|u|ur)\s*(are|r|'re|re)?\s+(just|only|really|actually|simply|obviously|clearly)\s+(not into|over|done with|sick of|tired of|bored|avoiding|ignoring|lazy|hungover|scared|making excuses|sulking|hiding|lying|using|punishing|mad|pissed|annoyed|jealous|selfish|stalling|pretending|faking|being|trying to|don't|dont|do not|want|need)\b`,
);

/**
 * Someone else's words reported: "she said you never listen", "my mum reckons you're lazy". The
 * speaker passes on a story; whether they hold it is for the next clause ("…but that's not true").
 */
export const REPORTED_BY_OTHER = /\b(she|he|they|someone|somebody|everyone|everybody|people|mum|mom|mam|dad|\w+'s (mum|mom|dad|friend|sister|brother)|your (mum|mom|mam|dad|sister|brother|friend|friends|mate|mates|boss)|my (mum|mom|mam|dad|sister|brother|friend|friends|mate|mates|boss|therapist))\s+(said|says|told (me|us|her|him|them)|thinks|thought|reckons|reckoned|claims|claimed|keeps saying|was saying|is saying)( that)?\s*$/;

export const assumption: RuleFamily = {
  category: 'assumption',
  negatable: true,
  praiseVeto: true,
  rules: rules.map((r) => ({ ...r, skipIf: (m: MatchContext) => REPORTED_BY_OTHER.test(m.before) || (r.skipIf?.(m) ?? false) })),
};
