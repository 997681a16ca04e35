import { DELIGHT_WORDS, hasWord, PROBLEM_WORDS } from '../lexicon';
import type { MatchContext, Rule, RuleFamily } from './types';

/**
 * Speed: solutions, instructions or minimising offered before the feeling is acknowledged.
 * Whether an acknowledgement came first is decided across the whole draft (combine.ts), so these
 * rules only have to recognise advice and minimising themselves.
 */

/** A word right before the match that turns advice into a condition, wish or report. */
const HYPOTHETICAL = /\b(if|wish|wished|so|that|how|what|where|when|whenever|unless|until|hope|hoped|think|thought|maybe if)\s*$/;
/**
 * "you never told me you could sing", "I didn't know you could cook", "who knew you could dance":
 * "you could" in a report or surprise states an ability, it does not advise ("I guess you could…"
 * and "I bet you could…" hedge advice, so they are not listed).
 */
const DISCOVERED = /\b(told me|tell me|know|knew|no idea|reali[sz]e|reali[sz]ed|heard|said|says|remember|forgot|since when|wow|saw|see|seen|found out|learned|learnt|proud)\b[^,;:.!?]*$/;
/** Fillers allowed before an imperative at the start of a clause ("ok so just try…"). */
const CLAUSE_START = /^(\s|[^\w\s]|\b(oh|ok|okay|well|so|and|then|honestly|also|but|now|first|hey|man|dude|friend|hun|honey|sweetie|babe|lol|haha|please|just|really|definitely|maybe|perhaps|seriously|look|listen|yeah|yes|no|sure|instead|otherwise|still|always|mate|bro|girl|omg|plus|hmm+|um+|uh+|next time|for now|in the meantime)\b)*$/;
/** Verbs that open a clause without advising: wishes, thanks, feelings, asking to hear more ("please explain what happened"). */
const NOT_A_FIX = /^(like|explain|elaborate|describe|let's|lets|let|enjoy|chat|fuck|screw|damn|d|wait|pray|time|right|point|look|atleast|well|ok|okay|good|great|hope|thank|thanks|love|miss|see|imagine|guess|know|mind|hear|want|sound|seem|bless|welcome|congratulate|wish|feel|say|believe|mean|think|remember|understand|hug|sending|is|are|was|be|do|does|did|can|could|would|will|should|must|may|might|had|has|sorry|ugh|oh|omg|wow|aw|aww|awh|ah|ahh|ooh|yay)$/;
/** An imperative aimed at the speaker ("tell me", "let me help") is a request, not advice. */
const OBJECT_ME = /^\s*(me|us|me,|myself)\b/;

const lastWord = (m: { terms: { normal: string }[] }) => m.terms[m.terms.length - 1]?.normal ?? '';

/** Verbs of an errand: "grab milk", "bring the charger", "pick up the parcel". */
const ERRAND = /^(bring|grab|pick|buy|get|send|pay|book|charge|fill|collect|drop|order|return|sign|pack|print|borrow|lend)$/;
/** Verbs of a taste or a sight: "you should see this pigeon", "you should try the new ramen place". */
const TASTE = /^(see|hear|watch|taste|try|read|listen)$/;
/** …unless the object is help for a problem: "see a doctor", "try therapy", "try yoga for the stress". */
const REMEDY = /^\s*(a |an |your |the )?(doctor|gp|therapist|counsell?or|professional|someone|somebody|specialist|nurse|therapy|counselling|counseling)\b/;
/** An errand, a taste or a sight with no problem named in the sentence. */
function errandOrTaste(m: { terms: { normal: string }[]; after: string; sentence: string }): boolean {
  const w = lastWord(m);
  if (!ERRAND.test(w) && !TASTE.test(w)) return false;
  // "try to join a choir", "bring this up with HR", "see a vet": advice whatever the object
  if (/^\s*(to|it up|this up|that up|up|a|an)\b/.test(m.after)) return false;
  return !REMEDY.test(m.after) && !hasWord(m.sentence, PROBLEM_WORDS);
}
const notClauseStart = (m: { before: string }) => !CLAUSE_START.test(m.before);
/**
 * Cheering a plan on: "you should totally do it", "you should go for it!", "you should enter,
 * you'd smash it". A fix only after a shared feeling ("I'm miserable, thinking of quitting").
 */
function cheering(m: { terms: { normal: string }[]; after: string; phrase: string }): boolean {
  const w = lastWord(m);
  if (/\bjust\b/.test(m.phrase)) return false; // "you should just do it" pushes
  if (/^(do|go)$/.test(w)) return /^\s*(it|for it)\b/.test(m.after);
  return /^(enter|apply|audition|sign)$/.test(w) && /\b(totally|definitely|deffo|def|so|100%)\b/.test(m.phrase);
}
/** "you shouldn't have!", "aww you shouldn't have x thank you": thanks for a gift, not advice. */
const THANKS_FOR_GIFT = (m: { phrase: string; after: string }) =>
  /(not|n't)\s+have$/.test(m.phrase) && /^[\s!.x❤😍🥰🥹😭]*($|(thank|thanks|ty|aw+|omg|it's (beautiful|lovely|perfect|gorgeous)|i love)\b)/iu.test(m.after);
/**
 * A day or a time on an outing or a taste makes it a plan: "try the noodle bar on friday", "go to the
 * lake this weekend" ("ask him tomorrow" after "he lied" still advises: only these verbs are plans).
 */
const PLAN_VERB = /^(try|go|grab|get|see|watch|book|order|meet|come|visit|eat|drink|pick|check|head|pop)$/;
const PLAN_TIME = /\b(tonight|tomorrow|this (weekend|week|evening|afternoon|morning)|next (week|weekend)|on (mon|tues|wednes|thurs|fri|satur|sun)day|(mon|tues|wednes|thurs|fri|satur|sun)day|at \d|for (dinner|lunch|breakfast|brunch|drinks))\b/;

/**
 * The speaker takes the job on in the same sentence: "leave the bins, I'll do them", "don't worry about
 * the dishes, I've got them", "relax, I already booked it". Care given, not a fix handed over.
 */
const SPEAKER_TAKES_IT =
  /\b(i'll|ill|i will|i'm gonna|im gonna|i am going to|let me|i can|i'll just|ill just) (do|sort|handle|get|grab|pick|take care of|deal with|wash|clean|cook|bring|drive|cover|pay|book|take|fix|ring|call|text|collect|tidy|make)\b|\b(i've|ive|i have|i|we've|we) (already |just )?(got|booked|paid|done|sorted|bought|picked up|cleaned|washed|fixed|ordered|handled|covered|topped up|renewed|rang|called|emailed|cancelled|moved) (it|them|this|that|the|everything)\b|\b(i've|ive|i have|i|we've|we) (already |just )?topped (it|them|this|that|the \w+) up\b|\bi('ve| have)? got (it|this|them)\b/;
