/**
 * Outsourcing and blame: the speaker's own feeling, in a grammatical clause of their own, with the
 * need or a request (NVC's observation – feeling – need – request; Gottman's gentle start-up).
 *
 *   "you make me feel like an idiot"   → "I feel like an idiot when that happens, and I'd like us to talk about it."
 *   "u make me so angry sometimes"     → "I get so angry sometimes — can we talk about what's happening?"
 *   "you're freaking me out"           → "I'm feeling freaked out right now — could we slow down for a moment?"
 */
import type { Finding } from '../types';
import { isPastForm, verbForms, type Tense } from '../rephrase-grammar';
import { parse } from '../nlp';
import { aroundFinding, bare, capitalise, cut, firstWord, joinSentences, rotate, sincereHead, words, type Variant } from './shared';

/** What someone feels when "you're X-ing me": "you're freaking me out" → freaked out. */
const DOING_TO_ME: Record<string, string> = {
  freaking: 'freaked out', scaring: 'scared', driving: 'overwhelmed', stressing: 'stressed', upsetting: 'upset',
  annoying: 'annoyed', embarrassing: 'embarrassed', hurting: 'hurt', killing: 'overwhelmed', pissing: 'angry',
  grossing: 'grossed out', creeping: 'uneasy', bugging: 'bothered', bothering: 'bothered', frustrating: 'frustrated',
  confusing: 'confused', depressing: 'down', suffocating: 'crowded', stressed: 'stressed',
  draining: 'drained', exhausting: 'worn out', overwhelming: 'overwhelmed', smothering: 'crowded',
  pressuring: 'pressured', guilting: 'guilty', torturing: 'overwhelmed', tormenting: 'overwhelmed',
};
/** "you give me anxiety", "u gave me so much stress": the feeling is the object, not the verb. */
const GIVEN = /^(give|gives|gave|giving|given)$/;
const givenFeeling = (object: string) =>
  /\b(anxiety|panic)/i.test(object) ? 'anxious' : /\bstress/i.test(object) ? 'stressed' : /\btrust issues\b/i.test(object) ? 'insecure' : 'overwhelmed';

/**
 * The feeling of "you make me …" as words that follow "I feel": "feel like an idiot" → "like an
 * idiot", "cry" → "like crying", "want to scream" → "like screaming", "so angry" stays.
 * Null when the words do not make a feeling ("you make me do everything").
 */
export function feelingOf(words0: string): string | null {
  let w = words0.replace(/^feel\s+/i, '').trim();
  if (!w) return null;
  const want = /^want\s+to\s+(\w+)(.*)$/i.exec(w);
  if (want) {
    const forms = verbForms(want[1]!);
    return forms ? `like ${forms.gerund}${want[2]}` : null;
  }
  if (/^like\b/i.test(w)) return w;
  const first = firstWord(w).toLowerCase();
  if (/^(so|really|very|super|too|kind of|kinda|pretty|totally|completely|incredibly|such)$/.test(first)) return w;
  const forms = verbForms(first);
  if (forms && forms.infinitive === first && !/^(sick|mad|sad|crazy|nuts|insane|happy|angry|upset|jealous|nervous|anxious)$/.test(first)) {
    // "cry", "scream", "laugh": a verb the speaker is moved to.
    if (/^(do|go|pay|take|get|have|make|clean|cook|say|tell)$/.test(first)) return null;
    return `like ${forms.gerund}${w.slice(first.length)}`;
  }
  return w.replace(/^badly\b/i, 'bad');
}

