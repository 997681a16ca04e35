import { FEELING_WORDS, hasWord } from '../lexicon';
import type { Rule, RuleFamily } from './types';

/**
 * Words for how a situation weighs on someone, beyond the "that's awful" list: "that's so draining",
 * "that can be so unsettling", "would leave anyone running on fumes".
 */
const WEIGHING = [
  'draining', 'exhausting', 'isolating', 'disheartening', 'unsettling', 'gutting', 'demoralising',
  'demoralizing', 'discouraging', 'crushing', 'maddening', 'infuriating', 'heartbreaking', 'lonely',
  'worrying', 'daunting', 'nerve-wracking', 'nerve wracking', 'stressful', 'upsetting', 'painful',
  'humiliating', 'frightening', 'terrifying', 'scary', 'hard', 'tough', 'rough', 'awful', 'horrible',
  'miserable', 'overwhelming', 'frustrating', 'confusing', 'devastating', 'soul-destroying', 'grim',
  'bleak', 'unfair', 'cruel', 'hurtful', 'heavy', 'agonising', 'agonizing', 'distressing', 'tiring',
  'wearing', 'relentless', 'stinks', 'sucks', 'the worst',
];
const WEIGH = `(${WEIGHING.filter((w) => !w.includes(' ') && !w.includes('-')).join('|')})`;
/** Nouns for a feeling or a bind someone carries: "so much guilt", "a lot of grief". */
const BURDEN = '(guilt|grief|hurt|pain|fear|anger|sadness|worry|worries|stress|shame|love|loss|pressure|weight|responsibility|doubt|resentment|frustration|exhaustion|heartache|loneliness)';
/** The speaker's own story ("i find mondays exhausting", "my commute is draining") is no reflection. */
const OWN = /\b(i|i'm|im|i've|my|we|our|me)\b[^,]*$/;

/**
 * The good counterpart: reflecting or validating the other person's feeling, or asking an open,
 * curious question about their experience. Also counts as the acknowledgement that keeps advice
 * later in the same draft from being "rushed".
 */
/** The speaker owning a fault of their own: "I was tired and took it out on you", "that was on me". */
const OWN_FAULT = /\b(i|i've|ive|i'm|im|i was|i've been|ive been)\b[^.!?]{0,30}\b(snapped|snapping|short with|a grump|grumpy|in a mood|took it out|taking it out|mean to you|rude to you|biting|was on me|my fault|my bad)\b|\bthat (was|one's|ones) on me\b/;

/**
 * "from this tough situation", "how long has this isolating been going on": with no verb between
 * "this/that" and the word and a word after it, the word describes a noun; nothing says how it is
 * for them ("that tough, poor you" and "ugh that awful" still acknowledge).
 */
