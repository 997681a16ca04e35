/**
 * How the moment a draft was written changes severity (../shared/PRODUCT.md): advice reads as
 * more rushed after a message that carried a feeling, and when typed in a burst right after
 * focusing the composer.
 */
import { HARD_FEELINGS, HARDSHIP_NOUNS, HARDSHIP_SHAPES, NOT_HARDSHIP } from './feelings';
import { FEELING_WORDS, hasWord, NEGATIVE_WORDS } from './lexicon';
import { normalizeChat } from './normalize';
import type { AnalysisContext, Severity } from './types';

/** The message as the patterns below read it: chat spellings written out (quotes straightened), lower case. */
const lowerOf = (message: string) => normalizeChat(message).toLowerCase();

const LEVELS: readonly Severity[] = ['low', 'medium', 'high'];

export function shift(severity: Severity, by: number): Severity {
  const i = Math.min(LEVELS.length - 1, Math.max(0, LEVELS.indexOf(severity) + by));
  return LEVELS[i]!;
}

/**
 * lexicon.ts's FEELING_WORDS without the words that are as often an everyday word ("I passed!",
 * "down the road", "hard drive", "lost my keys", "sick!"): those count only in HARDSHIP_SHAPES'
 * shapes ("passed away", "feeling down", "a hard time", "sick of").
 */
const EVERYDAY = new Set(['passed', 'broke', 'down', 'hard', 'lost', 'sick', 'mad', 'alone', 'died', 'miss him', 'miss her']);
const WORDS: readonly string[] = [...new Set([...FEELING_WORDS.filter((w) => !EVERYDAY.has(w)), ...HARD_FEELINGS, ...HARDSHIP_NOUNS])];