const NEEDS_PRESENT = [
  (f: string) => `I feel ${f} when that happens, and I'd like us to talk about it.`,
  (f: string) => `Honestly, I feel ${f}. Can we talk about it?`,
  (f: string) => `When that happens I feel ${f}. Could we figure out together what's going on?`,
  (f: string) => `I end up feeling ${f}, and I'd really like your help with that.`,
];
const NEEDS_PAST = [
  (f: string) => `I felt ${f} when that happened, and I'd like us to talk about it.`,
  (f: string) => `Honestly, that left me feeling ${f}. Can we talk about it?`,
  (f: string) => `I felt ${f}, and I'd like us to talk it through.`,
];
/** "you've made me feel like rubbish all week": it is still going on. */
const NEEDS_PERFECT = [
  (f: string) => `I've felt ${f}, and I'd like us to talk about it.`,
  (f: string) => `Honestly, I've been feeling ${f}. Can we talk about it?`,
  (f: string) => `I've been feeling ${f} — can we talk it through?`,
];
/** What the speaker did ("you made me cry"): said as it happened, never softened to "felt like crying". */
const ENDED_UP = {
  present: [(g: string) => `I end up ${g}, and I'd like us to talk about it.`, (g: string) => `Honestly, I end up ${g}. Can we talk about it?`],
  past: [(g: string) => `I ended up ${g}, and I'd like us to talk about it.`, (g: string) => `Honestly, I ended up ${g}. Can we talk about it?`],
};
/** A feeling that already says when ("… every time you sigh", "… in front of people"): no "when that happens" on top. */
const OWN_TIME = /\b(?:when|whenever|every\s+time|each\s+time|if|after|all\s+(?:week|day|night|evening|afternoon)|in\s+front\s+of|since)\b/i;
const untimed = (list: ((f: string) => string)[], feeling: string) => (OWN_TIME.test(feeling) ? list.filter((make) => !/when that happen/i.test(make('x'))) : list);

/** "cry", "hate myself", "doubt everything": a bare verb after "make me" is something the speaker did. */
function doneOf(words0: string): string | null {
  const w = words0.trim();
  const first = firstWord(w).toLowerCase();
  if (!first || /^(feel|want|so|really|very|look|sound|like|do|go|pay|take|get|have|make|clean|cook|say|tell|be)$/.test(first)) return null;
  const forms = verbForms(first);
  if (!forms || forms.infinitive !== first || /^(sick|mad|sad|crazy|nuts|insane|happy|angry|upset|jealous|nervous|anxious|paranoid|stressed|guilty|small|stupid|useless|worthless)$/.test(first)) return null;
  return `${forms.gerund}${w.slice(first.length)}`;
}

/**
 * The feeling under a guilt trip or a sigh, from the draft's own words: "sit here on my own" →
 * lonely, "lie awake" → anxious, "I'd already cooked" → disappointed, "go hungry" → worried about
 * money. Never a feeling the draft does not carry ("I'll miss you" for a draft about money).
 */