const attributive = (m: { phrase: string; after: string }) =>
  /^(this|that|which)\s+(\w+\s+)?\w+$/.test(m.phrase) && !/\b(is|was|sounds|seems|feels|can|must|would|could|sucks|stinks|hurts|stings|bites)\b/.test(m.phrase) &&
  /^\s*[a-z]/.test(m.after) && !/^\s*(for|to|of|and|but|though|honestly|right|too|isn't|is it|man|mate|babe|hun|lol|omg)\b/.test(m.after);

const rules: Rule[] = [
  // "it sounds like you're exhausted", "that sounds really stressful", "sounds terrible"
  {
    reason: 'reflect-sounds-like',
    match: [
      '(that|it|this|he|she|which|they)? (sounds|sound|seems|seem) (like|so|really|very|pretty|quite|that|as|#Adjective|#Adverb)',
      '(that|it|this)? (sounds|seems) to me (like|as if|as though) {you}',
    ],
    severity: 'low',
    // "it seems to me the plan works" introduces an opinion ("it sounds to me like you're worn out" still
    // reflects); "sounds good, see you at 7" is logistics; "it seems as well" / "as usual" are no reading.
    // "make me sound clever" is about oneself; "it seems like yesterday we moved in" is about time.
    skipIf: (m) =>
      /^\s*to me\b(?!,? (like|as if|as though|that you|you))/.test(m.after) ||
      /\bas$/.test(m.phrase) && !/^\s*(if|though)\b/.test(m.after) || /\b(sounds?|seems?) (good|great|fine|ok|okay|perfect|right|fair|cool)\b/.test(m.phrase) ||
      /\b(me|us|myself)\s*$/.test(m.before) || /^\s*(yesterday|forever|ages|a lifetime|it was yesterday)\b/.test(m.after),
  },
  // "that must have hurt", "you must be so relieved", "it must have been very lonely"
  {
    reason: 'reflect-must-be',
    match: 'must (be|have been|have felt|feel|have hurt|hurt|have taken|be taking)',
    severity: 'low',
    // "must be nice to do whatever you want": envy, not a feeling named for them
    skipIf: (m) => /^\s*(kidding|joking|a |an |the |my |here|there|done|at |nice (to|being|having|for some))/.test(m.after),
  },
  // "I'm so sorry about your dad", "sorry you are carrying all this", "oh gosh, i'm so sorry about the flat."
  {
    reason: 'reflect-sorry',
    match: 'sorry',
    severity: 'low',
    // An apology for oneself ("sorry I missed your call", "sorry for the delay") is not a reflection.
    skipIf: (m) =>
      /^[\s,.!]*((i|i'm|im|i've|i was)\s+(was |am |'m )?(late|busy|not|forgot|didn't|did|can't|couldn't|won't|have to|had to|missed|just|made|said|took|broke|lost|have no|got)|for (being|my|the|not|what i|that i|asking|bothering|interrupting)|to (bother|interrupt|keep|ask)|but|about (that|the delay)|\?|dr\b)/.test(m.after) ||
      /\b(say|said|saying|be|feel|felt|not)\s*$/.test(m.before) ||
      // "I'm sorry too", "sorry if I've been short with you", "sorry for biting your head off",
      // "sorry for existing": the speaker's own apology, or a sarcastic one
      /^[\s,.!]*(too\b|if (i|i've|ive|i'm|im|i was|that came)\b|for (biting|snapping|yelling|shouting|existing|taking|making|ruining|missing|earlier|last night|how i|everything i|being such|breathing|caring|asking)\b)/.test(m.after) ||
      // "sorry for the typos", "sorry that sent too early", "sorry, got distracted": the chat's own slips
      /^[\s,.!]*((for|about) (the )?(typo|typos|hitting|typing|double|spelling|wait|slow)|that (typed|sent|posted)|(i )?(was|got) (afk|away|distracted|disconnected)|(i )?(typed|sent|pressed|hit) )/.test(m.after) ||
      // "I was in a mood and took it out on you, sorry": the fault named is the speaker's
      OWN_FAULT.test(m.sentence) ||
      // "you're only sorry because…", "you're not sorry": their apology talked about
      /\b(you|u|ur|you're|youre|you are)\s+(only|not|just|never|so)?\s*$/.test(m.before) ||
      // "running 10 min late sorry", "can't make it tonight, sorry": the speaker's own apology, said last
      (/^\W*$/.test(m.after) && /\b(late|running|gonna be|going to be|can't make|cant make|stuck in|my bad|forgot|missed|busy|delayed)\b/.test(m.sentence.slice(0, m.sentence.length - m.after.length))),
  },
  // "that's awful", "that is SO unfair on you", "that sucks", "oh, that would be tough", "what a nightmare"
  {
    reason: 'reflect-thats-hard',
    match: [
      '(that|this|it|which|its|how|thats) (is|was|would be|must be|can be|sounds|seems)? #Adverb? (so|really|very|such|pretty|just|definitely|truly)? (a|an|the)? #Adverb? {ack}',
      // "what a proper bummer", "that's a total nightmare for you"
      '(that is|thats|that was|what) (a|an|such a) (real|total|complete|absolute|proper|huge|massive) {ack}',
      '(that|this|it) (can|could|must|would|might) #Adverb? be #Adverb? (so|really|very)? {ack}',
      '(that is|thats) no good',
      '(that|this|it) (sucks|stinks)',
      'what a (#Adjective)? {ack}',
    ],
    severity: 'low',
    // "it was terrible" in one's own story ("I thought the film was terrible") is narration; "it's not
    // that bad" denies the feeling instead of naming it;
    // "this is the worst pizza ever" judges a thing.
    skipIf: (m) =>
      /^\s*(to (find|get|say|tell|explain|read|see|believe|understand))\b/.test(m.after) ||
      /\b(i|we|i'm|im)\b[^,]*$/.test(m.before) || /\bnot\b/.test(m.phrase) ||
      // "it's just a rough week", "it's only a bad patch": "just a" shrinks the trouble, it does not name it
      /\b(just|only) (a|an)\b/.test(m.phrase) ||
      // "it was overwhelming, in a good way": a good feeling, not one to acknowledge
      /\bin a good way\b|\b(but|and) (so )?(worth it|fun|amazing|great|good)\b/.test(m.sentence) ||
      // "in this rough patch": a description inside a phrase, not an acknowledgement
      /\b(in|during|at|through|for|of|with|on|such)\s*$/.test(m.before) ||
      /worst$/.test(m.phrase) && /^\s*[a-z]/.test(m.after) && !/^\s*(thing|part|feeling)\b/.test(m.after) ||
      attributive(m),
  },
  // "that's so draining", "that can be so unsettling", "feeling like the only one struggling is so
  // isolating", "lying awake with it is the worst": a situation judged by how it weighs on them
  {
    reason: 'reflect-thats-hard',
    match: [
      `(that|this|it|thats|its|which) (is|was|can be|must be|would be|feels|can feel|must feel|sounds)? #Adverb? (so|really|very|such|incredibly|super|absolutely|genuinely|properly)? (a|an)? #Adverb? ${WEIGH}`,
      `(is|are|was|can be|must be|would be|feels|can feel) #Adverb? (so|really|very|such|incredibly|super|absolutely|genuinely|properly)? #Adverb? ${WEIGH}`,
      '(is|are|can be) #Adverb? the (worst|hardest|toughest|loneliest)',
    ],
    severity: 'low',
    skipIf: (m) =>
      OWN.test(m.before) || /\bnot\b/.test(m.phrase) || m.question ||
      // without "that/it" the subject must be an experience ("being stretched that thin is exhausting",
      // "lying awake is the worst"), not a thing: "the exam was hard", "work was rough today" narrate
      !/^(that|this|it|thats|its|which)\b/.test(m.phrase) && !/\b(?!(?:thing|nothing|something|everything|anything|morning|evening|meeting|wedding|building|ceiling|king|ring|spring|string|during)\b)[a-z]{2,}ing\b|\b(that|this|it) kind of\b|\ball (of )?(that|this)\b/.test(m.before) ||
      /^\s*(to (find|get|say|tell|explain|read|see|believe|understand|drive|walk|cook|clean|learn|use))\b/.test(m.after) ||
      /\bin a good way\b|\b(but|and) (so )?(worth it|fun|amazing|great|good)\b/.test(m.sentence) ||
      /\b(in|during|at|through|for|of|with|on|such)\s*$/.test(m.before) ||
      /(worst|hardest|toughest|loneliest)$/.test(m.phrase) && /^\s*[a-z]/.test(m.after) && !/^\s*(thing|part|feeling|kind|bit|part of)\b/.test(m.after) ||
      attributive(m),
  },
  // "ugh that stings", "that really hurts, especially from her"
  {
    reason: 'reflect-thats-hard',
    match: '(that|this|thats|ugh|oof|ouch) #Adverb? (stings|hurts|bites|stung|hurt)',
    severity: 'low',
    onlyAfterFeeling: true,
    skipIf: (m) => m.question || /^\s*(me|my|us)\b/.test(m.after),
  },
  // "that would wear anyone down", "would leave anyone running on fumes", "that would make me livid too"
  {
    reason: 'reflect-validate',
    match: [
      '(would|could|will) #Adverb? (make|leave|drive|wear|get|knock|break|send|floor|test|rattle|shake|throw|rock|unsettle|upset|hurt|scare|crush|gut|stress|exhaust|frustrate|sting|overwhelm|devastate|wreck|spook) (anyone|anybody|everyone|everybody|most people)',
      '(would|could) #Adverb? (make|leave|drive|get) me',
      '(i|me) #Adverb? (would|could) #Adverb? be #Adverb? #Adverb? #Adjective (too|as well)',
    ],
    severity: 'low',
    skipIf: (m) => m.question || /^(me)$/.test(m.terms[m.terms.length - 1]?.normal ?? '') && !/\b(too|as well)\b/.test(m.after),
  },
  // "one of the hardest feelings there is", "the hardest part of it"
  {
    reason: 'reflect-thats-hard',
    match: '(one of the|the) (hardest|worst|toughest|loneliest|most painful|most exhausting|most isolating) (feelings|things|parts|places|spots|situations|feeling)',
    severity: 'low',
    skipIf: (m) => m.question || OWN.test(m.before),
  },
  // naming their feeling or bind: "you're carrying so much guilt", "you're torn between staying and
  // going", "there's a lot of grief in that", "i can hear how much you love him"
  {
    reason: 'reflect-you-feel',
    match: [
      '{youare} #Adverb? (carrying|holding|juggling|shouldering|dealing with|going through|facing|under) (so|such|a|all|loads|tons|this|that) (much|lot|many|of|weight|pressure|this|that)?',
      `{youare} #Adverb? (carrying|holding|feeling|holding onto) (so much|a lot of|such|real|all this|all that)? #Adverb? ${BURDEN}`,
      '{youare} #Adverb? (torn|caught|stuck|pulled|trapped) between',
      `(there is|theres|there's) (so much|a lot of|such|real|a lot|a ton of|loads of) #Adverb? ${BURDEN} in`,
      'i (can)? #Adverb? (hear|see|tell) how (much|deeply|badly|hard|strongly)',
    ],
    severity: 'low',
    skipIf: (m) => m.question,
  },
  // normalising: "totally normal to be terrified", "a really normal part of it", "it makes sense you're
  // nervous", "of course you still miss him", "being nervous shows how much it matters to you"
  {
    reason: 'reflect-validate',
    match: [
      '(totally|completely|perfectly|so|very|really|entirely|pretty)? (normal|natural|understandable|common|human) to (feel|be|want|miss|cry|need|get|have|struggle|worry|find)',
      '(a|an) #Adverb? (normal|natural|common|understandable|human) (part|reaction|response|way to feel|feeling)',
      'makes (total|complete|perfect|so much|a lot of)? sense (that)? {you}',
      '(makes|made) (total|complete|perfect|so much) sense',
      '(shows|means|says) how much (it|this|that|they|he|she|you|he|her|him)',
      'of course {you} #Adverb? (feel|felt|miss|missed|cry|cried|worry|worried|care|hurt|still|are|were)',
    ],
    severity: 'low',
    skipIf: (m) =>
      m.question || OWN.test(m.before) ||
      /\b(are|were)$/.test(m.phrase) && !hasWord(m.after, FEELING_WORDS),
  },
  // "I totally get it", "I get that", "I really do get why" (but not "I get it done by Friday")
  {
    reason: 'reflect-i-understand',
    match: 'i #Adverb? (totally|really|completely|definitely|absolutely|fully|so|do)? get (it|that|this|why|how)',
    severity: 'low',
    skipIf: (m) => m.question || /^\s*(done|back|fixed|right|wrong|for|from|to|out|in|at|by|off|over|now)\b/.test(m.after) || /\b(to|will|'ll|can|could|should|would)\s*$/.test(m.before),
  },
  // "it's got to be hard", "that has to be exhausting", "that has to be an awful week for you"
  {
    reason: 'reflect-must-be',
    match: [
      '(it|that|this|thats|its) (has|have|is)? (got to|gotta|has to|have to) be #Adverb? (so|really|very)? {ack}',
      // (compromise does not step back out of an optional group: "has" + "to" needs its own pattern)
      '(it|that|this) (has|have) to be #Adverb? (a|an|such a|so|really|very)? #Adverb? {ack}',
    ],
    severity: 'low',
  },
  // "that's completely normal given everything", "it's natural to feel that way after a loss", "that's a long time on your own"
  {
    reason: 'reflect-validate',
    match: [
      '(that is|thats|it is|its) #Adverb? (normal|natural|understandable|valid|human|okay|ok) (given|considering|after everything|after all|with everything|when {you})',
      '(that is|thats|that must be|that sounds like) (a|such a) #Adverb? (long time|lot to|lot on|lot of|big change|heavy|huge|hard|tough)',
    ],
    severity: 'low',
  },
  // "I can imagine", "i can't imagine how tiring that is", "I can relate", "I really sympathize"
  {
    reason: 'reflect-i-can-imagine',
    match: '(i|we) (can|could)? not? (only|totally|really|completely|definitely|honestly|truly|absolutely|so)? (imagine|relate|sympathize|sympathise|empathize|empathise)',
    severity: 'low',
  },
  // "I can see how this would be overwhelming", "I can tell this is weighing on you", "i understand how that can sting"
  {
    reason: 'reflect-i-understand',
    match: [
      'i (can|could) #Adverb? (see|tell|feel|understand) (how|that|you|why|what|where|it|this|just)',
      'i #Adverb? (totally|really|completely|definitely)? understand',
      // "I've been there, I can understand", "i could fully understand it"
      'i (can|could) (totally|really|completely|definitely|fully)? understand',
      'i see where {you}',
      // "I do understand", "i really do understand how you feel"
      'i #Adverb? do understand',
      // "I see how this could be draining", "i can see how that would hurt"
      'i (can)? #Adverb? see how (this|that|it) (can|could|must|would|might|is|was|has)',
      // "I can really feel your frustration", "i understand your worry"
      'i (can|could)? #Adverb? (feel|understand|sense|hear|see) (your|ur) #Adverb? (pain|frustration|hurt|sadness|anger|stress|anxiety|fear|fears|worry|worries|struggle|disappointment|grief|loneliness|exhaustion|concern|concerns|confusion|heartbreak)',
    ],
    severity: 'low',
    // ("I can tell you that the vows matter", "i can tell you what I did" inform; "I can tell you're worried" reads)
    skipIf: (m) => /^\s*(the|your (point|plan|question)|what you mean|now\b)/.test(m.after) || m.question ||
      /\btell you$/.test(m.phrase) && /^\s*(that|what|how|about|this|one|something|from|right|now|honestly|straight)\b/.test(m.after),
  },
  // "i hear you, it is a lot", "I feel you", "I know how you feel about mornings", "I know that is a really painful week"
  {
    reason: 'reflect-i-hear-you',
    match: [
      'i (hear|feel|get) {you}',
      'i (can)? (hear|see) (how|that) #Adverb? (you|#Adjective)',
      'i know how (you|hard|tough|that|it|much|painful|lonely|scary|frustrating|difficult|exhausting|stressful|upsetting|heartbreaking|draining|awful|isolating|overwhelming|confusing|hurtful)',
      // "i know you're anxious", "I know you are hurting right now": their feeling named back
      'i know {youare} #Adverb? (feeling)? #Adverb? (anxious|worried|scared|hurting|hurt|upset|sad|angry|frustrated|exhausted|overwhelmed|stressed|lonely|nervous|disappointed|heartbroken|struggling|grieving|tired|afraid|frightened|confused|down)',
      'i know (that|this|it) (is|was|can be|must be|must) #Adverb? (a|an)? #Adverb? {ack}',
      // (the typo fixer reads "that's" as the trigger word "thats")
      'i know (thats|its) #Adverb? (a|an)? #Adverb? {ack}',
    ],
    severity: 'low',
    skipIf: (m) => /^\s*(are|were|r|'re)? ?(coming|moving|going|leaving|getting married)\b/.test(m.after) && !/feel/.test(m.after),
  },
  // "you feel like no one noticed", "so you feel uneasy about the move", "you seem really stressed"
  {
    reason: 'reflect-you-feel',
    match: '{you} (feel|felt|are feeling|were feeling|seem|sound|must feel|might feel|may feel|are hurting|are going through|have been through|went through)',
    severity: 'low',
    // "how would you feel if I said no" is a hypothetical used to argue a point, not a reflection.
    // "hope you feel brighter soon" wishes and "if you feel that he can help" sets a condition: neither reads a feeling
    skipIf: (m) => /\b(would|will|'d|make|makes|made|making|help|helps|let|hope|if)\s*$/.test(m.before) || /^\s*(free|like (pizza|going|coming|doing|eating|a drink))\b/.test(m.after),
  },
  // "how are you holding up with the move?", "how did that make you feel?", "what was that like for you?", "What happened at the meeting?"
  {
    reason: 'reflect-open-question',
    // "a photo of what happened" is about facts, not the experience.
    // "hi, how are you feeling today?" is a greeting, not curiosity about a feeling.
    skipIf: (m) =>
      /\b(of|about|know|knows|remember|proof|explain)\s*$/.test(m.before) ||
      // "would you like to share a dessert?": sharing a thing, not what happened
      /(share|vent|talk)$/.test(m.phrase) && /^\s*(a|an|the|some|my|our|his|her|this|these|those|\d)\b/.test(m.after) ||
      (/^how are (you|u) (feeling|doing)$/.test(m.phrase) && /^\s*(today|this morning|tonight|this evening|these days)?\s*[?!.]*\s*$/.test(m.after)) ||
      // "hi, what's on your mind today?" opens a chat; "tell him what is on your mind" is advice, no question
      /on (your|ur) mind$/.test(m.phrase) && (!m.question || /^\W*(hi|hello|hey|good (morning|afternoon|evening))\b/.test(m.sentence)),
    match:
      [
      'how (are|were|is|do|did|does) ({you}|that|this|it) #Adverb? (feeling|feel|holding up|coping|handling|dealing|taking it)',
      'how (did|does|do|would) (that|this|it) make {you} feel',
      // "how did the phone call make you feel?", "how does all this make you feel, love?"
      'how (did|does|do|would) (that|this|the|all|your|ur) #Adjective? #Noun? #Noun? make {you} feel',
      'what (was|is|were) (that|it|this) like',
      'what happened',
      'what (is|has|had) been (going on|happening|bothering|worrying|hardest)',
      'how long have {you} (felt|been feeling|been dealing|been struggling|been going through)',
      'what do {you} think (caused|is causing|made|makes|triggered|is behind)',
      'what (is|was) the (hardest|worst|most difficult|scariest) part',
      '(do|would) {you} (want|like) to talk about (it|this|that|what|why|how|whatever)',
      // "would you like to share more about him?", "do you want to vent a bit more?"
      '(do|would) {you} (want|like|wanna) to (share|vent|talk) #Adverb? (more|a bit|a little|about)?',
      'what (is|was) going on',
      'what (is|was) (making|bothering|worrying|troubling|upsetting|scaring|hurting) {you}',
      // "what led you to feel this way?", "what do you think is causing it?", "what's been on your mind lately?"
      'what (led|leads|has led|brought) (to)? {you} (to)? (feel|feeling|to feel|this)',
      'what (is|was|has been) (causing|giving) {you} (to feel|to be|such|so|this|that|the|a lot)',
      'what (do|did) {you} think (is|was) (causing|behind|the cause|the reason|giving|making)',
      'what (is|has|was)? (been)? on (your|ur) mind',
      'what about .{1,4} (is|was) #Adverb? (making|bothering|worrying|upsetting|hurting|getting|eating) (to|at)? {you}',
      'what (made|makes|making|got|has) {you} (feel|think|so|upset|worried|feeling)',
      'why (do|did|would) {you} feel',
      '(can|could|would) {you} tell me (more|what|about|how)',
      'tell me (more|what happened|about it)',
      '(is|was) there (anything|something) .{0,6} (feeling|bothering|worrying|upsetting|troubling)',
    ],
    severity: 'low',
  },
  // "I bet you hate waiting for the results", "oh I bet you wanted to yell at them" (guessing a feeling kindly)
  {
    reason: 'reflect-you-feel',
    match: 'i bet {you} #Adverb? (hate|wanted|want|miss|missed|feel|felt|were|are|love|loved|enjoyed|wish)',
    severity: 'low',
  },
  // "I don't think you're lazy at all" (taking a label off them is validation)
  {
    reason: 'reflect-validate',
    match: 'i (do not|dont) think {youare} .? {label}',
    severity: 'low',
  },
  // "no wonder you're exhausted", "I would be upset too"
  {
    reason: 'reflect-validate',
    match: [
      'no wonder {you}',
      'i would be #Adverb? (upset|angry|mad|sad|frustrated|annoyed|scared|nervous|worried|pissed|devastated|hurt|furious|heartbroken) (too|as well)',
    ],
    severity: 'low',
  },
  // "that is just not on", "that's so mean of them", "that was out of order": siding with them against what
  // happened ("that's mean of you" accuses, so only a third person counts for the unkind words)
  {
    reason: 'reflect-validate',
    match: [
      '(that is|thats|that was|that) #Adverb? (so|really|just|very|totally|completely)? (not right|not fair|not ok|not okay|not on|out of order|uncalled for|messed up)',
      '(that is|thats|that was|that) #Adverb? (so|really|just|very|pretty)? (mean|cruel|harsh|unkind|rude|selfish|awful|horrible|low|cold|hurtful|out of order) of (them|him|her|your #Noun|ur #Noun|people)',
    ],
    severity: 'low',
    // ("that's not right, the total is 42" corrects a fact: "not …" counts said as a verdict, closed off or about them)
    skipIf: (m) => m.question || OWN.test(m.before) || /^\s*(to (me|us)|of me)\b/.test(m.after) ||
      /\bnot\b/.test(m.phrase) && !/^\s*($|[!.]|(at all|of (them|him|her)|on you|for you|to you|to (treat|say|do)|how|what (they|he|she)|honestly|tbh|mate|man|babe|hun|x+)\b)/.test(m.after),
  },
  // "I hate to hear about the flat", "so sad to hear about your nan": the "sorry to hear" of those who don't say sorry
  // ("I'd hate to hear that from my boss" imagines it for the speaker)
  {
    reason: 'reflect-validate',
    match: '(hate|sad|saddened|gutted|heartbroken|upset|awful) to (hear|read) (that|this|about|what|how|you)',
    severity: 'low',
    // ("so sad to hear this from you of all people" is disappointment in them)
    skipIf: (m) => /\b(would|'d|i'd|id|will|'ll)\s*$/.test(m.before) || /^\s*(from (me|us|my|you|u)|said)\b/.test(m.after),
  },
  // "I don't blame you for being cross", "i dont blame you one bit"
  {
    reason: 'reflect-dont-blame',
    match: 'i (do|can|could) not blame {you}',
    severity: 'low',
  },
  // "you're not alone in this", "it's okay to feel sad", "that's understandable after a week like that", "I'm here for you, whatever you decide"
  {
    reason: 'reflect-validate',
    match: [
      '{youare} not alone',
      '(i am|here) for {you}',
      '(it is|its|that is|thats) #Adverb? (ok|okay|normal|understandable|natural|valid|fine|alright) to (feel|be)',
      '(that is|thats|it is|its) #Adverb? (so|completely|totally|very|really|perfectly|entirely)? (understandable|valid)',
    ],
    severity: 'low',
  },
  // curiosity about their experience after they shared something: "what's going through your head?",
  // "what part is weighing on you most?", "what do you miss most?", "what made you start feeling
  // that way?", "what did they say?", "how's your dad doing?", "what was she like?" (after a loss).
  // The last three are ordinary questions without a feeling before them.
  {
    reason: 'reflect-open-question',
    match: [
      'what (is|was|has been) going through (your|ur) (head|mind)',
      'what (part|bit|side) (of it|of that|of this)? (is|was|feels|has been) #Adverb? (weighing|getting|hardest|worst|scariest|bothering|hurting|eating)',
      'what (do|did) {you} miss #Adverb? (the)? most',
      'what (made|makes) {you} (start|notice|realise|realize|begin)',
    ],
    severity: 'low',
    skipIf: (m) => /\b(of|about|know|remember)\s*$/.test(m.before),
  },
  {
    reason: 'reflect-open-question',
    onlyAfterFeeling: true,
    match: [
      'what did (they|he|she|your #Noun|ur #Noun) (say|do|tell you)',
      'how (is|are|was) (your|ur) #Noun (doing|holding up|coping|taking it)',
      'how (is|are|was|s) (he|she|they) (doing|holding up|coping|taking it)',
      '^what (was|were) (he|she|they) like',
      // "stuck how?", "lost how?": their own word handed back as a question
      '^(#Adjective|#Verb) how',
    ],
    severity: 'low',
    skipIf: (m) => !m.question || /\b(if|when|so)\s*$/.test(m.before),
  },
  // owning one's part and inviting them to say more: "what did I do that upset you?", "I'm
  // listening", "do you want to talk it through?"
  {
    reason: 'reflect-open-question',
    match: [
      'what did i (say|do) (that|to) #Adverb? (hurt|upset|annoyed|bothered|made|make)',
      '(do|would)? {you} (want|wanna|like) to talk (it|this|that|things) (through|out)',
      '(i am|im) (listening|all ears)',
    ],
    severity: 'low',
    skipIf: (m) => /\b(if|when|unless)\s*$/.test(m.before) || (/(listening|ears)$/.test(m.phrase) && /^\s*to\b/.test(m.after)),
  },
  // validating in a chat register: "leaving home hits hard", "that's a lot to juggle at once",
  // "it's so easy to slip into that", "you're annoyed because it feels like it's all on you"
  {
    reason: 'reflect-validate',
    match: [
      '(it is|its|it can be) #Adverb? (so|really|very|super|too)? easy to (feel|fall|slip|spiral|compare|blame|end up|beat|lose|doubt|overthink|get caught|get stuck|get sucked|get lost|get overwhelmed)',
      '(is|are|feels|can feel) #Adverb? (so|just|such)? (much|a lot) (to carry|to juggle|to deal with|to handle|at once)?',
    ],
    severity: 'low',
    skipIf: (m) =>
      m.question || OWN.test(m.before) ||
      // "is so much fun", "is so much better": an amount, not a weight
      (/(much|lot)$/.test(m.phrase) && (/^\s*(fun|better|worse|more|easier|nicer|cooler|bigger|cheaper|of|like|money)\b/.test(m.after) || !/\b[a-z]{2,}ing\b|\b(that|this|it|all (of )?(that|this))\s*$/.test(m.before))),
  },
  // "leaving home hits hard" after they shared it (a song or a coffee "hits different" otherwise)
  {
    reason: 'reflect-validate',
    onlyAfterFeeling: true,
    match: '(hits|hit|hitting) #Adverb? (hard|home)',
    severity: 'low',
    skipIf: (m) => m.question || OWN.test(m.before),
  },
  {
    reason: 'reflect-you-feel',
    match: `{youare} #Adverb? (feeling)? (annoyed|frustrated|hurt|upset|angry|sad|scared|worried|exhausted|overwhelmed|anxious|disappointed|lonely|stressed|nervous|gutted|fed up|tired|drained|jealous|embarrassed|ashamed|heartbroken|resentful) (because|that|about|since|cause|bc)`,
    severity: 'low',
    // "you're only upset because you lost" reads a motive; a question asks.
    skipIf: (m) => m.question || /\b(just|only|obviously|clearly|probably)\b/.test(m.phrase + ' ' + m.before) || /\b(if|when|unless)\s*$/.test(m.before),
  },
];

export const reflective: RuleFamily = {
  category: 'reflective',
  negatable: false,
  rules,
};