/** "let's grab dinner", "let us know": a plan together or a request, not advice. */
const LETS = (m: { phrase: string; after: string }) => /\blet('s|s| us)\b|\blet$/.test(m.phrase) && /^('s|s\b|\s*us\b|'s)/.test(m.after) || /\blet's|\blets\b/.test(m.phrase);

/**
 * Wishes and fond words that take an imperative's shape: "sleep well babe", "sleep tight", "get home
 * safe x", "feel better soon", "have fun!!", "come here", "come cuddle". After a message that carried a
 * feeling they comfort or say goodbye; they do not fix.
 */
function signOff(m: { terms: { normal: string }[]; after: string }): boolean {
  const w = lastWord(m);
  const a = m.after;
  return (
    /^(sleep|rest)$/.test(w) && /^\s*(well|tight|sound|easy)\b/.test(a) ||
    /^(get|feel)$/.test(w) && /^\s*(well|better)\b/.test(a) ||
    /^(get|drive|fly|travel|stay|ride)$/.test(w) && /^\s*(home )?(safe|safely|warm)\b/.test(a) ||
    // ("have a good cry" is a fix: only the wishes for a time are listed)
    w === 'have' && /^\s*(fun|a (good|great|lovely|nice|safe) (time|night|day|trip|flight|one|evening|weekend))\b/.test(a) ||
    w === 'take' && /^\s*care\b/.test(a) ||
    w === 'come' && /^\s*(here|cuddle|hug|give me|over|home|back to bed|to bed|lie with me|sit with me|and (cuddle|hug|see me|let me))\b/.test(a)
  );
}

/**
 * Chat drops the question mark and the imperative looks like a question: "have a hot bath", "do some
 * yoga" open with the auxiliary that "have you eaten", "do you want…" open with. Without "?" they ask
 * only when a subject follows the auxiliary.
 */
const asks = (m: { question: boolean; sentence: string }) =>
  m.question &&
  !(/^\W*(have|do)\b/.test(m.sentence) && !m.sentence.includes('?') &&
    !/^\W*(have|do)\s+(you|u|ya|i|we|he|she|they|there|anyone|anybody|someone|somebody|everyone|people|your|ur)\b/.test(m.sentence));

/**
 * What a tired or stressed partner is told they "need": "u need a holiday", "you just need a good
 * night's sleep", "u need some fresh air". ("u need a hug" offers comfort, so hugs are not listed.)
 */
const REMEDY_NOUN = /^\s*(a |an |some |more |to get |to have )?((good|proper|long|hot|big|little|nice|real|quick|new|early|decent|whole|full|solid|few) )*(night's |nights |days )?(holiday|vacation|break|nap|sleep|rest|lie in|lie-in|drink|therapist|therapy|counsellor|counselor|day off|days off|night out|night in|walk|bath|shower|hobby|distraction|change of scenery|fresh air|job|boyfriend|girlfriend|bf|gf|cup of tea|tea|snack|meal|weekend away|spa day|massage|time off|time out|early night|perspective|reality check|vent|cry)\b/;

/**
 * "go celebrate!! you earned it", "u need a drink to celebrate lol": an imperative in a sentence
 * that celebrates. (A message of good news can carry a feeling too: "i was so nervous but i passed".)
 */
const CELEBRATES = /\b(celebrat\w*|congrat\w*|earned it|deserve it|deserved it|well done|so proud|happy for you)\b/;

/** A fond word after "stop being so…" teases ("stop being so cute"): not a fix. */
const FOND = /^\s*(so |such a |this |that )?(cute|perfect|adorable|sweet|nice|funny|amazing|handsome|pretty|gorgeous|hot|smart|wonderful|kind|lovely|charming|cool|good at|clever|talented|beautiful|sexy|hilarious|extra|dramatic lol|a sweetheart)\b/;

/** Verbs whose bare imperative is advice about coping: "try to sleep", "focus on yourself". */
export const ADVICE_VERBS = [
  'try', 'talk', 'focus', 'keep', 'remember', 'seek', 'reach', 'give', 'stop', 'consider', 'learn',
  'build', 'ignore', 'quit', 'pray', 'make sure', 'let it go', 'let go', 'move on', 'think about',
  'think positive', 'indulge', 'foster', 'accept', 'forget', 'avoid', 'breathe', 'exercise', 'meditate',
  'journal', 'lean', 'speak', 'distract', 'practice', 'practise', 'confront', 'report', 'complain',
  'be positive', 'be patient', 'be strong', 'be happy', 'be grateful', 'stay positive', 'hang in',
  'toughen up', 'man up', 'grow up', 'have faith', 'trust', 'treat yourself', 'look after',
  'reach out', 'open up', 'let him know', 'let her know', 'let them know',
  'be gentle', 'be kind to yourself', 'go easy on yourself', 'walk away', 'take a break', 'step back',
  'step away', 'sleep on it', 'give it time', 'give yourself', 'write it down', 'get some rest', 'get some sleep',
  // "take a deep breath first", "take a step back from it all": calming advice whatever came before ("take" alone is an errand verb)
  'take a breath', 'take a deep breath', 'take a step back', 'take some time for yourself', 'take time for yourself',
];
/**
 * Verbs that are just as often errands ("take the bins out", "call me later", "ask him if he wants
 * pizza"): their bare imperative counts only after a message that carried a feeling.
 */
export const ERRAND_VERBS = [
  'tell', 'ask', 'go', 'get', 'take', 'find', 'call', 'stay', 'write', 'join', 'leave', 'sleep', 'contact',
  'set', 'put', 'invest', 'sell', 'buy', 'search', 'apply', 'plan', 'start', 'use', 'visit', 'see a',
  'cut', 'block', 'delete', 'dump', 'break up', 'wait', 'sit down', 'drink', 'eat', 'go out', 'get out',
  'spend', 'volunteer', 'let', 'look into', 'look for', 'check out', 'treat',
];
// compromise matches a set of single words fast but a set of phrases slowly, so each phrase
// becomes its own pattern (skipped outright by the sweep unless all its words are present).
const words = (list: string[]) => `(${list.filter((v) => !v.includes(' ')).join('|')})`;
const phrases = (list: string[], prefix = '') => list.filter((v) => v.includes(' ')).map((p) => `${prefix}${p}`);
const ADVICE_VERB_PATTERN = words([...ADVICE_VERBS, ...ERRAND_VERBS]);

/** "give her a scratch from me", "send him a hug from us": affection passed on, not a fix. */
function passesOnAffection(m: MatchContext): boolean {
  return /^(give|send|say|tell)$/.test(lastWord(m)) && /\bfrom (me|us)\b/.test(m.after);
}

/**
 * compromise reads some verbs opening a sentence as nouns ("Talk to her about it", "Reach out to
 * your GP"): followed by a preposition that only a verb takes there, they are the imperative.
 * ("talk to you later" is a goodbye and "talk to me" asks to hear more, so "you" and "me" are
 * excluded; "talk about lucky!" is an idiom, so "about" needs an object.)
 */
function nounReadImperative(m: MatchContext): boolean {
  return /^(talk|speak|reach|focus|lean|vent|open|work|write|journal|exercise|rest|practice|practise)$/.test(lastWord(m)) &&
    /^\s*(to|with|out|on|up|through|it (out|through)|about (it|this|that|how|what|your|the|them|him|her|things))\b(?!\s+(you|u|ya|me|us)\b)/.test(m.after);
}

/**
 * "just stay at mine tonight", "crash at ours", "come stay with us", "leave the car at ours": the
 * speaker's home offered, care rather than a fix.
 */
const OFFERS_HOME = (m: MatchContext) =>
  (/^(stay|sleep|crash|come)$/.test(lastWord(m)) && /^\s*(and )?(stay |sleep |crash )?(over |the night |round )?(at |over at |with |round |to )?(mine|ours|my (place|flat|house|mum's)|our (place|flat|house)|me|us)\b/.test(m.after)) ||
  (/^(leave|park|drop|keep|store|bring)$/.test(lastWord(m)) && /^\s*(the |your |it |them |her |him )?(\w+ )?(at|in|round|outside) (mine|ours|my (place|flat|house|drive|garage)|our (place|flat|house|drive|garage))\b/.test(m.after));

/** "stop, you're making me blush", "stop it you 😭": a fond protest at praise, not an instruction. */
const FOND_STOP = (m: MatchContext) => lastWord(m) === 'stop' && /^\s*(it)?\s*[,!.]*\s*(you|you're|ur|youre|u)\b/.test(m.after) && !/\b(stop) (it )?[,!.]*\s*(you|u)('re| are)? (being|so|such)\b/.test(m.sentence);

function imperativeSkip(m: MatchContext): boolean {
  return (
    OFFERS_HOME(m) || FOND_STOP(m) ||
    notClauseStart(m) || OBJECT_ME.test(m.after) ||
    passesOnAffection(m) || SPEAKER_TAKES_IT.test(m.sentence) || LETS(m) ||
    // "take the bins out?" asks; "maybe just try the early bus?" hedges advice with a rising tone
    (m.question && !/\b(maybe|perhaps)\b/.test(m.before)) ||
    // "maybe try the noodle bar on friday?": a plan with a day on it, about no problem
    PLAN_VERB.test(lastWord(m)) && PLAN_TIME.test(m.after) && !hasWord(m.sentence, PROBLEM_WORDS) ||
    // "take care x", "get well soon", "sleep well babe", "sleep tight": sign-offs
    /^(take|get)$/.test(lastWord(m)) && /^\s*(care|well soon)\b/.test(m.after) || signOff(m) ||
    CELEBRATES.test(m.sentence) ||
    // "stop being so cute": teasing
    lastWord(m) === 'stop' && /^\s*being\b/.test(m.after) && FOND.test(m.after.replace(/^\s*being/, '')) ||
    !m.terms.some((t) => t.tags.has('Verb') || t.tags.has('Imperative')) && !nounReadImperative(m) ||
    // "stop it!", "go home!", "forget it", "wait a minute": commands in a row, not advice
    // "wait WHAT", "wait, really?": surprise, not patience advised
    lastWord(m) === 'wait' && /^\s*([.!?,]|(what|wtf|huh|really|seriously|whoa|hold on|how|why|who|when|is|are|did|do|does|you|u|he|she|they|no|so)\b)/i.test(m.after) ||
    (/^(stop|forget|go|get|wait|leave|come|take)$/.test(lastWord(m)) &&
      /^\s*(it|home|out|away|back|a minute|a sec|a second|up|down|here|there|now|lost)\b/.test(m.after)) ||
    /^\s*(a|an|the|it|this|that|my|your|his|her|their|one|some|me|up|out|home|back|away|bored|\.|,|!)?\s*$/.test(m.after) && /^(get|go|keep|leave|take|start|stop|set|put)$/.test(lastWord(m))
  );
}

const rules: Rule[] = [
  // "you should just talk to him", "u shouldnt worry", "you should probably avoid him for a while"
  {
    reason: 'advice-should',
    match: '{you} should not? #Adverb? #Adverb? #Verb',
    severity: 'medium',
    // "you should see the view from here!" is enthusiasm, "you should come over!" an invitation,
    // "what you should do" a report.
    skipIf: (m) =>
      (/^(see|hear|watch|taste|try)$/.test(lastWord(m)) && /!\s*\W*$/.test(m.sentence)) ||
      errandOrTaste(m) || cheering(m) || THANKS_FOR_GIFT(m) ||
      /^(come|join|visit|stop by|meet)$/.test(lastWord(m)) ||
      /\b(what|if)\s*$/.test(m.before) ||
      /^(be|have)$/.test(lastWord(m)) && /^\s*(so |really |very |super )?(proud|fine|ok|okay|good|been|seen|nothing|no reason|no need)\b/.test(m.after),
  },
  // "you could always try a night class", "you could borrow my bike", "u could look for the hole"
  {
    reason: 'advice-could',
    match: '{you} could #Adverb? #Adverb? #Infinitive',
    severity: 'medium',
    skipIf: (m) => /^(be|have|'ve)$/.test(lastWord(m)) || HYPOTHETICAL.test(m.before) || DISCOVERED.test(m.before),
  },
  // "you could even set up a walking club", "u could even ask for a transfer" (compromise does not read
  // the verb after "even" as an infinitive; "you could even see the sea from our room" is a sight)
  {
    reason: 'advice-could',
    match: '{you} could even #Verb',
    severity: 'medium',
    skipIf: (m) => /^(be|have|'ve|tell|smell|feel|hear|see)$/.test(lastWord(m)) || HYPOTHETICAL.test(m.before) || DISCOVERED.test(m.before) || errandOrTaste(m) || m.question,
  },
  // "you can always change teams later", "you can just ignore it", "you can still apply next year"
  {
    reason: 'advice-can',
    match: '{you} can (always|just|also|still) #Verb',
    severity: 'medium',
    skipIf: (m) => HYPOTHETICAL.test(m.before) || /^(be|have|see|tell)$/.test(lastWord(m)),
  },
  // "you can try talking to her", "u can try melatonin"
  {
    reason: 'advice-can',
    match: '{you} can (always|just|also|still)? (try|consider)',
    severity: 'medium',
    // (a hedge such as "i reckon you can try the helpline" advises, it reports nothing)
    skipIf: (m) => HYPOTHETICAL.test(m.before) && !/\b(i|i do) (think|reckon|guess|believe)\s*$/.test(m.before),
  },
  // "could you maybe try talking to him?", "would you consider therapy?", "how about trying yoga?"
  {
    reason: 'advice-why-dont',
    match: [
      // ("would you be willing to take your shoes off?" asks permission: a request, not a fix)
      '(could|can|would|will) {you} #Adverb? (try|consider)',
      '(how|what) about (trying|talking|asking|going|taking|getting|calling|reaching|looking|finding|writing|joining|setting|telling|starting|seeing)',
      // "is there a way you could ask for more time?", "is there anyone you could talk to?"
      'is there (a|any|some) way (that)? {you} (can|could|might|may)',
      'is there (anyone|someone|somebody) (else)? {you} (can|could|might) (talk|turn|reach|speak|ask|call|lean)',
    ],
    severity: 'medium',
  },
  // "you must try yoga", "you must not give up" (but "you must be exhausted" is a reflection)
  {
    reason: 'advice-should',
    match: '{you} must not? #Adverb? #Infinitive',
    severity: 'medium',
    skipIf: (m) => /^(be|have|feel|know|think|mean|see)$/.test(lastWord(m)),
  },
  // "you need to set some limits", "you just have to push through", "u gotta let it go"
  {
    reason: 'advice-need-to',
    match: [
      '{you} (two|guys|both|all)? #Adverb? (need|have|got|ought|gotta) to? #Adverb? #Infinitive',
      // "u gotta talk to her": compromise reads "gotta" as "gotta" + implied "got" + "to"
      '{you} (two|guys|both|all)? #Adverb? (have|gotta) . . #Adverb? #Infinitive',
      // "you'll have to find something that relaxes you", "you will need to set limits with him"
      '{you} will #Adverb? (need|have) to #Adverb? #Infinitive',
    ],
    severity: 'medium',
    skipIf: (m) =>
      /\b(if|when|whenever|unless|do|what|whatever|all|everything|anything)\s*$/.test(m.before) ||
      // "you'll have to wait till friday", "you'll have to show me": a plan or a request, not a fix
      /(\bwill|'ll|\byoull|\bull)\b/.test(m.phrase) && /^(wait|show|send|forgive|excuse|pick|bring|get|be|come|tell|teach|see|try|let|meet|book|pay|cook|make|take|ask|have|throw)$/.test(lastWord(m)) && !/^\s*(to|yourself|some help|help|a (break|breath|step|chat|talk|word|conversation|rest))\b/.test(m.after) ||
      // "one of you will have to sleep on the sofa": a plan for a group, not advice to the partner
      /\b(of|one)\s*$/.test(m.before) ||
      OBJECT_ME.test(m.after) || /^(be|have)$/.test(lastWord(m)) && /^\s*(to|done|been)\b/.test(m.after) ||
      // "the support that you need right now", "don't you have plans?": need/have as a main verb, not "need to"
      /\b(need|have|got)\s+(?!to\b)/.test(m.phrase) ||
      // "you've made me look silly": "'ve" is no "have to" (the "gotta" pattern's two wildcards reach it)
      /'ve\s+(?!to\b|got\b)/.test(m.phrase) ||
      // (the "gotta" pattern also reaches "you've got to + verb", which the first pattern never did)
      !/\bgotta\b/.test(m.phrase) && /\b(have|'ve)\s+got\b/.test(m.phrase) ||
      // "you have to admit it was close", "you have to laugh really": a turn of phrase, not an instruction
      // ("you need to give yourself a few weeks", "you have to give it time" advise: only the idiom is left out)
      /^(wonder|admit|laugh|love|imagine|say|hand)$/.test(lastWord(m)) ||
      lastWord(m) === 'give' && !/^\s*(yourself|urself|it (some )?time|them (some )?(time|space)|him (some )?(time|space)|her (some )?(time|space)|it a (go|try|shot))\b/.test(m.after) || errandOrTaste(m) ||
      // "you need to come see the lake, it's unreal": an invitation, like "you should come over"
      /^(come|join|visit|meet)$/.test(lastWord(m)) && !/^\s*(home|back|clean|to terms|forward)\b/.test(m.after) ||
      errandOrTaste(m),
  },
  // The same shapes with an errand or a taste ("you need to bring the charger", "you should try the
  // ramen place") advise only when the partner's message carried a feeling or a problem.
  {
    reason: 'advice-should',
    match: ['{you} should #Adverb? #Adverb? #Verb', '{you} #Adverb? (need|have|got|gotta) to? #Adverb? #Infinitive'],
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) => !(errandOrTaste(m) || cheering(m)) || /\b(if|when|what|whatever|do)\s*$/.test(m.before) || OBJECT_ME.test(m.after),
  },
  // "maybe you should complain to the landlord", "perhaps you could seek out groups"
  {
    reason: 'advice-maybe',
    match: '(maybe|perhaps) {you} #Adverb? (should|could|can|might|need to|just|could always) #Adverb? #Verb',
    severity: 'medium',
    skipIf: (m) => /^(be|have)$/.test(lastWord(m)) && !/^\s*(a|some|more|the)\b/.test(m.after),
  },
  // Advice to a pair: "maybe you two should sit down with a mediator", "perhaps you guys could see someone together"
  // ("maybe you guys should come over" invites)
  {
    reason: 'advice-maybe',
    match: '(maybe|perhaps) {you} (guys|two|both|all) #Adverb? (should|could|can|might|need to) #Adverb? #Verb',
    severity: 'medium',
    skipIf: (m) =>
      /^(be|have)$/.test(lastWord(m)) && !/^\s*(a|some|more|the)\b/.test(m.after) ||
      /^(come|join|visit|meet|pop|swing|drop|stay|sleep)$/.test(lastWord(m)) && !/^\s*(to terms|clean|forward)\b/.test(m.after),
  },
  // The fix as a hedged -ing: "perhaps ringing the GP would be a sensible step?", "maybe getting
  // another puppy would help?" (but "maybe going out tonight would be fun!" plans a treat)
  {
    reason: 'advice-maybe',
    match: '(maybe|perhaps) (just)? #Gerund',
    severity: 'medium',
    skipIf: (m) => !/\b(would|could|might|may|will|can) (really |also |actually |even )?(help|be (a |the )?(good|great|smart|wise|sensible|better|helpful|useful|healthy|first|right) (idea|thing|step|move|start|option|way)|be (helpful|useful|worth it|good for you|a start))\b/.test(m.after),
  },
  // "maybe try and cook some noodles", "maybe take a day off", "maybe seek out someone senior"
  {
    reason: 'advice-maybe',
    match: [`(maybe|perhaps) (just|also)? ${ADVICE_VERB_PATTERN}`, ...phrases([...ADVICE_VERBS, ...ERRAND_VERBS], '(maybe|perhaps) ')],
    severity: 'medium',
    // "maybe try the noodle bar on friday?", "maybe go to the lake this weekend": a plan between two
    // people, a taste or an errand with a day on it and no problem named
    skipIf: (m) => OBJECT_ME.test(m.after) || errandOrTaste(m) || PLAN_VERB.test(lastWord(m)) && PLAN_TIME.test(m.after) && !hasWord(m.sentence, PROBLEM_WORDS),
  },
  // "maybe you don't need their approval", "maybe you dodged a mess there"
  {
    reason: 'advice-maybe',
    match: '(maybe|perhaps) {you} (do not|dont) (need|have to)',
    severity: 'medium',
  },
  // "you might want to try", "another thing you might look at"
  {
    reason: 'advice-could',
    match: '{you} (might|may) #Adverb? (try|consider|want to|wanna|wish to|like to try)',
    severity: 'medium',
    skipIf: (m) => HYPOTHETICAL.test(m.before),
  },
  // "maybe it's time to get a new fish", "perhaps it might be time to move on"
  {
    reason: 'advice-maybe',
    match: '(maybe|perhaps) (it|its) (is|might be|may be|could be)? time to #Verb',
    severity: 'medium',
  },
  // "why don't you just leave early?", "why dont u just call her", "why not try again"
  {
    reason: 'advice-why-dont',
    match: 'why (do not|not) {you}? #Adverb? #Verb',
    severity: 'medium',
    // "why dont u come over later", "why don't you join us": invitations, not fixes
    skipIf: (m) =>
      /^(know|understand|care|like|want|get|see|remember)$/.test(lastWord(m)) ||
      /^(come|join|visit|meet|stay|sleep|hang|swing|pop|drop)$/.test(lastWord(m)) && !/^\s*(to terms|clean|forward)\b/.test(m.after),
  },
  // "have you tried sleeping earlier", "have you considered asking for a transfer", "have you looked into evening classes?"
  {
    reason: 'advice-have-you-tried',
    // ("did you talk to him?" can be plain curiosity; "did you try…" rarely is.)
    match: [
      '(have|had) {you} #Adverb? (tried|considered|contacted|asked|checked|documented|reported|raised|mentioned|informed)',
      // "have you both tried…", "have you two looked at…", "has he thought about…": advice to a pair or a third person
      '(have|had) {you} (both|two|guys|all) #Adverb? (tried|considered|thought|looked|talked|sat|spoken|asked|checked)',
      '(has|have) (he|she|they) (tried|considered|thought about|looked into|looked at|talked to|spoken to)',
      '(have|had) {you} #Adverb? (put|written|got|gotten|kept) (it|this|that|everything|something|a record|a note|notes) (in|down|on)',
      '(have|had) {you} #Adverb? (told|let) (him|her|them|anyone|someone|somebody|your)',
      '(have|had) {you} #Adverb? (thought|looked|talked|reached|spoken|gone|seen) (about|of|into|to|out|at|a)',
      // "have you started looking for a new place?", "have you thought of talking to her?"
      '(have|had) {you} #Adverb? (started|begun|thought about|thought of) (looking|searching|applying|trying|talking|speaking|seeing|writing|joining|reaching)',
      '(did|do) {you} #Adverb? (try|tried|consider|considered|think about|thought about)',
      // "have you had a chance to speak to a friend about it?", "have you had that talk with your dad yet?"
      '(have|had) {you} #Adverb? had (a|the|any) (chance|opportunity) to (talk|speak|chat|reach|open|confide|sit down)',
      '(have|had) {you} #Adverb? had (that|the|a|an) (honest|proper|real|open|serious)? (conversation|talk|heart to heart|chat) with',
    ],
    severity: 'medium',
    // "what do you think about moving it to Sunday?" asks for the other's view: the offer a rephrasing makes.
    // "do you ever think about getting a cat" muses aloud.
    skipIf: (m) =>
      /\bthink\b/.test(m.phrase) && /\b(what|how)\s*$/.test(m.before) || /^(do|did) \S+ ever\b/.test(m.phrase) ||
      // "have u tried the new ramen place?": a novelty shared, about no problem
      /^\s*(the|that|this) new\b/.test(m.after) && !hasWord(m.sentence, PROBLEM_WORDS) ||
      // "have you looked at the menu yet?", "have you seen my charger?": a shared thing, not a fix
      /(looked at|seen a|seen)$/.test(m.phrase) && /^\s*(the|my|our|this|that|his|her)\b/.test(m.after) && !hasWord(m.sentence, PROBLEM_WORDS),
  },
  // "Try to think positively.", "just ignore them", "Ask your GP about it", "Take small steps."
  {
    reason: 'advice-imperative',
    match: [`(just|please)? ${words(ADVICE_VERBS)}`, ...phrases(ADVICE_VERBS)],
    severity: 'medium',
    skipIf: (m) => imperativeSkip(m),
  },
  // after "I'm so stressed": "take a walk", "go for a run", "ask your counselor"
  {
    reason: 'advice-imperative',
    match: [`(just|please)? ${words(ERRAND_VERBS)}`, ...phrases(ERRAND_VERBS)],
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) => imperativeSkip(m),
  },
  // After "my boss is driving me mad": "cc your manager on everything", "shop around", "look up a
  // grief group", "then come to the gym with me": any verb opening a clause, once a feeling or a
  // problem was shared. Sign-offs, wishes and requests aimed at the speaker are not fixes.
  {
    reason: 'advice-imperative',
    match: ['(please|then|so)? #Infinitive', '(please|then|so)? (have|come|check|compare|email|cc|google|mute|text|ring|message|list|research|budget|journal|unfollow|screenshot|record)'],
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) =>
      notClauseStart(m) || asks(m) || OBJECT_ME.test(m.after) || signOff(m) || CELEBRATES.test(m.sentence) || OFFERS_HOME(m) ||
      passesOnAffection(m) || SPEAKER_TAKES_IT.test(m.sentence) || LETS(m) ||
      // "share it with me", "talk to me" ask to hear more ("come to the gym with me" invites, as a fix)
      lastWord(m) !== 'come' && /\b(to|with) (me|us)\b/.test(m.after.split(/[,;.!?]/)[0] ?? '') ||
      // ("do some yoga", "do something fun" after a feeling are fixes; "do" alone is usually an auxiliary)
      NOT_A_FIX.test(lastWord(m)) && !(lastWord(m) === 'do' && /^\s*(some|something|an? )\b/.test(m.after)) ||
      // compromise reads some nouns and adverbs as verbs ("time just flies", "right about now"): a verb it
      // did not mark as an imperative must reach an object or a particle
      !m.terms.some((t) => t.tags.has('Imperative')) && !/^(have|come|check|compare|email|cc|google|mute|text|ring|message|list|research|budget|journal|unfollow|screenshot|record)$/.test(lastWord(m)) &&
        !/^\s*(the|a|an|your|ur|her|him|them|it|this|that|some|up|around|out|off|over|back|away|down|yourself|every|all|someone|somebody|more|less)\b/.test(m.after) ||
      /^have$/.test(lastWord(m)) && /^\s*(no|nothing|any|to)\b/.test(m.after) ||
      /^(take|sleep|get|feel|stay|have)$/.test(lastWord(m)) && /^\s*(care|well|better|safe|fun|a (good|nice|lovely|great))\b/.test(m.after) ||
      // the verb must reach something: "book a day off", "shop around", not a bare "go!"
      !/^\s*[a-z]/.test(m.after),
  },
  // "Don't be so hard on yourself about the exam.", "don't let them get to you", "Do not give them the satisfaction.", "don't dwell on it"
  {
    reason: 'advice-dont',
    match: 'do not (be|let|give|view|dwell|stress|beat|take|overthink|feel|get|think|stay|lose|waste|listen|do|blame yourself|put|go|cry|sweat|fuss|make|obsess|compare|panic)',
    severity: 'medium',
    skipIf: (m) =>
      notClauseStart(m) || OBJECT_ME.test(m.after) ||
      // "don't do it!!", "don't take that" are about the act; "don't overthink it" is about the feeling
      /^\s*(it|that|this)\s*[.!]*\s*$/.test(m.after) && !/(overthink|stress|dwell|sweat|fuss|cry)$/.test(m.phrase) ||
      // "dont make a big deal of my birthday lol", "don't take my fries": a request about the speaker's things
      /(make|take|do|put|lose|waste|give)$/.test(m.phrase) && /\b(my|our|mine)\b/.test(m.after.split(/[,;.!?]/)[0] ?? '') ||
      // "no, don't be sorry for asking" reassures; "don't do that to the plant" asks; "(i) don't think there's more" hedges
      /\bbe$/.test(m.phrase) && /^\s*(sorry|silly)\b/.test(m.after) ||
      /\bdo$/.test(m.phrase) && /^\s*(that|this|it)\b/.test(m.after) ||
      /\bthink$/.test(m.phrase) && /^\s*(there|so|that's|thats|it's|its|i|we|he|she|they)\b/.test(m.after),
  },
  // "don't worry about it", "dont worry..", "don't worry, it'll sort itself out"
  {
    reason: 'minimise-dont-worry',
    match: '(do not|stop|no need to|nothing to) (worry|worrying|fret)',
    severity: 'medium',
    // "don't worry, I already paid" reassures about a practical matter, not a feeling.
    // "then you should have nothing to worry about!" reassures; so does "you'll have nothing to worry about".
    skipIf: (m) =>
      /^[\s,.!:;—–-]*(i|i'm|i've|i'll|im|ive|ill|we|we've|we'll|about me|it's (on me|paid|done|taken care)|i got)\b/.test(m.after) ||
      // "don't worry about the dishes, I've got them": the speaker takes the chore on
      SPEAKER_TAKES_IT.test(m.after) ||
      // "I'll pick you up at 10, don't worry about the bus": the offer may come first
      SPEAKER_TAKES_IT.test(m.sentence) ||
      (/^nothing/.test(m.phrase) && /\b(should|will|'ll|would) have\s*$/.test(m.before)) ||
      // "turns out we had nothing to worry about", "the scan was nothing to worry about": the speaker's own relief
      (/^nothing/.test(m.phrase) && /\b(i|we)\b[^,]*\b(had|have|knew)\s*$|\b(was|were)\s*$/.test(m.before)),
  },
  // "calm down", "cheer up", "get over it", "move on", "let it go", "lighten up"
  {
    reason: 'minimise-calm-down',
    match: [
      'calm down',
      'cheer up',
      'chill out',
      'lighten up',
      'get over (it|him|her|yourself|this|that)',
      'move on',
      'let it go',
      'suck it up',
      'toughen up',
      'man up',
      'relax',
      'pull yourself together',
    ],
    severity: 'high',
    // "I think I'll let it go this time", "it helped me calm down": the speaker about themselves.
    // "relax, I already booked it", "chill out, I'm on my way": a practical worry settled by the speaker
    skipIf: (m) =>
      /\b(i|i'll|i'm|im|we|we'll|to|can't|cannot|couldn't)\b[^,]*$/.test(m.before) ||
      /^(relax|calm down|chill out)$/.test(m.phrase) && (SPEAKER_TAKES_IT.test(m.after) || /^[\s,.!:;—–-]*(i'm|im|i am|we're|were|i'll|ill|i'?ve|we'?ve) (already |nearly |almost |just )?(here|there|home|on (my|our|the) way|outside|coming|nearly|almost|\d+ ?(min|mins|minutes)|booked|done|sorted|paid|got)\b/.test(m.after)),
  },
  // "at least you still have a job", "at least now you can plan", but not "at least 3 people came"
  {
    reason: 'minimise-at-least',
    match: 'at least (#Pronoun|#Possessive|#Determiner|there|now|nobody|its|it)',
    severity: 'medium',
    skipIf: (m) => /^(i|me|my|we|our)$/.test(lastWord(m)) || /^\s*(\d|one|two|three|once|twice|a few)\b/.test(m.after),
  },
  // "honestly it's not a big deal", "no big deal", "it's not that big of a deal"
  {
    reason: 'minimise-big-deal',
    match: '(not|no|never) (a|that|such a|so|too)? big (of a)? deal',
    severity: 'high',
    // "I'll cancel on everyone. no big deal 🙃" is sarcasm about the speaker's own loss; "no big deal,
    // I can grab it tomorrow" shrugs off the speaker's own bother. Neither brushes their feeling aside.
    skipIf: (m) => /[🙃🙄😒]/u.test(m.sentence) || /^[\s,.!:;—–-]*(i'll|i will|i can|ill|we'll|we will|we can)\b/.test(m.after),
  },
  // "it could be worse", "try to look on the bright side", "everything happens for a reason"
  {
    reason: 'minimise-bright-side',
    // "hoping for the best with the move" wishes; it does not look on the bright side of their problem.
    // ("looking back, our split was for the best" is the speaker's own story)
    skipIf: (m) => /for the best$/.test(m.phrase) && (/\b(hope|hoping|hoped|wish|pray)\s*$/.test(m.before) || /\b(my|our|i|we)\b[^,]*\b(was|were)\s*$/.test(m.before)),
    match: [
      '(could|can|might) (be|have been) worse',
      // "could be way worse tbh", "it could honestly be worse"
      '(could|can|might) #Adverb (be|have been) worse',
      '(could|can|might) (be|have been) (way|much|far|a lot|so much) worse',
      // "plenty more fish in the sea", "there are worse things", "worse things happen"
      'plenty (more|of)? fish',
      '(there is|there are|theres) worse things',
      'worse things (happen|have happened)',
      '(bright side|happens for a reason|blessing in disguise|for the best|learning experience|dodged a bullet|silver lining)',
      '(it is|its|it was) (only|just) a #Noun',
      '(it is|its|it was|this is|that is|thats) not (that|so) (deep|serious)',
      'there there',
    ],
    severity: 'medium',
  },
  // "you'll be fine tomorrow", "everything will be ok in a week", "it's all going to be okay", "you're gonna be fine, trust me"
  {
    reason: 'minimise-be-fine',
    match: '({you}|it|everything|things|all|this|that|she|he|they) #Adverb? (will|is|are)? #Adverb? (going to|gonna)? (all)? (be|get) #Adverb? (fine|ok|okay|alright|all right|good|better)',
    severity: 'medium',
    skipIf: (m) => /^\s*(to|at|for|with|if|when)\b/.test(m.after) || m.question || /\b(if|when|that|hope|hopefully)\s*$/.test(m.before),
  },
  // "it will all work out", "it all will be okay soon" (subject left out)
  {
    reason: 'minimise-be-fine',
    match: ['(will|going to|gonna) (all)? work out', '(will|gonna) be (fine|ok|okay|alright|all right)'],
    severity: 'medium',
    skipIf: (m) => /\b(i|we|that|which|time|tomorrow|\d+)\b[^,]*$/.test(m.before) || m.question || /^\s*(to|at|for|with|if|when)\b/.test(m.after),
  },
  // "I'm sure the talk wasn't so bad", "it isn't that bad", "it can't be that bad"
  {
    reason: 'minimise-not-bad',
    match: '(it|that|this) (is|was|can|could) not (be)? (so|that|as|too|really)? bad',
    severity: 'medium',
  },
  // "not even worth being upset over", "not worth worrying about"
  {
    reason: 'minimise-not-worth',
    match: 'not (even)? worth (being|getting)? (upset|worried|worrying|stressing|crying|the time|it)',
    severity: 'medium',
  },
  // "i wouldn't read too much into it", "i wouldn't take it personally", "i'd not worry yet"
  {
    reason: 'minimise-dont-worry',
    match: 'i would not #Adverb? (read|take|worry|stress|panic|overthink|dwell|sweat|fret|bother|beat)',
    severity: 'medium',
    skipIf: (m) => m.question || /\b(if|that|said|say|promise|promised)\s*$/.test(m.before),
  },
  // after a problem: "i wouldn't wait", "i wouldn't reply to her yet" (but "i wouldn't know")
  {
    reason: 'advice-i-would',
    match: 'i would not #Adverb? #Infinitive',
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) => m.question || /\b(if|that|said|say|promise|promised)\s*$/.test(m.before) || /^(know|say|mind|have|be|call|want|like|dare|miss|change|trade|blame|wish|let|feel|move|go|do|get|need|recommend|describe|call|put)$/.test(lastWord(m)),
  },
  // "no point worrying till you hear back", "no biggie", "there's no timeline", "you're overthinking it"
  {
    reason: 'minimise-not-worth',
    match: [
      'no point (in)? (worrying|stressing|beating|dwelling|getting|being|crying|panicking|thinking|fretting|overthinking|dwelling)',
      '(no|not a) (biggie|timeline|deadline)',
      '{youare} #Adverb? (overthinking|overanalysing|overanalyzing)',
      'stop (overthinking|overanalysing|overanalyzing|stressing|panicking|fretting)',
    ],
    severity: 'medium',
    skipIf: (m) => /\b(i|i'm|im|we)\b[^,]*$/.test(m.before),
  },
  // explaining the problem away: "it's probably just that they're busy", "could be a simple oversight"
  {
    reason: 'minimise-bright-side',
    match: [
      '(it is|its|it was|could|might|may|it could|it might|probably|prob) (probably|likely|prob)? (just|only|simply) (be)? (that|because|nerves|stress|a phase|a blip)',
      '(could|might|may) (just|only|simply|well)? be (a|an) #Adjective? (oversight|mistake|misunderstanding|coincidence|mix-up|mixup|glitch|phase|blip)',
    ],
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) => m.question || /\b(i|i'm|im|we|my)\b[^,]*$/.test(m.before),
  },
  // "chill, we have months": brushing a worry aside at the start of a clause
  {
    reason: 'minimise-calm-down',
    match: '(chill|relax|meh|eh)',
    severity: 'medium',
    onlyAfterFeeling: true,
    // (closed by punctuation, the end of the line, or a chat word: "chill lol", "just chill", "relax babe its fine")
    skipIf: (m) => notClauseStart(m) || m.question || !/^\s*[,.!]/.test(m.after) && (!/^(chill|relax)$/.test(m.phrase) || !/^\s*($|(lol|lmao|haha\w*|babe|bro|dude|man|hun|x+|tbh|fr|omg|it is|it's|its|you are|you're|you will|you'll)\b)/.test(m.after)),
  },
  // a verdict on a fix: "earplugs and no caffeine. game changer.", "cancel it, sorted"
  {
    reason: 'advice-it-helps',
    match: ['game changer', '(gamechanger|lifesaver|sorted)', 'life saver', 'works wonders', 'worked wonders', 'works every time', '(does|did) the trick'],
    severity: 'medium',
    onlyAfterFeeling: true,
    // "hope it gets sorted soon" wishes; a bare "sorted" ends a list of fixes
    skipIf: (m) => m.question || /\b(i|i'm|im|we|is it|are we)\b[^,]*$/.test(m.before) || /^sorted$/.test(m.phrase) && notClauseStart(m),
  },
  // "it might be worth asking for a refund", "probably worth a call"
  {
    reason: 'advice-good-idea',
    match: '(might|may|could|would|probably|definitely|defo|prob|well) (be)? worth (a|#Gerund)',
    severity: 'medium',
    skipIf: (m) => /\b(noting|mentioning|saying|it)\b/.test(m.phrase) && /noting|saying/.test(m.phrase),
  },
  // "if I were you, I would ring them", "I would suggest", "I'd just move on", "I would definitely confront the neighbour"
  {
    reason: 'advice-i-would',
    match: [
      'if i (were|was) {you}',
      'i would #Adverb? (suggest|recommend|encourage|advise|consider|try|just|definitely|ask|let|go|stay|seek|confront|talk|start|move|be saving|focus|look into|check|reach|report|document|speak|write|keep|quit|leave|walk)',
      '(i|we) (can|could|would)? #Adverb? #Adverb? #Adverb? (suggest|recommend|advise)',
      '(another|my|one|a) (suggestion|tip|idea) (i|is|would|might)',
      'my advice',
    ],
    severity: 'medium',
    // "I would recommend this place to anyone" is an endorsement, not advice.
    skipIf: (m) => /\bwould\s*$/.test(m.before) || /\bto (anyone|everyone|everybody|all my friends)\b/.test(m.after),
  },
  // "it might be a good idea to talk it out", "the best thing for you now is rest", "a good first step is a list"
  // "that might be a good way to start", "it'd be a great idea to rest" (but "ah, that is a smart idea" agrees with their plan)
  {
    reason: 'advice-good-idea',
    match: '(it|this|that) (is|might be|may be|could be|would be|will be)? (a|an)? (good|great|wise|smart|better) (idea|thing|way|step)',
    severity: 'medium',
    skipIf: (m) => !/^\s*(to|for|if|would|might|is|:)\b/.test(m.after) && !/\b(maybe|perhaps|might|would|could)\b/.test(m.phrase),
  },
  {
    reason: 'advice-good-idea',
    match: [
      '(the|a) (best|good|great|first|better|helpful|healthy) #Adjective? (thing|way|step|idea|option|place|strategy|approach|solution) (to|for|is|would)',
      // "you might benefit from a few sessions with someone", "you could really benefit from a week off"
      '{you} (might|may|could|would) #Adverb? benefit from',
      // "the important thing right now is to rest", "the main thing is to keep talking"
      '(the|a) (important|main|key) (thing|part|step) .? .? is to #Verb',
      // "it won't hurt to ask", "it can't hurt to try", "there's no harm in asking"
      '(it|that) (will|would|can|could|does) not hurt to #Verb',
      'no harm (in|to) #Verb',
      '(it|that|this) (would|might|could|may|will) be (good|helpful|wise|useful|beneficial|smart|best) (to|for {you})',
      // "it may be important to have a goal in mind", "it might be really helpful for you to rest"
      '(it|that|this) (would|might|could|may|will) be #Adverb (important|essential|vital|crucial|good|helpful|wise|useful|beneficial|smart|best|worthwhile) (to|for {you})',
      '(it|that|this) (would|might|could|may|will) be (important|essential|vital|crucial|worthwhile) (to|for {you})',
      '(it is|its) (important|essential|vital|crucial|key|wise|best) (to|that {you})',
      '#Adverb? worth (trying|a try|looking|letting|reaching|talking|considering|of trying)',
    ],
    severity: 'medium',
    // "you know deep down what the best thing to do is": their own judgement, not a fix handed over;
    // "the salsa class was a great way to meet people": the speaker's story in the past
    skipIf: (m) =>
      /^(the|a) /.test(m.phrase) && (/\b(what|know|knew|whatever)\b[^,]*$/.test(m.before) || /\b(was|were)\s*$/.test(m.before)),
  },
  // "I've found that a short walk helps", "i find it helpful to write lists" (not "I found that the shop was shut")
  {
    reason: 'advice-i-would',
    match: 'i (have)? (find|found) (that|for me|it helps|it helpful)',
    severity: 'medium',
    skipIf: (m) => /that$/.test(m.phrase) && !/\b(help|helps|helped|helpful|works|worked|useful|benefit|beneficial|relief|reliever|good for|great for)\b/.test(m.after),
  },
  // "a counsellor could help you untangle it", "a doctor might help with the sleep"
  {
    reason: 'advice-good-idea',
    match: '(a|an|your)? (therapist|counselor|counsellor|doctor|professional|coach|support group|gp|mediator|lawyer) (could|can|might|may|would|will) #Adverb? (help|be helpful|be useful|support)',
    severity: 'medium',
    skipIf: (m) => m.question || /^\s*(me|us)\b/.test(m.after),
  },
  // "it might help to talk it through", "it could help if you wrote to them"
  {
    reason: 'advice-it-helps',
    match: '(it|that) (might|may|could|would|will|can) #Adverb? help (to|if {you})',
    severity: 'medium',
    skipIf: (m) => /\b(hope|if|i|we)\b[^,]*$/.test(m.before),
  },
  // "it may also help to take notes", "it really helps against the nerves", "what worked for me was cycling"
  {
    reason: 'advice-it-helps',
    match: [
      '(it|that|this|which|they|exercises|exercise|running) (may|might|could|would|will|really|also|often|usually|can)? (also)? (help|helps|helpful)',
      'what (really)? (worked|helped) (for)? me',
      // "what I found helped was a routine", "another thing I found helpful was journaling"
      'what i (found|find|have found) (helped|helps|helpful|useful|works|worked)',
      '(thing|things) (that|which)? i (found|find|have found) (helped|helps|helpful|useful|worked)',
      '(thing|things) (that|which)? (helped|helps|worked|works) #Adverb? (well|wonders)? for me',
      '(one|another) thing (that|which)? (helped|helps|worked|works) (for)? me',
      '(is|are|can be) (an|a)? (amazing|great|good|helpful) (way|ways|stress) (to|reliever)',
      '(can|could|may|might) (really|also)? (be helpful|be beneficial|help clear|help you|help with)',
    ],
    severity: 'low', // sharing what helped is the mildest form: shown when a feeling was expressed, or when watchful
    skipIf: (m) =>
      /\b(hope|if|i|we)\b[^,]*$/.test(m.before) || /^\s*(me|us)\b/.test(m.after) ||
      // "I only see two people at work, so that helps": a bare verdict closing the speaker's own story
      /^(it|that|this) (really )?helps$/.test(m.phrase) && /^\W*$/.test(m.after) && /\b(i|i'm|im|my|we|our)\b/.test(m.sentence),
  },
  // Partner chat (issue #13), once a feeling or a problem was shared: "just say sorry", "just apologise",
  // "just do it babe", "just be urself with him". "just" + a bare verb opening the line; the reports and
  // feelings that open with "just" are past or -ing forms ("just got home", "just thinking about u").
  {
    reason: 'advice-imperative',
    match: 'just (#Infinitive|say|do|be)',
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) =>
      notClauseStart(m) || asks(m) || OBJECT_ME.test(m.after) || signOff(m) || CELEBRATES.test(m.sentence) || OFFERS_HOME(m) ||
      // "i'll bring u soup, just rest": care the speaker is giving, not a fix handed over
      /\b(i'll|ill|i will|i'm gonna|im gonna|i am going to|let me) (bring|come|make|get|order|cook|pick|grab|do|sort|handle)\b/.test(m.sentence) ||
      /\b(to|with|for) (me|us)\b/.test(m.after.split(/[,;.!?]/)[0] ?? '') ||
      // "just say the word", "just saying": an offer or an aside
      /^(say|do)$/.test(lastWord(m)) && /^\s*(the word|so|what you want|whatever)\b/.test(m.after) ||
      /^(like|love|miss|want|hope|wish|thank|thanks|know|mean|think|feel|need|wait|hear|imagine|guess|sound|seem|sorry|is|are|was|were)$/.test(lastWord(m)) ||
      !m.terms.some((t) => t.tags.has('Infinitive') || t.tags.has('Imperative')) && !/^(say|do|be)$/.test(lastWord(m)),
  },
  // After a feeling: "u need a holiday", "you just need a good night's sleep", "u need some fresh air"
  {
    reason: 'advice-need-to',
    match: '{you} #Adverb? #Adverb? (need|needs)',
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) => !REMEDY_NOUN.test(m.after) || asks(m) || CELEBRATES.test(m.sentence) || /\b(if|when|what|whatever|i know|i)\s*$/.test(m.before),
  },
  // "stop being so dramatic", "ur not a failure stop being dramatic" (but "stop being so cute" teases,
  // and "i need to stop being so hard on myself", "she won't stop being rude" are not aimed at the partner)
  {
    reason: 'minimise-calm-down',
    match: '(stop|quit) being',
    severity: 'medium',
    skipIf: (m) =>
      FOND.test(m.after) || hasWord(m.after, DELIGHT_WORDS) || asks(m) ||
      /\b(i|ill|we|he|she|they|it|to|can't|cannot|won't|never|would|will|could|should|doesn't|didn't|don't)\b[^,]*$/.test(m.before),
  },
  // Once a feeling was shared, shrugging it off: "it is what it is", "that's life", "it'll pass",
  // "it's just one bad day", "a bad mark isnt the end of the world", "money isn't everything", "deep breaths".
  // (Without a feeling these are shrugs about a late train or a spilt coffee.)
  {
    reason: 'minimise-bright-side',
    match: [
      'it is what it is',
      '(that is|thats|such is) life',
      '(it|this|that) (will|shall) #Adverb? pass',
      '(it is|its|it was) (only|just) (one|a) (bad|rough|off|tough|hard) (day|week|night|month|patch|date|test|exam)',
      'not the end of the world',
      '#Noun (is not|are not) everything',
      // "its only money", "it's just hair", "chin up", "u worry too much"
      '(it is|its|it was) (only|just) #Uncountable',
      'chin up',
      '{you} (worry|stress|overthink|overthinking) too much',
    ],
    severity: 'medium',
    onlyAfterFeeling: true,
    // ("it is what it is with my job too lol" commiserates: the shrug is about something named after it)
    skipIf: (m) => asks(m) || /\b(i|i'm|im|we|my|hope|hoping|if)\b[^,]*$/.test(m.before) || /^\s*(if|when|with|for|in|at|about|too|as well)\b/.test(m.after),
  },
  // After a feeling, "deep breaths" on its own: calm down, in other words ("take a deep breath first" is
  // the "take" imperative already)
  {
    reason: 'advice-imperative',
    match: 'deep breathe',
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) => asks(m) || /\b(take|took|taking|some|a|i|i'm|im|we|my|me)\b[^,]*$/.test(m.before),
  },
  // After a feeling, "meh shit happens" (a bare "it happens" more often forgives a lapse: "forgot to
  // call, i feel bad" → "it happens babe", so it is not listed)
  {
    reason: 'minimise-bright-side',
    match: 'shit happens',
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) => asks(m) || /\b(i|we|my|if|when|how|what|before|until)\b[^,]*$/.test(m.before),
  },
  // "ur making a big deal out of nothing": the feeling called a fuss whatever came before
  {
    reason: 'minimise-big-deal',
    match: ['{youare} #Adverb? making (a|such a)? (big|huge) deal', '(big|huge) deal (out of|over|about) nothing'],
    severity: 'high',
  },
  // After a feeling: "i'd just ignore it tbh", "honestly i'd probably quit" (but "i'd just like to add, ur a star")
  {
    reason: 'advice-i-would',
    match: 'i would (just|probably|honestly|definitely|totally|deffo) #Infinitive',
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) =>
      asks(m) || /\b(if|that|said|say|promise|promised|when|what)\s*$/.test(m.before) ||
      /^(know|say|mind|have|be|like|love|want|die|cry|wish|feel|need|hate|rather|kill|miss|go|come|do|get)$/.test(lastWord(m)),
  },
  // After a feeling: "cant u just tell her no", "can't you just ask for a day off?"
  {
    reason: 'advice-why-dont',
    match: '(can|could) not {you} #Adverb? just #Verb',
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) => OBJECT_ME.test(m.after) || /^(be|come|stop|leave|let|see|understand|listen|trust|say)$/.test(lastWord(m)),
  },
  // The plans left out of the imperative and "maybe" rules ("maybe try a new pitch next week?") advise once
  // the partner's message carried a feeling or a problem, as errands and tastes do.
  {
    reason: 'advice-imperative',
    match: '(maybe|perhaps)? (just)? (try|go|grab|get|see|watch|book|order|meet|visit|eat|drink|pick|check|head|pop)',
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) =>
      !PLAN_TIME.test(m.after) || hasWord(m.sentence, PROBLEM_WORDS) || notClauseStart(m) || OBJECT_ME.test(m.after) ||
      /\b(to|with) (me|us)\b/.test(m.after.split(/[,;.!?]/)[0] ?? '') || CELEBRATES.test(m.sentence) || signOff(m) ||
      !m.terms.some((t) => t.tags.has('Verb') || t.tags.has('Imperative')),
  },
  // Support replies (peer support, a friend answering a problem). Advice asked as a question about
  // ability: "is it possible for you to ask for more time?", "would it be possible to take a day off?",
  // "are you able to lean on your sister?", "would you be prepared to see someone?". The same words
  // arrange logistics ("are you able to pick me up at six?"), so only after a feeling or a problem.
  {
    reason: 'advice-why-dont',
    match: [
      // ("possible" is matched by its tag: as a trigger word the typo fixer would turn "possibly" into it)
      '(is|would|will) it (be)? #Adjective (for {you})? to #Verb',
      '(are|were) {you} #Adverb? able to #Verb',
      // (not "would you be open to…": the gentle form the rephrasings offer)
      'would {you} be (prepared|willing) to #Verb?',
      // "do you think you could talk to her?", "do you reckon you can ask him?"
      '(do|did) {you} (think|reckon) {you} (could|can|might) #Adverb? #Verb',
    ],
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) =>
      /^(is|would|will) it\b/.test(m.phrase) && !/\bpossible\b/.test(m.phrase) ||
      OBJECT_ME.test(m.after) || /\b(to|with|for) (me|us)\b/.test(m.after.split(/[,;.!?]/)[0] ?? '') ||
      /^(come|join|make|hear|see|be|have|remember|believe|imagine|feel|do)$/.test(lastWord(m)) && !/^\s*(a|an|some|something)\b/.test(m.after),
  },
  // "do you have anyone you can talk to?", "do you have a friend who could help with the kids?": pointing
  // to support as a question ("do you have anyone to pick you up?" after a breakdown is care, and a fix all the same)
  {
    reason: 'advice-why-dont',
    match: '(do|does) {you} have (anyone|someone|somebody|any friends|a friend|friends|family|people|a counsellor|a counselor|a therapist|a doctor|a mentor) (that|who|you)? (can|could|might) #Adverb? (talk|help|turn|reach|lean|confide|support|listen|speak|stay|go)',
    severity: 'medium',
    skipIf: (m) => /^\s*(me|us)\b/.test(m.after) || /\b(if|when)\s*$/.test(m.before),
  },
  // "is there anything you can do to take your mind off it?", "is there something you could try?"
  {
    reason: 'advice-why-dont',
    match: 'is there (anything|something) (that)? {you} (can|could|might) (do|try)',
    severity: 'medium',
    skipIf: (m) => /^\s*(for|to help) (me|us)\b/.test(m.after),
  },
  // After a feeling or a problem: "could you reach out to your cousin?", "can you talk to your tutor about it?"
  // ("can you talk to mum for me?" asks a favour)
  {
    reason: 'advice-why-dont',
    match: '(can|could) {you} #Adverb? (reach out|talk to|speak to|speak with|talk with|open up|get in touch|confide)',
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) => OBJECT_ME.test(m.after) || /\b(for|with|to) (me|us)\b/.test(m.after.split(/[,;.!?]/)[0] ?? '') || /\b(if|when|how|what|so|that)\s*$/.test(m.before),
  },
  // "I urge you to see a doctor", "I really encourage you to talk to someone"
  {
    reason: 'advice-i-would',
    match: '(i|we) #Adverb? (urge|encourage|implore) {you}',
    severity: 'medium',
    skipIf: (m) => m.question || /\b(if|that|said|to|would|'d)\s*$/.test(m.before) || CELEBRATES.test(m.sentence),
  },
  // Pointing to a resource: "there's a drop-in group that supports carers like you", "there are
  // counsellors who specialise in grief", "there are apps that help with budgeting". (Not "there's a
  // group of us going out": the resource must help, support or specialise.)
  {
    reason: 'advice-good-idea',
    match: '(there is|there are|theres|there was|there were) .{0,4} (group|groups|charities|organisation|organisations|organization|organizations|counsellors|counselors|counsellor|counselor|therapists|therapist|hotline|hotlines|helpline|helplines|service|services|program|programs|programme|programmes|app|apps|website|websites|forum|forums|communities|community|resources|professionals|people|places|options|classes|courses|support)',
    severity: 'medium',
    skipIf: (m) =>
      m.question || /\b(i|we|if)\b[^,]*$/.test(m.before) ||
      !/^[^.!?]{0,60}\b(support|supports|supporting|specialis\w*|specializ\w*|help (you|people|those|with|anyone|folks|families)|helps (you|people|those|with|anyone|folks|families)|can help|could help|will help|might help|would help|offer help|look into|reach out|call|contact|talk to|for people (with|who)|dedicated to)\b/.test(m.after),
  },
  // "you may need to set limits with her", "you might have to tell your manager"
  {
    reason: 'advice-need-to',
    match: '{you} (may|might) #Adverb? (need|have) to #Adverb? #Infinitive',
    severity: 'medium',
    skipIf: (m) => HYPOTHETICAL.test(m.before) || /^(be|have|wait)$/.test(lastWord(m)) || errandOrTaste(m),
  },
  // "what if you talked to your manager?", "what if you just tried one class?" (not "what if you fail?")
  {
    reason: 'advice-why-dont',
    match: 'what if {you} #Adverb? (tried|try|talked|talk|asked|ask|spoke|speak|wrote|write|called|call|told|tell|reached|reach|looked|look|started|start|joined|join|gave|give|took|take|set|made|went|go|sat|focused|focus|found|find|saw|see|considered|consider|let|stopped|stop)',
    severity: 'medium',
    skipIf: (m) => OBJECT_ME.test(m.after) || /^\s*(at|over)\b/.test(m.after),
  },
  // After a feeling or a problem: "how about putting a bit aside each week?", "what about keeping a diary?"
  {
    reason: 'advice-why-dont',
    // (compromise tags some -ing words as nouns: "what about volunteering?", "how about journaling?")
    match: ['(how|what) about #Gerund', '(how|what) about /^[a-z]{3,}ing$/'],
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) => /^(being|having|doing|going|coming|getting)$/.test(lastWord(m)) && /^\s*(out|over|to (the|a|dinner|lunch|mine|my)|here|there|home)\b/.test(m.after),
  },
  // "it might be able to help with the bills", "that could be able to help you"
  {
    reason: 'advice-it-helps',
    match: '(it|that|this|they|which) (might|may|could|would|will) #Adverb? be able to help',
    severity: 'medium',
    skipIf: (m) => /\b(hope|if|i|we)\b[^,]*$/.test(m.before) || /^\s*(me|us)\b/.test(m.after),
  },
  // After a feeling or a problem, what helped said of an activity: "staying active really helped me
  // get over it", "getting outside helps with your mood", "spending more time with her would help"
  {
    reason: 'advice-it-helps',
    match: ['#Gerund .{0,3} (helped|helps) (me|you|with)', '#Gerund .{0,4} (would|could|might|can|will) (definitely|really|also|probably)? help'],
    severity: 'low',
    onlyAfterFeeling: true,
    skipIf: (m) =>
      m.question || /\b(i|i'm|im|we|if|hope)\b[^,]*$/.test(m.before) && !/^\W*i (think|believe|reckon|bet|find)( that)?\s*$/.test(m.before) ||
      /^\s*(me|us)\b/.test(m.after) && /\b(would|could|might|can|will)\b/.test(m.phrase),
  },
  // After a feeling or a problem: "i would call the companies and ask", "I'd get on top of that today"
  {
    reason: 'advice-i-would',
    match: 'i would #Infinitive',
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) =>
      asks(m) || /\b(if|that|said|say|promise|promised|when|what|wish|think|thought|how)\s*$/.test(m.before) ||
      /^(know|say|mind|have|be|like|love|want|die|cry|wish|feel|need|hate|rather|kill|miss|go|come|do|get|give|probably|never|definitely|not|also|still|always|be|buy|pay|bet|assume|guess|imagine|think|hope|do|literally|totally|lose|freak|panic|worry|worried|struggle|appreciate|gladly|happily|agree|disagree|second|add|argue)$/.test(lastWord(m)) ||
      /\b(you|u)\b.*\b(too|as well)\b/.test(m.after) || /^\s*(that|it|this|the same|too)\s*[.!]*\s*$/.test(m.after),
  },
  // After a feeling or a problem: "you can look up the advice line", "you can email your tutor tonight"
  // (but "you can ring me whenever", "you can totally do this" and "you can crash at ours" comfort or offer)
  {
    reason: 'advice-can',
    match: '{you} can (ask|talk|speak|reach|contact|call|join|look|search|apply|find|meet|seek|use|check|write|visit|email|text|message|sign|book|request|report|go to|get in touch|start|make a|set)',
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) => HYPOTHETICAL.test(m.before) || asks(m) || OBJECT_ME.test(m.after) || /\b(to|with|for) (me|us)\b/.test(m.after.split(/[,;.!?]/)[0] ?? '') || CELEBRATES.test(m.sentence) || /\b(i|we)\b[^,]*$/.test(m.before) && !/\b(i think|i know|i'm sure|i guess)\s*$/.test(m.before),
  },
  // Hedged advice in a question: "I wonder if you could ask your tutor for more time", "I wonder whether
  // you might talk to her first" (but "I wonder if you could pass the salt" asks the speaker a favour)
  {
    reason: 'advice-why-dont',
    match: 'i (wonder|was wondering|am wondering) (if|whether) {you} (could|can|might|would) #Adverb? (#Infinitive|talk|ask|try|reach|speak|look|consider)',
    severity: 'medium',
    skipIf: (m) =>
      OBJECT_ME.test(m.after) || /\b(to|with|for) (me|us)\b/.test(m.after.split(/[,;.!?]/)[0] ?? '') ||
      /^(be|have|remember|do|come|join|send|pass|give|help|tell|show|bring|pick|grab|lend|let)$/.test(lastWord(m)),
  },
  // "is there any way you guys could split it?", "is there a way you two might meet halfway?"
  {
    reason: 'advice-why-dont',
    match: 'is there (a|any|some) way (that)? {you} (guys|two|both|all) (can|could|might|may)',
    severity: 'medium',
    // "is there any way you guys could come earlier?": a plan asked about, not a fix
    skipIf: (m) => /^\s*(come|join|make it|meet|pop|swing|drop|bring|pick|get here|be here|be there|stay|sleep over|do (mon|tues|wednes|thurs|fri|satur|sun)day)\b/.test(m.after),
  },
  // A search for help as a question: "have you looked for a group online?", "have you searched around for
  // a cheaper deal?", "have you worked on your CV?", "have you talk to a counsellor?" (a slip for "talked")
  {
    reason: 'advice-have-you-tried',
    match: [
      '(have|had) {you} #Adverb? (looked|searched|asked|shopped) (for|around|about)',
      '(have|had) {you} #Adverb? (worked on|updated|rewritten|redone)',
      '(have|had) {you} #Adverb? (talk|speak|reach) (to|with|out)',
    ],
    severity: 'medium',
    skipIf: (m) =>
      OBJECT_ME.test(m.after) || /\b(if|when|what|where)\s*$/.test(m.before) || /^\s*(for|around) (me|us|my|our)\b/.test(m.after) ||
      // "have you looked for the charger in the car?", "have you asked around for the bbq date?": a lost
      // thing or a plan, named with "the" or "my" and no problem in the sentence
      /(looked|searched|asked|shopped)$/.test(m.phrase.replace(/\s+(for|around|about)$/, '')) && /^\s*(for )?(the|my|our|your|his|her|their|this|that)\b/.test(m.after) && !hasWord(m.sentence, PROBLEM_WORDS),
  },
  // Pointing to people who could help: "do you have friends nearby who could take the kids?", "do you have
  // any family around that you could lean on?"
  {
    reason: 'advice-why-dont',
    match: '(do|does) {you} have (any)? (friends|family|anyone|someone|somebody|people|relatives|neighbours|neighbors|colleagues|coworkers) .{0,3} (that|who) {you}? (can|could|might) #Adverb? (talk|help|turn|reach|lean|confide|support|listen|speak|trust|distract|take|look|stay|check)',
    severity: 'medium',
    skipIf: (m) => /^\s*(me|us)\b/.test(m.after) || /\b(if|when)\s*$/.test(m.before),
  },
  // Once a feeling was shared, the trouble made common and so small: "everyone goes through that",
  // "it happens to the best of us", "meh it happens", "we all go through it" (a bare "it happens" more
  // often forgives a lapse, so only the shrugging forms are listed)
  {
    reason: 'minimise-bright-side',
    match: [
      '(everyone|everybody|we all|all of us|every one|most people|loads of people) #Adverb? (goes|go|went|has gone|have gone|gets|get) through (that|this|it|the same)',
      'happens to (everyone|everybody|all of us|the best of us|us all|everyone at some point)',
      '(meh|eh|oh well|welp|ah well) (it|stuff|these things|things like that) (happens|happen)',
    ],
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) => m.question || /\b(i|i'm|im|we|my|if|when|hope|because|cause|cos)\b[^,]*$/.test(m.before) && !/^(meh|eh|oh|welp|ah)\b/.test(m.phrase),
  },
  // Calming advice in a friend's register: "stay calm and take it one step at a time", "stay focused on
  // the next exam" ("stay safe", "stay warm" are goodbyes, "stay strong" cheers: not listed)
  {
    reason: 'advice-imperative',
    match: '(just|please|so)? stay (calm|optimistic|focused|busy|active|hopeful|level-headed|rational)',
    severity: 'medium',
    // ("stay calm, the puppy is fine" settles a practical scare: only after a feeling)
    onlyAfterFeeling: true,
    skipIf: (m) => notClauseStart(m) || m.question || CELEBRATES.test(m.sentence),
  },
  // Pointing to a thing that could help: "do you have a stress ball or something you can keep in your
  // pocket?", "do you have a hobby you could throw yourself into?" (but "do you have a minute you can
  // spare me?" asks the speaker a favour)
  {
    reason: 'advice-why-dont',
    // (compromise does not match an optional word right after a wildcard run: "that/which" gets its own pattern)
    match: ['(do|does) {you} have (a|an|any|some) #Adjective? #Noun .{0,4} {you} (can|could|might) #Adverb? #Verb', '(do|does) {you} have (a|an|any|some) #Adjective? #Noun .{0,4} (that|which) {you} (can|could|might) #Adverb? #Verb'],
    severity: 'medium',
    onlyAfterFeeling: true,
    // ("do you have a minute you can spare?", "a pen I could borrow?": a favour asked, not a fix)
    skipIf: (m) =>
      OBJECT_ME.test(m.after) || /\b(me|us)\b/.test(m.after.split(/[,;.!?]/)[0] ?? '') || /\b(if|when)\s*$/.test(m.before) ||
      /^(spare|lend|give|send|bring|share|borrow|show|pass|grab|use)$/.test(lastWord(m)) || /\b(minute|sec|second|moment|min|mins|hour|pen|charger|tenner|fiver|quid|spare)\b/.test(m.phrase),
  },
  // What a remedy would do, told to someone who shared a problem: "a walk can really help with that",
  // "seeing their faces could help ease the sadness", "that will help with the nerves". (Not an offer,
  // "I can help you move"; not a wish, "hope this helps"; not thanks to the reader, "talking to you always
  // helps". "it really helped me" is left out: support chats share it as their own story, not a fix.)
  {
    reason: 'advice-it-helps',
    match: [
      '(can|could|will|would|might|may|should|does|do) #Adverb? #Adverb? help (you|with|to|ease|calm|relax|clear|take|a lot|loads|massively|heaps|keep|get|distract|reduce|lift|put|give|make)',
      // "a walk can really help, honestly", "a hot bath might help." (the help closes the clause: skipIf)
      '(can|could|will|would|might|may) #Adverb? #Adverb? help',
    ],
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) => {
      const clause = m.before.split(/[,;.!?]/).pop() ?? '';
      return m.question || /\b(hope|hoping|hopefully|wish|if|whether|unless|how|what can|anything)\b/.test(m.before) ||
        /\b(i|i'm|im|we|you|u|ur|your|yours|he|she|they|someone|anyone|somebody|anybody|me)\s*$/.test(clause.replace(/\s+(really|also|definitely|actually|totally|honestly|genuinely|always|massively|still|even|just)\s*$/g, '')) ||
        /\b(you|u|ur|your|yours|ya)\b/.test(clause) || /\b(thank|thanks|ty)\b/.test(m.sentence) || !/\S/.test(clause) ||
        /help$/.test(m.phrase) && !/^\s*($|[,.!;]|(too|as well|honestly|tbh|though|lol|x+|a bit|a little|loads|so much)\b)/.test(m.after);
    },
  },
  // A silver lining after a loss: "you'll find someone better", "you can find something new", "you will
  // find another job in no time" (but "you'll find the keys in the drawer" points to a thing)
  {
    reason: 'minimise-bright-side',
    match: '{you} #Adverb? (will|can|are going to|gonna) #Adverb? find (someone|somebody|something|another|a|better|the one|love)',
    severity: 'medium',
    onlyAfterFeeling: true,
    skipIf: (m) =>
      m.question || HYPOTHETICAL.test(m.before) ||
      /\b(a|something)$/.test(m.phrase) && !/^\s*(new|better|else|good|great|nice|job|one|partner|place)\b/.test(m.after),
  },
];

export const rushedFix: RuleFamily = {
  category: 'rushed-fix',
  negatable: false,
  rules,
};