const SIGH_FEELINGS: [RegExp, string][] = [
  [/\b(?:feel|be|being|get|left)\s+(?:so\s+|really\s+)?(humiliated|rejected|heartbroken|miserable|scared|anxious|lonely|stupid|embarrassed|useless|invisible)\b/i, '$1'],
  [/\b(scared|afraid|frightened|terrified)\b/i, 'scared'],
  [/\b(left\s+behind|left\s+out|afterthought|forgotten|last\s+on\s+the\s+list)\b/i, 'left out'],
  [/\b(anxious|worry|worrying|worried|overthink\w*|panick?\w*|lie\s+awake|not\s+sleeping|wondering|pacing)\b/i, 'anxious'],
  [/\b(hungry|skint|broke|rent|bills?)\b/i, 'worried about money'],
  [/\b(alone|on\s+my\s+own|by\s+myself|lonely|no\s+one|nobody)\b/i, 'lonely'],
  [/\b(miserable|sad|cry|crying|heartbroken|gutted)\b/i, 'sad'],
  [/\b(humiliated|embarrassed|idiot|eejit|fool|stupid)\b/i, 'embarrassed'],
  [/\b(cooked|bought|booked|planned|looking\s+forward|excited|dressed\s+up|made\s+(?:dinner|tea|the)|tickets?|ready)\b/i, 'disappointed'],
];
export function sighFeeling(sentence: string): string | null {
  // The sigh's own words ("don't worry about me", "don't mind me") carry no feeling of their own.
  const own = sentence.replace(/\b(?:don['’]?t|dont|do\s+not)\s+(?:worry|mind)(?:\s+about)?\s+me\b/gi, ' ');
  for (const [re, word] of SIGH_FEELINGS) {
    const m = re.exec(own);
    if (m) return word === '$1' ? m[1]!.toLowerCase() : word;
  }
  return null;
}
/**
 * What a sigh is about, in the draft's own words: "I'll spend my birthday weekend by myself then" →
 * "my birthday weekend", "guess I'll eat dinner alone" → "dinner", "I'll tell the kids you're busy"
 * → "the kids". A rewrite that says only "I feel a bit lonely" loses what the draft was about.
 */
const OCCASION = '(?:birthday|anniversary|wedding|party|dinner|tea|lunch|breakfast|date\\s+night|date|gig|show|play|recital|match|game|trip|holiday|weekend|christmas|new\\s+year|valentine[\'’]?s(?:\\s+day)?|work\\s+do|night\\s+out|call|film|movie|concert|plans|evening|day\\s+off|kids|children|meal|barbecue|bbq|leaving\\s+do|reunion|graduation|interview|appointment|scan)';
const TOPIC = new RegExp(`\\b(?:(?:my|our|your|the|this|that|tonight['’]s|tomorrow['’]s|saturday['’]s|sunday['’]s|friday['’]s)\\s+(?:(?:whole|entire|only|big|first|last|own|\\w+day|birthday|school|work|family|anniversary)\\s+){0,2}${OCCASION}|(?:dinner|tea|lunch|christmas|valentine['’]?s(?:\\s+day)?|date\\s+night|new\\s+year))\\b`, 'i');
export function topicOf(sentence: string): string | null {
  const m = TOPIC.exec(sentence.replace(/\bu\b/gi, 'you').replace(/\bur\b/gi, 'your'));
  // "the whole recital" is the recital: the sigh's emphasis is not the occasion's name
  return m ? m[0].replace(/^(?:Your|My|Our|The|This|That)\b/, (w) => w.toLowerCase()).replace(/\s+(?:whole|entire)\b/i, '').replace(/\s+/g, ' ') : null;
}

function sighLines(feeling: string, seed: number, topic: string | null = null): string[] {
  const request =
    feeling === 'lonely'
      ? topic && !/^(?:the\s+)?(?:kids|children)$/i.test(topic) ? `I was hoping you'd be there for ${topic} — can we make some time for us soon?` : "I'd love some time with you soon — can we plan it?"
      : feeling === 'disappointed' ? 'Could we find another time?' : 'Can we talk about it?';
  // A disappointment or a sadness is about the occasion; a worry is not ("anxious about my lunch").
  const about = topic && /^(?:disappointed|sad|left out|hurt)$/.test(feeling) ? ` about ${topic}` : '';
  const said = /^worried/.test(feeling) ? `I'm ${feeling}` : `I feel ${feeling === 'lonely' ? 'a bit lonely' : feeling}${about}`;
  return rotate([`Honestly, ${said}. ${request}`, `${said}, to be honest. ${request}`], seed, 64);
}
const NOW = [
  (f: string) => `I'm feeling ${f} right now — could we slow down for a moment?`,
  (f: string) => `I'm feeling ${f}, and I'd like us to talk about what's happening.`,
  (f: string) => `Right now I'm feeling ${f}. Can we take a breath and talk?`,
];

/** Laughter: "because of you I've watched six episodes 😂" is a joke, not blame. */
const LAUGHTER = /😂|🤣|😆|😅|\b(?:haha+|hehe+|lmao+|rofl)\b|\bno\s+way\b/i;
/** A good outcome credited to the partner: "because of you I finally tried sushi and I love it". */
const GOOD_OUTCOME = /\b(?:finally|obsessed|love|loving|addicted|hooked|the\s+best|so\s+happy|grateful|thankful)\b/i;

/** Is this "blame" a joke or a thank-you (no rewrite fits it)? Only the light reasons count. */
export function jokeOrThanks(sentence: string, f: Finding): boolean {
  if (!/^outsource-(because-of-you|doing-to-me|ruined)$/.test(f.reason)) return false;
  return LAUGHTER.test(sentence) || (f.reason === 'outsource-because-of-you' && GOOD_OUTCOME.test(sentence));
}

export function outsourcingVariants(sentence: string, fs: Finding[], seed: number): Variant[] {
  const out: Variant[] = [];
  const f = fs[0];
  if (!f) return out;
  const { head, a, b, tail } = aroundFinding(sentence, f.start);
  const keep = (mid: string) => joinSentences(sincereHead(head), mid, tail);
  const push = (text: string, move: string) => out.push({ text, move, category: 'outsourcing', acks: false, keepsIdea: false });
  // Chat words are the voice, not what is felt: "ruined my evening lol" → "my evening".
  const clause = bare(bare(sentence.slice(f.start, b)).replace(/\s+(?:lol|lmao|tbh|ngl|honestly|mate|babe|hun|x+)\b/gi, '')).replace(/\bu\b/gi, 'you');
  const afterPhrase = bare(sentence.slice(f.end, b)).trim();
  const feel = (list: ((f: string) => string)[], feeling: string, salt: number, move = 'own the feeling') => {
    for (const make of rotate(list, seed, salt)) push(keep(make(feeling)), move);
  };
  let m: RegExpExecArray | null;

  switch (f.reason) {
    case 'outsource-make-me-feel': {
      // "you left me feeling alone", "you've put me in a foul mood": the state is the feeling.
      const left = /^(?:you|u)(?:['’]ve|\s+have)?\s+(?:\w+ly\s+)?(?:left|leave|leaves|leaving)\s+me\s+feeling\s+(.+)$/i.exec(clause);
      if (left) {
        feel(untimed(/^(?:you|u)(?:['’]ve|\s+have)/i.test(clause) ? NEEDS_PERFECT : NEEDS_PAST, left[1]!), left[1]!, 52);
        break;
      }
      // "you shut me out and it makes me feel awful": their act is named; "it" carries the feeling.
      const itMade = /\b(?:it|that|this)(?:['’]s|\s+is|\s+has|\s+keeps|\s+was)?\s+(?:really\s+|just\s+|always\s+|honestly\s+|still\s+)?(makes|made|make|making)\s+me\s+(.+)$/i.exec(clause);
      const itFeeling = itMade ? feelingOf(itMade[2]!) : null;
      if (itMade && itFeeling) {
        // The act it names becomes the observation: "when you go quiet, I feel so anxious".
        const act = /^\s*(?:when\s+)?(?:you|u)\s+(.+?)(?:\s+and)?[\s,]*$/i.exec(sentence.slice(0, f.start));
        if (act && !/\b(?:know|think|realise|realize|see)$/i.test(act[1]!.split(/\s+/)[0]!) ) {
          const past = /made/i.test(itMade[1]!);
          push(`When you ${act[1]!.replace(/\bu\b/gi, 'you')}, I ${past ? 'felt' : 'feel'} ${itFeeling}. Can we talk about it?`, 'own the feeling');
        }
        feel(untimed(/made/i.test(itMade[1]!) ? NEEDS_PAST : NEEDS_PRESENT, itFeeling), itFeeling, 52);
        break;
      }
      const mood = /\b(?:put|puts|putting)\s+me\s+in\s+(?:a|this|such\s+a)\s+((?:\w+\s+)?mood)\b/i.exec(clause);
      if (mood) {
        for (const t of rotate([`I'm in a ${mood[1]!.toLowerCase()} now, honestly. Can we talk about it?`, `Honestly, I'm in a ${mood[1]!.toLowerCase()} now, and I'd like us to talk about it.`], seed, 52)) push(keep(t), 'own the feeling');
        break;
      }
      m = /^(?:(?:you|u)(['’]ve|['’]re)?\s+(?:\w+ly\s+)?((?:are|keep|have|always|never|just|really)\s+)?(make|makes|made|making)|(?:don['’]?t|dont|do\s+not|stop)\s+(?:make|making))\s+me\s+(.*)$/i.exec(clause);
      if (!m) break;
      // the contraction and the auxiliary are one slot to the reading below
      m = [m[0], `${m[1] ?? ''}${m[2] ?? ''}`, m[3]!, m[4]!] as unknown as RegExpExecArray;
      const perfect = /ve|have/i.test(m[1] ?? '') && /made/i.test(m[2] ?? '');
      const tense: Tense = /made/i.test(m[2] ?? '') && !/are|re/i.test(m[1] ?? '') ? 'past' : 'present';
      const done = doneOf(m[3]!);
      if (done) {
        for (const make of rotate(tense === 'past' ? ENDED_UP.past : ENDED_UP.present, seed, 52)) push(keep(make(perfect ? done : done)), 'own the feeling');
        break;
      }
      if (/^(look|sound)\b/i.test(m[3]!)) {
        // "you made me look stupid in front of everyone": said of what it felt like, not a worry about now
        const felt = m[3]!.replace(/^(look|sound)\s+/i, '');
        push(keep(tense === 'past' ? `I felt ${felt}, and I'd like us to talk about it.` : `I'm worried I ${m[3]}, and I'd like us to talk about it.`), 'own the feeling');
        break;
      }
      const feeling = feelingOf(m[3]!);
      if (!feeling) break;
      // "so angry sometimes": a habit, said as one — "I get so angry sometimes".
      if (/\b(sometimes|always|often|every time|all the time)\b/i.test(feeling) && !/^like\b/.test(feeling)) {
        // "make me so angry" → "I get so angry"; "make me feel stupid" keeps its "feel" ("I get stupid" is another thing).
        const verb = /^feel\b/i.test(m[3]!) ? 'feel' : 'get';
        for (const make of rotate([(x: string) => `I ${verb} ${x}, and I'd like us to talk about what's happening.`, (x: string) => `I ${verb} ${x} — can we talk about it?`, (x: string) => `Honestly, I ${verb} ${x}, and I need us to figure out why.`], seed, 51)) push(keep(make(feeling)), 'own the feeling');
        break;
      }
      feel(untimed(perfect ? NEEDS_PERFECT : tense === 'past' ? NEEDS_PAST : /are|re/i.test(m[1] ?? '') ? NOW : NEEDS_PRESENT, feeling), feeling, 52);
      break;
    }
    case 'outsource-fix-my-feelings':
      for (const t of rotate(["I'm feeling low right now — could you stay with me for a bit?", "I'm having a hard time right now, and I'd love some company.", "I'm feeling really down. Could we spend some time together?"], seed, 53)) push(keep(t), 'make a request');
      break;
    case 'outsource-your-fault': {
      const own = /^(?:that\s+)?(i['’]?m|i\s+am|i\s+can['’]?t|i\s+feel|i\s+have|i\s+was|i)\b(.*)$/i.exec(afterPhrase);
      if (own) push(keep(`${own[1]}${own[2]}, and I'd like your support.`.replace(/^i\b/, 'I')), 'own the feeling');
      for (const t of rotate(["I'm really upset about this, and I'd like us to figure it out together.", "I'm really stressed about this. Can we work out together what to do?"], seed, 54)) push(keep(t), 'own the feeling');
      break;
    }
    case 'outsource-because-of-you': {
      let without = cut(sentence, f.start, f.end);
      // "because of you and that argument, that's why": the answer's frame goes, its subject stays.
      without = without.replace(/^\s*(?:and|because|cos|cause|coz)\s+/i, '').replace(/[\s,]*(?:that['’]?s\s+why|that['’]?s\s+all|obviously|thanks(?:\s+for\s+that)?)\W*$/i, '');
      // A diary sentence without its "I" ("feel like a fool now") gets it back.
      if (/^\s*(?:feel|felt|feeling|been|was|am|can['’]?t|couldn['’]?t|haven['’]?t|didn['’]?t)\b/i.test(without)) without = `I ${without.trim().replace(/^feeling\b/i, 'am feeling')}`;
      const own = bare(without);
      if (words(own) >= 1 && words(own) <= 5 && !parse(own).has('#Verb')) {
        // Only a noun phrase is left ("that argument"): what is on the speaker's mind, said as theirs.
        for (const t of rotate([`${capitalise(own)} is still on my mind. Can we talk about it?`, `I keep going over ${own.replace(/^(?:the|that|this)\s+/i, 'that ')}. Can we talk about it?`], seed, 65)) push(t, 'own the feeling');
      } else if (words(own) >= 2) {
        for (const t of rotate([`${own}, and I'd like us to talk about it.`, `${own}. Can we talk about it?`, `${own}, and I'd like your support.`], seed, 65)) push(capitalise(t), 'own the feeling');
      }
      break;
    }
    case 'outsource-doing-to-me': {
      // "you've had me on edge all week", "your tone had me in bits": the state itself is the feeling
      const kept = /\b(?:had|got|put|left|kept|have)\s+me\s+(on edge|in bits|in a state|in this mood|in a mood|worried sick|in tears|beside myself|a wreck|so stressed|so anxious|so worried|so on edge|so paranoid|pacing|up all night|climbing the walls|second[- ]guessing|doubting|questioning)\b/i.exec(clause);
      if (kept) {
        if (/mood$/i.test(kept[1]!)) {
          // "you put me in this mood": the mood is now, not a feeling that was.
          for (const t of rotate(["I'm in a mood now, honestly. Can we talk about it?", "Honestly, I'm in a mood now, and I'd like us to talk about it."], seed, 55)) push(keep(t), 'own the feeling');
          break;
        }
        const state = /^(pacing|up all night|climbing the walls)$/i.test(kept[1]!) ? 'really anxious' : /^(second[- ]guessing|doubting|questioning)$/i.test(kept[1]!) ? 'unsure of myself' : kept[1]!.toLowerCase();
        feel(NEEDS_PAST, state, 55);
        break;
      }
      // "you made me look like an idiot at the party": how it felt, not "I felt made"
      const looked = /\b(made|make|makes|making)\s+me\s+(?:look|sound|feel)\s+(.+)$/i.exec(clause);
      if (looked) {
        feel(/^made$/i.test(looked[1]!) ? NEEDS_PAST : NOW, looked[2]!.trim(), 55);
        break;
      }
      m = /(\w+)\s+me\b\s*(?:out\b|crazy\b|nuts\b|insane\b|up the wall\b|mad\b)?\s*(.*)$/i.exec(clause);
      if (!m) break;
      const verb = m[1]!.toLowerCase();
      let feeling = GIVEN.test(verb) ? givenFeeling(m[2] ?? '') : DOING_TO_ME[verb];
      let past = false;
      if (!feeling) {
        const forms = verbForms(verb);
        if (!forms) break;
        feeling = forms.participle;
        past = isPastForm(verb);
      }
      const rest = m[2] && !GIVEN.test(verb) && /^(into|about|by|with)\b/i.test(m[2]) ? ` ${m[2]}` : '';
      feel(past ? NEEDS_PAST : NOW, feeling + rest, 55);
      break;
    }
    case 'outsource-ruined': {
      // "that's my whole weekend wrecked", "now I'll be up all night worrying": the loss, as their own
      const mine = /\bmy\s+(?:whole\s+)?(day|night|evening|weekend|week|birthday|holiday|plans|mood)\b/i.exec(clause);
      if (/^(that['’]?s|that is|there goes|now)\b/i.test(f.phrase)) {
        const what = mine ? `my ${mine[1]!.toLowerCase()}` : 'tonight';
        // a sarcastic "great," or "thanks for that," before it goes with the sarcasm
        const lead = /^\W*(great|perfect|wonderful|brilliant|lovely|cool|fantastic|awesome|thanks( for that| a lot)?|cheers|nice one|well done)\W*$/i.test(head) ? '' : head;
        for (const t of rotate([`I'm really disappointed about ${what}, and I'd like us to talk about it.`, `I'm upset about ${what} — can we talk about what happened?`], seed, 62)) push(joinSentences(lead, t), 'own the feeling');
        break;
      }
      m = /(?:ruined|wrecked|destroyed|spoiled|ruin|ruining|wreck|wrecking|destroying|ruins|messed up)\s+(.*)$/i.exec(clause);
      const what = m?.[1]?.trim().replace(/^(then|now|again|cheers|thanks|great)\b\W*$/i, '');
      // "my christmas ruined then": the loss is what came before the word
      const lost = /\bmy\s+(?:whole\s+|entire\s+|one\s+|only\s+)?([a-z]+)\s+(?:is\s+|has\s+been\s+|'s\s+|’s\s+)?(?:now\s+|officially\s+|totally\s+|completely\s+)?(?:ruined|wrecked|destroyed|spoiled|spoilt|gone)\b/i.exec(clause);
      const about = what && !/^(it|this|that|everything|me|us|me with .*|us with .*)$/i.test(what) ? what : lost ? `my ${lost[1]!.toLowerCase()}` : 'this';
      for (const t of rotate([`I'm really upset about ${about}, and I'd like us to talk about it.`, `I'm so disappointed about ${about}. Can we talk about what happened?`], seed, 56)) push(keep(t), 'own the feeling');
      break;
    }
    case 'outsource-fix-this':
      m = /(?:(?:will|can|could|would)\s+(?:you|u)\s+(?:please\s+)?|(?:you|u)\s+(?:need\s+to|have\s+to|better|must)\s+|just\s+)?fix\s+(this|it|that)\b/i.exec(sentence);
      if (m) push(sentence.slice(0, m.index) + 'can we figure this out together' + sentence.slice(m.index + m[0].length).replace(/^[.!?]*/, '?'), 'make a request');
      break;
    case 'outsource-blame':
      m = /^i\s*(?:['’]m|am)\s+(?:\w+ly\s+)?((?:so|really|very)\s+)?(mad|angry|furious|pissed|disappointed)\s+(?:at|with)\s+(?:you|u)\b\s*(.*)$/i.exec(clause);
      if (m) {
        feel(NOW, `${m[1] ?? ''}${m[2]}${m[3] ? ` ${m[3]}` : ''}`, 57);
        break;
      }
      if (/started/i.test(f.phrase)) push(keep("I'm upset about how this started, and I'd like us to sort it out together."), 'make a request');
      for (const t of rotate(["I'm really hurt right now, and I'd like us to talk about it.", "I'm hurting over this. Can we talk about what happened?"], seed, 58)) push(keep(t), 'own the feeling');
      break;
    case 'outsource-guilt-trip': {
      // The sadness under the sigh, said plainly, and something they can do about it. The whole
      // sentence is the sigh ("don't mind me, I'll just sit here on my own"): nothing of it is kept.
      const disappointed = /looking forward|excited|counting|planning/i.test(f.phrase);
      const sigh = disappointed ? null : sighFeeling(sentence);
      if (sigh) {
        for (const t of sighLines(sigh, seed, topicOf(sentence))) push(joinSentences(sincereHead(head), t), 'own the feeling');
        break;
      }
      const topic = topicOf(sentence);
      const lines = disappointed
        ? [`I was really looking forward to ${topic ?? 'it'}, so I'm disappointed. Can we find another time?`, `Honestly, I'm disappointed — I was excited about ${topic ?? 'it'}. Could we plan another time?`]
        : [`Honestly, I'm a bit hurt${topic ? ` about ${topic}` : ''}. Can we talk about it?`, `I'm disappointed${topic ? ` about ${topic}` : ''}, to be honest — can we talk about it?`];
      for (const t of rotate(lines, seed, 61)) push(joinSentences(sincereHead(head), t), 'own the feeling');
      break;
    }
    case 'outsource-how-could-you':
      for (const t of rotate(["I'm really hurt by what happened, and I'd like to understand it — can we talk?", "That really hurt me. Can you help me understand what happened?"], seed, 59)) push(keep(t), 'own the feeling');
      break;
    case 'scored-outsourcing':
      // Raised by the scorer, mostly a sigh or a sarcastic aside ("k. I'll just lie awake then",
      // "so I get to explain it to everyone. thanks so much"): the whole rest of the sentence is
      // the sigh, so none of it is kept; the hurt is said plainly, with a way forward — the hurt
      // the draft carries when it names one ("… on my own" is lonely, "lie awake" anxious).
      {
        const sigh = sighFeeling(sentence);
        if (sigh) for (const t of sighLines(sigh, seed, topicOf(sentence))) push(joinSentences(sincereHead(head), t), 'own the feeling');
      }
      {
        const topic = topicOf(sentence);
        const about = topic ? ` about ${topic}` : '';
        for (const t of rotate([`Honestly, I'm hurt${about}, and I'd like us to talk about it.`, `I'm disappointed${about}, to be honest — can we talk about it?`, `That's hard for me. Can we find a way through it together?`], seed, 63)) push(joinSentences(sincereHead(head), t), 'own the feeling');
      }
      return out;
  }
  // Said without the draft's own feeling only when the moves above found too little of it to say.
  if (out.length < 2) for (const t of rotate(["I'm upset, honestly, and I'd like us to talk about it.", "Honestly, I'm hurting. Can we talk about it?"], seed, 60)) push(keep(t), 'own the feeling');
  return out;
}