/** "I feel / I'm feeling …" unless what follows is a good state ("I feel great", "feeling so lucky"). */
const I_FEEL = /\b(i feel|i'm feeling|i am feeling|i felt|i've been feeling|feeling)\b(?! (so |really |very |much |super |pretty |a lot |a bit |kinda |quite )?(good|great|better|fine|ok|okay|alright|amazing|awesome|happy|excited|lucky|blessed|proud|relieved|grateful|thankful|loved|confident|hopeful|calm|rested|refreshed|fantastic|wonderful|up for|like (?!a failure|a burden|an idiot|shit|crap|nobody|no one|i|i'm|everything|nothing|giving up|crying|dying|screaming|a mess|a fraud|an outsider)))/;

/** Faces and hearts of distress. */
const SAD_EMOJI = /[😢😭😞😔😟😩😫💔😡😠😥😓🥺😿😪🙁☹😣😖😰😨😤🤬]/u;

/** News people share to be celebrated: "we got the flat!!", "I passed", "guess what". */
const GOOD_NEWS =
  /\b(got (the|a|my|an|in)\b|got (promoted|engaged|married|accepted|in)|(i|we) (passed|won|made it|graduated)|promot(ed|ion)|engaged|pregnant|accepted|offer(ed)? (me|the)|(got|been|was|were|i've been|i was) offered|(just |finally )?got paid|pay ?day|good news|great news|guess what|so (happy|excited|proud)|can'?t wait|finally|yay+|woo+h?o*|omg yes|we did it|nailed it|(just|finally) (signed|booked|landed|moved into)|(i|we)('ve| have)? (just )?(booked|bought us|signed)|went (really |so |super |amazingly )?well)\b|🎉|🥳|🙌|😍/i;

/**
 * "got a …" is as often bad news as good: a parking ticket, a bad review, a blood test back with
 * something high, trouble. News with one of these, or with a hard feeling, is not for celebrating.
 */
const NOT_GOOD =
  /\b(parking|speeding|traffic) (ticket|fine)s?\b|\b(a|another|the) fine\b|\bfined\b|\bd[wu]i\b|\b(bad|low|terrible|awful|poor|negative|horrible|shit|crap) (review|pass|grade|mark|score|result|results|news|feedback|appraisal)\b|\b(in|into) (big |so much |a lot of |serious )?trouble\b|\b(is|was|are|were|came back|'s) (too |really |very |quite |so )?(high|low|abnormal|positive)\b|\bugh+\b|🙄|😒|😩|😤/i;

export function isGoodNews(message: string | undefined): boolean {
  return !!message && GOOD_NEWS.test(message) && !NOT_GOOD.test(message) && !carriesFeeling(message);
}

/**
 * The partner apologising for something they did ("sorry I broke your mug", "so sorry I forgot
 * to call", "sorry for the mess", "sorry I'm rambling"): they are owning an act, not sharing a
 * hurt, so "don't worry about it" after it is forgiveness, not a worry brushed aside. Removed
 * before the check, up to the end of its clause; a hurt told next to it still counts ("sorry to
 * dump this on you but he left me" is not this shape, and "sorry, I'm just so tired" keeps "tired").
 */
const OWN_APOLOGY =
  /\b(?:i'm |i am )?(?:so |really |very |truly |super )*sorry,? (?:(?:that )?i(?:'ve| have)? (?:just )?(?:broke|broken|forgot|forgotten|left|missed|spilled|spilt|ate|finished|lost your|used|took|borrowed|kept you|woke you|was late|am late|'m late|ran late|double[- ]booked|didn't (?:reply|text|call|answer|get back|see|realise|realize|mean)|never (?:replied|texted|called)|didn't|was so late|snapped|shouted|yelled)|i'm (?:rambling|going on|talking (?:so much|a lot|too much)|late|running late|being (?:so )?(?:slow|annoying|a pain))|for (?:the|being|that|my|not|leaving|forgetting|missing|taking|keeping|the late)|about (?:the|that|this|my|earlier|last night|yesterday|today|this morning|before))\b[^.!?,;]*/g;

/**
 * A falling-out told without a feeling word: "we had a huge row", "she's not speaking to me", "he
 * blocked me after the fight". Advice after it rushes past the hurt as after "I'm so upset". (A row
 * of seats and "not speaking to me about the party plans" are not it: the fight must be big or the
 * silence bare.)
 */
const FALLING_OUT =
  /\b(a|an|another|our) (huge|big|massive|blazing|horrible|awful|terrible|nasty|stupid|bad|proper) (row|fight|argument|falling out|bust-up|blowup|blow-up)\b|\b(had|have|having) (a|another) (row|fight|falling out|bust-up|blowup|blow-up)\b|\b(isn't|isnt|aren't|arent|hasn't|hasnt|haven't|havent|won't|wont|not|stopped|still not) (been )?(speaking|talking) to (me|us)\b(?! (about|yet)\b)|\b(blocked|unfollowed|unfriended) me\b/;

/**
 * Troubles told without a feeling word that carriesFeeling's lists miss, each a shape a person writes
 * when something is wrong (read on the message before NOT_HARDSHIP, which strips "so sick" as praise):
 * a thing wearing them down ("the move is stressing me out", "it's freaking me out", "work is burying
 * me", "so sick of doing it all"), a hurt from someone ("she didn't invite me", "he hasn't replied in a
 * week", "won't speak to me", "forgot our anniversary", "nobody came", "in front of everyone"), a setback
 * ("made redundant", "didn't get onto the course", "gonna fail", "might have to repeat the year", "i keep
 * messing up", "everything is going wrong", "money's so tight"), the body ("had this cough for weeks",
 * "my knee's swollen"), someone who won't put a wrong right ("the landlord won't fix the damp"), a lie
 * found out ("been lying to mum"), feeling like a fool, a wish to die, despair at what to do.
 * (Logistics and plans stay out: "the bus is late", "I'm home alone tonight", "lying on the beach".)
 */
const MORE_HARDSHIP: readonly RegExp[] = [
  /\b(stressing|freaking|wearing|grinding|bumming|burning|stressin) (me|us) (out|down)\b|\b(is|are|'s|'re|keeps?) (absolutely |completely |totally |really )?(burying|crushing|drowning|swamping) (me|us)\b|\bmaking me (ill|sick|nervous|anxious|worse|feel (bad|awful|terrible|sick|horrible|worse|small|stupid))\b|\b(so|really|fucking|very|getting|bit) (sick|tired) of\b/,
  /\b(didn't|did not|never|hasn't|hasnt|haven't|havent|won't|wont|wouldn't|refuses to|refused to) (even )?(invite|invited|reply to|replied to|text|texted|call|called|message|messaged|speak to|spoke to|talk to|talked to|look at|say (hi|hello|sorry) to) me\b|\b(hasn't|hasnt|haven't|havent) (replied|texted|messaged|called|spoken to me|answered)( me)? (in|for) (a|an|two|three|four|\d+|ages|days|weeks|over)\b|\b(forgot|forgotten|missed) (my|our) (birthday|bday|anniversary|graduation|recital|show|match)\b|\b(nobody|no one|noone) (came|showed up|turned up|remembered|noticed|asked|invited me|bought)\b|\bin front of (everyone|everybody|the (whole )?(class|team|office|family|group))\b/,
  /\bmade redundant\b|\b(didn't|did not|won't|wont|don't|dont) get (in|onto|into|on to|accepted|the job|the place|the role|the part|the promotion|picked|chosen|selected|shortlisted)\b|\b(going to|gonna|might|will|could|i'm going to|think i'll) (fail|flunk)\b|\b(have|had|got) to (repeat|resit|retake) (the|my|a|this)\b|\bi keep (messing|screwing|mucking|fucking) (up|it up|things up)\b|\bi keep (failing|making mistakes|getting it wrong|forgetting things)\b|\b(they|he|she) (regret|regrets) (hiring|picking|choosing|dating|marrying) me\b|\beverything('s| is)? (going|gone|went|goes) wrong\b|\b(money|cash|finances?|things)('s| is| are| has been| have been) (so |really |super |very |a bit )?tight\b|\b(spent|lost|blown|blew) (all|most) (of )?my savings\b|\bi can't (write|get) anything (done|down)?\b/,
  /\b(had|have|got|getting) (this|a|these|the)? ?(cough|headaches?|migraines?|fever|rash|back pain|chest pain|sore throat|toothache|lump|ear infection)\b[^.!?]{0,20}\b(for|since|again|won't|keeps?|every)\b|\bkeep getting (these |this |really bad |bad )?(headaches|migraines|nosebleeds|panic attacks|chest pains)\b|\b(ankle|knee|wrist|foot|hand|face|eye|leg|arm)('s| is) (all )?(swollen|killing me|bruised|bleeding)\b|\b(sprained|broke|broken|fractured|hurt|twisted) my (ankle|knee|wrist|foot|hand|leg|arm|back|neck)\b/,
  /\b(landlord|letting agent|agent|agency|boss|manager|council|school|company|he|she|they|mum|mom|dad|parents|partner|husband|wife|boyfriend|girlfriend|bf|gf|ex|teacher|tutor|flatmate|roommate)\s+(still )?(won't|wont|refuses to|refused to|keeps refusing to) (fix|pay|listen|help|let me|give me|talk to me|speak to me|apologi[sz]e|stop|leave me alone|answer|return|believe me)\b|\b(been|is|was|keeps|has been) (lying|lied) to (me|us|mum|mom|dad|everyone|her|him|them|my)\b|\b(been|is|was) cheating\b|\b(got|been|was|were|getting) (catfished|scammed|conned|mugged|burgled|ripped off|humiliated|laughed at|stood up)\b|\bsince (we|i) split\b|\bafter (we|i) split\b/,
  /\b(haven't|havent|still not|still haven't|not) heard back\b|\b(not|n't|never) (good|smart|pretty|thin|clever) enough\b|\b(don't|do not|dont) think i('m| am|m) (good enough|smart enough|ready|qualified|cut out)\b|\bstill single\b|\bfeel(ing)? (like )?(such )?(an? )?(complete |total |absolute |massive |huge )?(idiot|failure|fool|loser|fraud|burden|disappointment|joke)\b|\b(want|wanna|wanted|wish|pray) (to |that i |i could |i would |i'd |i )?(die|disappear|not wake up|not be here|end it all)\b|\bkill(ing)? myself\b|\bsuicid\w*|\bend(ing)? my life\b|\bwhat am i (even )?supposed to do\b|\bnothing (really |actually |ever |seems to )?(helps|works)\b/,
];

/**
 * The partner's message carries a hard feeling or a hardship: "I'm so stressed", "I feel awful",
 * "I cried all night", "im not ok", "got dumped", "can't sleep", "so done with this". Good news,
 * logistics and plain questions do not count (a suggestion after them is not rushed).
 */
export function carriesFeeling(message: string | undefined): boolean {
  if (!message) return false;
  if (SAD_EMOJI.test(message)) return true;
  const lower = lowerOf(message).replace(/\s+'\s*(m|s|re|ve|ll|d|t)\b/g, "'$1").replace(/\s+n't\b/g, "n't").replace(/\brlly\b|\brly\b/g, 'really');
  const text = lower.replace(NOT_HARDSHIP, ' ').replace(OWN_APOLOGY, ' ');
  return hasWord(text, WORDS) || I_FEEL.test(text) || HARDSHIP_SHAPES.some((re) => re.test(text)) || FALLING_OUT.test(text) ||
    MORE_HARDSHIP.some((re) => re.test(lower.replace(OWN_APOLOGY, ' ')));
}

/**
 * The partner's message apologises for an act and carries no hurt besides ("so sorry I broke your
 * mug"): "don't worry about it", "no worries" after it forgive; they do not brush a feeling aside.
 */
export function isOwnApology(message: string | undefined): boolean {
  if (!message) return false;
  // search(), unlike test(), ignores the global regex's lastIndex
  return lowerOf(message).search(OWN_APOLOGY) >= 0 && !carriesFeeling(message);
}

/**
 * The partner asked for a pick or a plan: "help me choose", "the red or the blue?", "where should
 * we eat?", "what should I wear?", "thoughts??", "got any recs for a present?". Advice given then is
 * an answer, not a rushed fix. A request for advice about a problem ("what should I do about it?", "got any
 * advice?", "how do I handle her?") is left to the rules: read-labelled support replies count
 * advice after it as a fix, and gating it lowered their recall across sources. Not when they turn
 * advice away ("I don't need ideas, just listen") or ask in despair ("what am I supposed to do").
 */
const ASKS_ADVICE = new RegExp(
  [
    String.raw`\b(where|when|what time) (do you think |would you say )?(should|shall) (i|we)\b(?! (even|ever)\b)`,
    String.raw`\bwhat (do you think )?(should|shall) (i|we) (wear|get|buy|book|order|bring|cook|make|eat|watch|read|call|name|pack|give|take|drink|play|listen to|go for)\b`,
    String.raw`\b(any|got any|have you got any|do you have any) (ideas|suggestions|recommendations|recs|thoughts) (for|on) (a|an|the|dinner|lunch|presents?|gifts?|names?|places?|things)\b`,
    String.raw`(^|[.!?,]\s*)(ideas|thoughts|opinions?|suggestions|recommendations|recs)\s*\?`,
    String.raw`\bhelp me (pick|choose|decide between|find a)\b|\bwhich (one|is better|would you|do you prefer|should i)\b|\bcan you recommend\b|\brecommend (me |us )?(a|an|any|some)\b`,
    String.raw`\b(should|shall) (i|we) (go for|get|wear|book|order|pick|choose|buy) (the|a|an|this|that|one)\b`,
    // "blue or green?": a pick between two
    String.raw`^(?!.*\b(are|did|do|have|were|was|will|is) (you|u|it)\b)[^.!?]*\b\w+ or (the )?(?!not\b)\w+\s*\?+\s*$`,
    // A practical question: how to work a thing, a good one to buy, whether something is done, what to
    // play ("how do I stop the monitor beeping?", "what's a good laptop for uni?", "is it weird to wear
    // trainers to a wedding?", "any requests?"), not how to stop a feeling or handle a person.
    String.raw`\bhow (do|can|should|would) (i|we|you) (get|stop|fix|turn|reset|clean|cook|make|open|remove|unblock|unlock|change|set up|install|use|keep) (the|a|an|my|this|that|it|these|those)\b(?![^?]*\b(feel|feeling|thinking|him|her|them|crying|worry|worrying|panicking|sad|anxious|angry|upset)\b)`,
    String.raw`\bwhat('s| is| are|re) (a|the|some) (good|best|decent|cheap|nice) \w+|\bis it (weird|ok|okay|rude|bad|fine|acceptable|tacky) (to|if)\b(?![^?]*\b(feel|feeling|cry|crying|miss)\b)|\bany (requests|recs|song requests)\b`,
    // Getting somewhere and the when and where of a plan: "how do I get to yours?", "where do we park?",
    // "what time should I leave?", "how long does it take?" (not "want anything?": an offer, and a
    // reply to it can still advise about something else)
    String.raw`\bhow (do|can|should|would) (i|we) get (to (yours|mine|ours|the|your|my|our)|there|here|home)\b|\bwhere (do|can|should|shall) (i|we) (park|meet|go|get off|find|buy|leave)\b|\bwhat time (do|should|shall|can) (i|we)\b|\bhow long (does|will|would) it take\b`,
    // The same practical asks in other words: "any idea how to fix it?", "no idea what to get mum, help",
    // "do I need to bring anything?", "should we dress up?" (not "I don't know what to do": a problem)
    String.raw`\b(any )?(idea|ideas|clue) how (to|i|we) (fix|stop|get|turn|reset|clean|remove|unblock|unlock|change|set up|install|use|cook|make|open)\b(?![^?]*\b(feel|feeling|him|her|them|crying|worry|sad|anxious|upset)\b)|\b(no idea|not sure|can't decide|cant decide|don't know|dont know|idk) (what|which|where) (one )?(to|i should|we should) (get|buy|wear|cook|make|order|book|bring|watch|pick|choose|give|eat|read|play)\b|\b(do|should|shall) (i|we) (need to |have to )?(bring|wear|take) (anything|something|a (bottle|gift|present|dish|jacket|coat|card)|cash|food|snacks|drinks|wine|flowers)\b|\b(do|should|shall) (i|we) (need to |have to )?(tip|dress up)\b`,
  ].join('|'),
);
const REFUSES_ADVICE = /\b(don't|dont|do not|didn't|not) (need|want|asking for|looking for) (advice|ideas|solutions|tips|suggestions|you to fix|fixing)\b|\bjust (listen|need to vent|want to vent|venting)\b|\bsupposed to do\b|\bwhat (do|can) i even\b/;

/** The partner says they want no advice, only to be heard: "I don't need advice, I just need to vent". */
export function refusesAdvice(message: string | undefined): boolean {
  return !!message && REFUSES_ADVICE.test(lowerOf(message));
}

export function asksForAdvice(message: string | undefined): boolean {
  if (!message) return false;
  const lower = lowerOf(message);
  return ASKS_ADVICE.test(lower) && !REFUSES_ADVICE.test(lower);
}

/**
 * The partner asks how to face a problem of their own: "how should I approach him?", "what do I say
 * to her?", "any other advice?", "how did you handle it?", "should I tell my boss?". In a support chat
 * the feeling was often shared a turn earlier; the request itself shows a problem is on the table,
 * and read-labelled support replies count advice after it as rushed as after a feeling. A pick or a
 * plan ("should I get the red one?", "how do I get to yours?") is asksForAdvice's, and answering it is no fix.
 */
// ("any ideas for Dad's birthday?" asks for a pick: a request names a problem after "for/on", or none)
const ASKS_HELP = new RegExp(
  [
    // (not a bare "what do I do??": as often a practical emergency, a flat tyre or a lost key, asked to be solved)
    String.raw`\b(what|how) (should|do|can|could|would|shall) i (even )?(do (about|with) (him|her|them|this|it|my|that)|say|tell|approach|handle|deal|cope|talk|ask|start|get through|get over|stop|fix|make (him|her|them|it)|convince|save|move on|help|respond|react|bring (it|this) up|explain|let go|manage|overcome|improve|feel better|break (it|this|the (habit|cycle|pattern)))\b`,
    String.raw`\b(?<!(thanks|thank you) for )(any|some|other|more|got any|have any) (advice|suggestions|tips|ideas)\b(?! (for|on) (?!(how|what|dealing|handling|coping|getting|talking|telling|approaching|managing|being|making|staying)\b))`,
    String.raw`\bwhat would you do\b|\bhow did you (handle|deal|cope|get through|get over|manage|do it|get past)\b|\b(give|offer) me (an? |some )?(idea|advice|tips|suggestions)\b`,
    String.raw`\bshould i (just )?(tell|leave|quit|confront|talk|say|ask|text|call|break up|forgive|stay|report|give up|move out|let (it|him|her|them) go|reach out|see a|go to (the )?(doctor|therapist|hr|police|counsell?or))\b`,
  ].join('|'),
);

export function asksForHelp(message: string | undefined): boolean {
  if (!message) return false;
  const lower = lowerOf(message);
  return ASKS_HELP.test(lower) && !ASKS_ADVICE.test(lower) && !REFUSES_ADVICE.test(lower);
}

/** What combine() needs from the partner's message, each read once. */
export interface PartnerContext {
  /** A hard feeling or hardship (carriesFeeling), or help with a problem asked for (asksForHelp). */
  feeling: boolean;
  goodNews: boolean;
  ownApology: boolean;
  asksAdvice: boolean;
  /**
   * An everyday message: there is one, and it carries no feeling, no apology, no lapse owned and no
   * fault found with the speaker ("where are my keys?", "road trip tomorrow!!", "which film tonight?").
   */
  everyday: boolean;
  /**
   * The message reports what someone or something else did ("the train's delayed again", "my boss
   * moved the deadline"), not the partner's own act or plan, and finds no fault with the speaker.
   */
  othersDoing: boolean;
}

/**
 * The partner's own act or plan: "I'm going out", "we're staying in", "just got home", "going to
 * mum's", "gonna skip it". A message that opens with its subject in the first person, or with a
 * verb (the "I" left out, as texts do).
 */
const OWN_ACT = /^\W*((ok|okay|so|well|yeah|ugh|oh|hey|btw|also|fyi|lol|sorry)\W+)*(i|i'm|im|i've|ive|i'll|ill|i'd|id|i was|we|we're|were|we've|we'll|just|gonna|going|got|heading|off|leaving|staying|can't|cant|won't|wont|need|have|booked|bought|made|told|decided|forgot|beat|won|finished|started|signed|quit)\b/;

/** The message speaks to the reader: "you", "ur", "your". */
const ADDRESSES = /\b(you|u|ur|your|you're|youre)\b/;
/** "you never text me first anymore": the partner's message finds fault with the speaker. */
const FAULTS_SPEAKER = /\b(you|u|ur|your|you're|youre)\b[^.!?]*\b(always|never|anymore|any more)\b|\b(always|never)\b[^.!?]*\b(you|u)\b/;
/** "I forgot the bread", "can't make it tonight", "running late": a lapse owned, which a habit's "you always…" answers as a complaint. */
const LAPSE = /\b(i|i've|ive|i'm|im|i am|i have)\s+(just\s+|totally\s+|completely\s+)?(forgot|forgotten|lost|broke|broken|missed|spilled|spilt|dropped|messed|overslept|running late|late|can't make|cant make|won't make|wont make|need to cancel|have to cancel|got to cancel|gotta cancel|cancelled|canceled|didn't|didnt|haven't|havent)\b|\b(can't|cant|won't|wont) make it\b|\brunning late\b/;
/** The message gives the reply a grievance to answer: a lapse owned, or a fault found with the speaker. */
const grievance = (lower: string) => LAPSE.test(lower) || FAULTS_SPEAKER.test(lower) || (ADDRESSES.test(lower) && hasWord(lower, NEGATIVE_WORDS));

let lastMessage: string | undefined;
let lastRead: PartnerContext = { feeling: false, goodNews: false, ownApology: false, asksAdvice: false, everyday: false, othersDoing: false };

/**
 * The partner's message read for combine(). It stays the same while the user types a reply, so the
 * last reading is kept: a keystroke's analysis does not read it again.
 */
export function readPartnerContext(message: string | undefined): PartnerContext {
  if (message === lastMessage) return lastRead;
  // a feeling shared, or help with a problem asked for: advice after either can rush past it.
  // A bare "yeah", "ok", "thanks", "idk" after earlier talk is neither: the gate stays shut, as with no
  // message at all. Advice in its own words ("you should just…", "don't worry") still counts; only the
  // errand-shaped kinds ("grab milk", "go to bed") wait for a feeling they could rush past. (Opening the
  // gate on a backchannel was measured on train.jsonl: 6 more support replies caught and 2 more false
  // alarms, nothing elsewhere; too little to pay for errands flagged after "ok", so the quieter reading stays.)
  const feeling = carriesFeeling(message) || asksForHelp(message);
  lastMessage = message;
  const ownApology = !feeling && isOwnApology(message);
  const lower = message ? lowerOf(message) : '';
  lastRead = {
    feeling,
    goodNews: !feeling && isGoodNews(message),
    ownApology,
    asksAdvice: !feeling && asksForAdvice(message),
    everyday: !!lower.trim() && !feeling && !ownApology && !grievance(lower),
    othersDoing: !!lower.trim() && !OWN_ACT.test(lower) && !ADDRESSES.test(lower),
  };
  return lastRead;
}

/** Typed in a burst within a few seconds of focusing the composer. */
export const BURST_WINDOW_MS = 5000;
export const BURST_CHARS_PER_SECOND = 6;

export function isBurst(ctx: AnalysisContext | undefined): boolean {
  if (!ctx) return false;
  return (
    ctx.msSinceFocus !== undefined &&
    ctx.msSinceFocus <= BURST_WINDOW_MS &&
    (ctx.burstCharsPerSecond ?? 0) >= BURST_CHARS_PER_SECOND
  );
}
