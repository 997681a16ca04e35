/**
 * Assumption: the observation as a fact, the story named as the speaker's own, and a real question
 * (NVC's observation vs evaluation; the brief's collaborative meaning-making). A label ("you're so
 * lazy") becomes the behaviour and the need behind it.
 *
 *   "you never text back"        → "I'd really love it if you texted back. Can we talk about it?"
 *                                   / "The story in my head is that you aren't texting back — is that fair?"
 *   "you obviously don't care"   → "I'm telling myself this doesn't matter to you — is something going on?"
 *   "you're so lazy"             → "I'd really like some help with things around here. Could you pitch in?"
 */
import type { Finding } from '../types';
import { parse } from '../nlp';
import { isPastForm, isStative, verbForms, youClause, type Tense, type VerbForms } from '../rephrase-grammar';
import { OBJECT_AS_SUBJECT, aroundFinding, bare, capitalise, cut, firstWord, joinSentences, rotate, sincereHead, words, type Variant } from './shared';

const ABSOLUTE = /^(?:you|u)\s+((?:(?:always|never|constantly|forever|even|just|only|ever|obviously|clearly|evidently|secretly|really|simply|literally|actually|already|mostly)\s+)+)/i;

/**
 * How often the absolute said it happens, told as a habit the partner can answer to: "always" →
 * "often" ("you often interrupt me"), "never" → "hardly ever", "only … when" → "mostly … when".
 * A progressive ("you're interrupting me") would read as right now, not as the pattern meant.
 */
type Often = 'often' | 'rarely' | 'mostly' | null;

/** "you never listen to me", read: the verb, what follows it, negation and tense. */
type YouClause =
  | { kind: 'verb'; forms: VerbForms; tail: string; negative: boolean; tense: Tense; habit?: boolean; often?: Often }
  | { kind: 'fixed'; text: string };

/** "you're" → "you are", "you've" → "you have", "you'd" → "you would", "ur only …" → "you are only …". */
function expandYou(c: string): string {
  return c
    .replace(/^ur\s+(?=(?:only|just|always|never|so|not|clearly|obviously|really)\b)/i, 'you are ')
    .replace(/^(?:you|u)['’]?re\b/i, 'you are')
    .replace(/^(?:you|u)\s+r\b/i, 'you are')
    .replace(/^(?:you|u)['’]ve\b/i, 'you have')
    .replace(/^(?:you|u)['’]d\b/i, 'you would')
    .replace(/^(?:you|u)['’]ll\b/i, 'you will');
}

export function readYouClause(clause: string): YouClause | null {
  // Chat words are the voice, not the story: "you always forget lol" → "you often forget".
  let c = expandYou(bare(bare(clause).replace(/\s+(?:lol|lmao|haha+|tbh|ngl|honestly|mate|babe|hun|x+)\b/gi, ''))).replace(/\bur\b/gi, 'your').replace(/\bu\b/gi, 'you');
  // What insists rather than tells goes: a tag ("… don't you"), "obviously", "anyway", "so what's the point".
  c = c.replace(/\s+(?:don['’]?t|didn['’]?t|aren['’]?t|haven['’]?t|won['’]?t|isn['’]?t|wouldn['’]?t)\s+(?:you|u)$/i, '').replace(/\s+so\s+what['’]?s\s+the\s+point$/i, '').replace(/(?:\s+(?:obviously|clearly|anyway|so|then|already))+$/i, '');
  let negative = false;
  let often: Often = null;
  // "you say that every time" → "you often say that".
  const every = /\s+(?:every\s+(?:single\s+)?time|all\s+the\s+time|like\s+always|as\s+usual)$/i.exec(c);
  if (every) {
    c = c.slice(0, every.index);
    often = 'often';
  }
  let rest: string;
  let m = ABSOLUTE.exec(c);
  if (m) {
    negative = /\bnever\b/i.test(m[1]!);
    if (/\b(always|constantly|forever)\b/i.test(m[1]!) || often) often = 'often';
    else if (negative) often = 'rarely';
    else if (/\b(only|mostly)\b/i.test(m[1]!)) often = 'mostly';
    rest = c.slice(m[0].length);
  } else if ((m = /^you\s+(?:do\s+not|don['’]?t|dont)\s+((?:even|really|just|actually)\s+)*/i.exec(c))) {
    negative = true;
    rest = c.slice(m[0].length);
  } else if ((m = /^you\s+/i.exec(c))) rest = c.slice(m[0].length);
  else return null;
  // "you only say sorry so you can …": "only" before a reason is no frequency; it goes.
  if (often === 'mostly' && /\b(so|because|cos|cause|coz|cuz)\b/i.test(rest)) often = null;
  // "you're only saying that so …", "you're always tired when …", "you're clearly not fine".
  const are = /^(are|were)\s+/i.exec(rest);
  if (are) {
    let tail = rest.slice(are[0].length);
    const adv = /^((?:(?:always|constantly|forever|never|just|only|clearly|obviously|evidently|really|simply|literally|actually)\s+)+)/i.exec(tail);
    if (adv) {
      if (/\b(always|constantly|forever)\b/i.test(adv[1]!)) often = 'often';
      if (/\bnever\b/i.test(adv[1]!)) often = 'rarely';
      tail = tail.slice(adv[0].length);
    }
    const neg = /^not\s+/i.exec(tail);
    if (neg) {
      negative = !negative;
      tail = tail.slice(neg[0].length);
    }
    if (!tail || /^(like|such|this|that|so)\b/i.test(tail)) return null;
    const past = /^were$/i.test(are[1]!);
    if (often === 'rarely') return { kind: 'fixed', text: `${past ? 'you were' : "you're"} hardly ever ${tail}` };
    const be = past ? (negative ? "you weren't" : 'you were') : negative ? "you aren't" : "you're";
    return { kind: 'fixed', text: `${be}${often === 'often' && !negative ? ' often' : ''} ${tail}` };
  }
  // "you've clearly been planning this", "you've already decided it was me": the perfect stays.
  const have = /^(?:have|had)\s+((?:(?:already|clearly|obviously|just|really|even|probably|totally)\s+)*)(\w+)\b\s*(.*)$/i.exec(rest);
  if (have) {
    const done = have[2]!.toLowerCase();
    const forms = verbForms(done);
    if (done === 'been' || (forms && forms.participle === done && forms.infinitive !== done)) return { kind: 'fixed', text: `you've ${done}${have[3] ? ` ${have[3]}` : ''}` };
  }
  // "you obviously don't care", "you clearly didn't read it": the negation stays.
  let past = false;
  const neg = /^(do\s+not|don['’]?t|dont|did\s+not|didn['’]?t|didnt)\s+((?:even|really|just|actually)\s+)*/i.exec(rest);
  if (neg) {
    negative = !negative;
    past = /^did/i.test(neg[1]!);
    rest = rest.slice(neg[0].length);
  }
  // "you can't stand them" is said as liking them less.
  const stand = /^(?:can['’]?t|cant|cannot|can\s+not)\s+stand\s+(.+)$/i.exec(rest);
  if (stand) return { kind: 'fixed', text: `you don't like ${stand[1]} much` };
  // "you'd rather be anywhere than here" → "you'd prefer to be anywhere but here".
  const rather = /^(?:would|['’]d)\s+rather\s+(not\s+)?(.+)$/i.exec(rest);
  if (rather) {
    const what = rather[2]!.replace(/\b(anywhere|anything|anyone|anybody)\s+(else\s+)?than\b/i, '$1 $2but').replace(/\s+than\s+/i, ' rather than ');
    return { kind: 'fixed', text: `you'd prefer ${rather[1] || negative ? 'not ' : ''}to ${what}` };
  }
  // "you'll find an excuse" stays a prediction the partner can answer ("Will you?").
  const will = /^will\s+(?!not\b)(.+)$/i.exec(rest);
  if (will && !negative) return { kind: 'fixed', text: `you'll ${will[1]}` };
  const modal = /^(can['’]?t|cant|cannot|can\s+not|won['’]?t|have\s+to|need\s+to|want\s+to|wanted\s+to)\b\s*((?:even|really|just)\s+)*/i.exec(rest);
  if (modal) {
    let aux = modal[1]!.toLowerCase().replace(/can\s+not|cannot|cant/, "can't");
    if (negative && !/n['’]?t$/.test(aux)) aux = /^wanted/.test(aux) ? "didn't want to" : `don't ${aux}`;
    const after = rest.slice(modal[0].length).trim();
    if (!after) return null;
    return { kind: 'fixed', text: `you ${aux} ${after}` };
  }
  const verb = firstWord(rest);
  const forms = verbForms(verb);
  if (!forms) return null;
  let tail = rest.slice(verb.length).trim();
  // "you love winding me up", "you love playing the martyr": the doing is the story.
  if (/^(love|loves|enjoy|enjoys)$/i.test(verb) && /^\w+ing\b/i.test(tail) && !negative) {
    const gf = verbForms(firstWord(tail));
    if (!gf || isStative(gf.infinitive) || gf.infinitive === 'make') return null;
    return { kind: 'fixed', text: `you're ${tail}` };
  }
  const tense: Tense = past || isPastForm(verb) ? 'past' : 'present';
  if (forms.infinitive === 'care' && negative) {
    if (!tail) return { kind: 'fixed', text: "this doesn't matter to you" };
    // "what happens to Mam", "how I feel": a clause is one thing.
    if (/^(?:what|how|who|whether|if|where|when)\b/i.test(tail)) return { kind: 'fixed', text: `${tail} doesn't matter to you` };
    const about = /^about\s+(.+)$/i.exec(tail);
    if (!about) return { kind: 'fixed', text: "this doesn't matter to you" };
    const object = about[1]!.trim();
    const subject = OBJECT_AS_SUBJECT[object.toLowerCase()];
    if (subject) return { kind: 'fixed', text: `${subject} ${subject === 'I' || subject === 'we' || subject === 'they' ? "don't" : "doesn't"} matter to you` };
    return { kind: 'fixed', text: `${object} ${pluralSubject(object) ? "don't" : "doesn't"} matter to you` };
  }
  if (forms.infinitive === 'listen' && negative && !tail) tail = 'to me';
  // "you are like this" is no observation at all.
  if (forms.infinitive === 'be' && /^(?:(?:always|never|constantly|just|really|so)\s+)*(like|such|this|that)\b/i.test(tail)) return null;
  // "you always quit the second things get hard": a habit tied to a moment is said in the simple
  // present ("you quit the second …"), never as "you're quitting the second …".
  const habit = !!m && tense === 'present' && /\b(when|whenever|the\s+(?:second|minute|moment)|as\s+soon\s+as|every\s+time|if|before|after|once)\b/i.test(tail);
  return { kind: 'verb', forms, tail, negative, tense, habit, often: tense === 'present' && forms.infinitive !== 'be' ? often : null };
}

/** The story of a read clause, agreeing with "you". */
function storyOf(r: YouClause): string {
  if (r.kind === 'fixed') return r.text;
  const tail = r.tail ? ` ${r.tail}` : '';
  // "you often interrupt me", "you hardly ever ask", "you mostly ring when you need something".
  if (r.often === 'rarely') return `you hardly ever ${r.forms.infinitive}${tail}`;
  if (r.often && !r.negative) return `you ${r.often} ${r.forms.infinitive}${tail}`;
  if (r.habit) return `you ${r.negative ? "don't " : ''}${r.forms.infinitive}${tail}`;
  return youClause(r.forms, r.tail, { negative: r.negative, tense: r.tense });
}

/**
 * The real question after a story: the story echoed back ("… you resent my sister. Do you?"), the
 * way people check a hunch in a text.
 */
export function echoOf(story: string): string | null {
  const s = story.replace(/’/g, "'");
  if (/\band (?:I|it makes me)\b/.test(s)) return null;
  if (/^you(?:'re| are| aren't)\b/i.test(s)) return 'Are you?';
  if (/^you(?: were| weren't)\b/i.test(s)) return 'Were you?';
  if (/^you(?:'ve| have| haven't)\b/i.test(s)) return 'Have you?';
  if (/^you(?:'d| would)\b/i.test(s)) return 'Would you?';
  if (/^you(?:'ll| will)\b/i.test(s)) return 'Will you?';
  if (/^you (?:did|didn't)\b/i.test(s)) return 'Did you?';
  if (/^you (?:can|can't)\b/i.test(s) || /^you hardly ever\b/i.test(s)) return null;
  const m = /^(.+?) (doesn't|don't) matter to you\b/i.exec(s);
  if (m) {
    const who = m[1]!.toLowerCase();
    return who === 'i' ? 'Do I?' : who === 'we' ? 'Do we?' : m[2] === "doesn't" ? 'Does it?' : 'Do they?';
  }
  const v = /^you (?:(?:often|mostly|hardly ever|don't|do)\s+)?(\w+)/i.exec(s);
  if (!v) return null;
  return isPastForm(v[1]!) ? 'Did you?' : 'Do you?';
}

/**
 * Does a noun phrase take "don't" ("my friends", "you and me") or "doesn't" ("anything that matters
 * to me", "my job")? Only its head counts: a relative clause after it ("that matters", "I like") does not.
 */
function pluralSubject(np: string): boolean {
  const head = np.split(/\s+(?:that|which|who|whom|when|where|if|because|i|you|we|they|he|she)\b/i)[0]!.trim();
  if (/\b(and|both)\b/i.test(head)) return true;
  if (/^(any|every|no|some)(thing|one|body)\b/i.test(head)) return false;
  // Tagged in a noun phrase: a bare "plans" alone reads as a verb.
  const last = head.split(/\s+/).pop() ?? '';
  return parse(`the ${last}`).has('#Plural');
}

/** The story in the speaker's words, agreeing with "you": "you aren't texting back". */
export function storyClause(clause: string): string | null {
  const r = readYouClause(clause);
  if (!r) return null;
  return storyOf(r);
}

/** The story as the speaker's own hunch: plain words, several of them, none of them a formula. */
const STORY_OPENERS = ['It feels like', "It's starting to feel like", 'I might be wrong, but it feels like', 'Part of me thinks', "I can't shake the feeling that", "I'm telling myself"];
/** A real question when the story has no echo ("Do you?"). */
const REAL_QUESTIONS = ['Is that fair?', 'Am I reading that right?', 'Or am I wrong?', 'Is that how it is?'];
/** Said with the story, when it cannot be read: a hurt the partner can answer, never a guess. */
const UNREAD = ["That stung, honestly. Can we talk about it?", "I'm hurt, and I'd rather ask than guess — can we talk about it?", "I'm getting upset, and I don't want to assume. Can we talk?"];

/** What a label says about a need, for "describe, don't label". */
const LABEL_NEEDS: [RegExp, string[]][] = [
  [/lazy|useless|slob/i, ["I'd really like some help with things around here. Could you pitch in?", "I'm feeling stretched thin and I need more help. Can we figure out how to share things?"]],
  [/selfish|inconsiderate/i, ["I'd like my needs to count here too. Can we talk about it?", 'I felt left out of that decision, and I want us to decide things together.']],
  [/liar|lying/i, ["I'm struggling to trust what I heard, and I'd like us to talk honestly about it.", 'Something here doesn’t add up for me — can we talk it through?']],
  [/crazy|psycho|insane|nuts/i, ["I'm struggling to understand what's going on — can you help me see it?", "I'm confused by what just happened. Can we slow down and talk?"]],
  [/overreact|dramatic|sensitive/i, ['It seems this hit you harder than I realised — can you tell me what it felt like?']],
];
const LABEL_DEFAULT = ["I'm really frustrated right now — can we talk about what just happened?", 'That hurt, and I want us to talk about what just happened.', "I'm upset about what just happened, and I'd like to talk it through."];

/** Good things people say someone always does: admiration, not an assumption to rephrase. */
const ADMIRED =
  /\b(make|makes|making|made)\s+(?:me\s+(?:laugh|smile|happy|feel\s+(?:better|good|special|loved|safe|beautiful|amazing))|my\s+(?:day|week|morning))|\b(cheer\w*\s+me\s+(?:up|on)|smash\w*|nail\w*|ace[sd]?|know\w*\s+(?:just\s+)?(?:how|what)\s+to|look\w*\s+after|take[sn]?\s+care\s+of|support\w*|believe\w*\s+in|help\w*\s+me|surpris\w*\s+me|amaz\w*|impress\w*|inspir\w*|spoil\w*|ha(?:ve|s)\s+my\s+back|got\s+my\s+back|come\s+through|brighten\w*|put\w*\s+a\s+smile|look\w*\s+(?:good|amazing|gorgeous|beautiful|great|fit|stunning)|get\w*\s+it\s+right|know\w*\s+me\s+(?:so\s+)?well|the\s+best)\b/i;
/** "never" before these is praise: "you never fail to …", "you never let me down". */
const NEVER_PRAISE = /\bnever\s+(?:\w+\s+)?(fail\w*|let\w*\s+me\s+down|disappoint\w*|judge\w*|complain\w*|give\s+up|stop\w*\s+(?:trying|caring|making|surprising))\b/i;
/** A "never" habit whose opposite is nothing to wish for ("you never forget when it's money for you"). */
const NEVER_UNWISHED = /^(forget|fail|miss|stop|lose|disappoint|complain|moan|break|mess|judge|quit|give|let|hurt|lie|cheat|shout|yell|argue)$/;

const CERTAIN = /^\W*(?:(?:it['’]?s|its|it\s+is|that['’]?s|thats|that\s+is)\s+(?:so\s+|pretty\s+|really\s+)?(?:obvious|clear)|admit\s+it|just\s+(?:say|admit)\s+it|(?:don['’]?t|dont)\s+(?:deny|lie)|you\s+know\s+it|i\s+know\s+(?:it|you))\b/i;

const TAG_QUESTION = /^\W*(?:don['’]?t|dont|didn['’]?t|didnt|do|did|aren['’]?t|won['’]?t|isn['’]?t|haven['’]?t|havent|hasn['’]?t|wasn['’]?t|weren['’]?t|wouldn['’]?t|can['’]?t|have|are|were|would|right|innit|eh|yeah|just\s+say\s+it|just\s+admit\s+it)(?:\s+(?:you|u|it))?\W*$/i;

/** "you treat me like a cash machine": how it feels to the speaker, said as theirs. */
const TREAT_LIKE = /^(?:you|u)(?:['’]re|\s+are)?\s+(?:(?:just|always|really|clearly|obviously)\s+)*(treat|treats|treating|treated)\s+me\s+like\s+(.+)$/i;
/** "you knew exactly what you were doing", "you did it on purpose": a hurt that felt deliberate. */
const DELIBERATE = /\b(?:(know|knew)\s+exactly\s+what\s+(?:you|u)(?:['’]re|\s+are|\s+were|\s+was)?\s+doing|(did|do|does|done)\s+(?:it|that|this)\s+(?:on\s+purpose|deliberately))\b/i;
/** "you're sick of me": a story about what they feel, not a label. */
const HAD_ENOUGH = /^(?:you|u)(?:['’]re|\s+are|\s+r)\s+(?:(?:just|so|clearly|obviously)\s+)*(?:sick|tired|bored|fed\s+up)\s+(?:of|with)\s+me\b/i;

/** Does the sentence admire the partner ("you always make my day", "you never fail to amaze me")? */
export function admires(sentence: string): boolean {
  const s = sentence.replace(/\bu\b/gi, 'you');
  if (NEVER_PRAISE.test(s)) return true;
  return /\b(always|constantly|forever|every\s+time)\b/i.test(s) && !/\bnever\b|\bn['’]?t\b|\bnot\b/i.test(s) && ADMIRED.test(s);
}

const CLAUSE_TAG = /\s+(?:can|can['’]?t|cant|do|don['’]?t|dont|did|didn['’]?t|didnt|will|won['’]?t|wont|would|wouldn['’]?t|are|aren['’]?t|have|haven['’]?t)\s+(?:you|u)\W*$/i;

export function assumptionVariants(sentence: string, fs: Finding[], seed: number): Variant[] {
  const out: Variant[] = [];
  const f = fs[0];
  if (!f) return out;
  const around = aroundFinding(sentence, f.start);
  const { head, a, b } = around;
  // A tail that insists the story is true ("it's so obvious", "admit it") undoes the question.
  // So does a tag question ("…, don't you"): the rewrite asks its own question.
  const insists = CERTAIN.test(around.tail) || TAG_QUESTION.test(around.tail);
  const tail = insists ? '' : around.tail;
  // A tag question said without a comma ("you can't help yourself can you") insists the same way.
  const clause = sentence.slice(f.start, b).replace(CLAUSE_TAG, '');
  const pre = sentence.slice(a, f.start);
  const keep = (mid: string) => joinSentences(sincereHead(head), mid, tail);
  const push = (text: string, move: string, keepsIdea = true) => out.push({ text, move, category: 'assumption', acks: false, keepsIdea, dropped: insists || !around.tail ? sentence.slice(b) : undefined });
  const openers = rotate(STORY_OPENERS, seed, 41);
  const questions = rotate(REAL_QUESTIONS, seed, 42);
  // The story said plainly as the speaker's, then checked: its echo ("Do you?") or a real question.
  // `told`: the story is the words after the verdict ("typical, you only …"), so they are not kept again.
  const named = (story: string, told = false) => {
    const echo = echoOf(story);
    const first = (seed >>> 3) & 1;
    return openers.map((o, k) => {
      const mid = `${o} ${story}. ${echo && (k + first) % 2 === 0 ? echo : questions[k % questions.length]}`;
      return told ? joinSentences(sincereHead(head), mid) : keep(mid);
    });
  };
  const whole = bare(sentence.slice(f.start, b));
  const treat = TREAT_LIKE.exec(whole);
  if (treat) {
    const past = /ed$/i.test(treat[1]!);
    for (const t of rotate([`I ${past ? 'felt' : 'feel'} like ${treat[2]}, and I don't like it. Can we talk about it?`, `Honestly, I ${past ? 'felt' : 'feel'} like ${treat[2]}. Can we talk about it?`], seed, 47)) push(keep(t), 'say how it feels');
  }
  const deliberate = DELIBERATE.exec(whole);
  if (deliberate) {
    const past = /^(knew|did|done)$/i.test(deliberate[1] ?? deliberate[2] ?? '');
    for (const t of rotate(past ? ['It felt deliberate, and it hurt. Was it?', 'Honestly, it felt like it was on purpose, and that hurt. Was it?'] : ['It feels deliberate, and it hurts. Is it?', "Honestly, it feels deliberate, and it's getting to me. Is it?"], seed, 48)) push(keep(t), 'say how it feels', false);
  }
  if (HAD_ENOUGH.test(whole)) for (const t of named("you've had enough of me")) push(t, 'name the story', false);

  const rhetorical = /^\W*(why|how come)\b/i.test(sentence.slice(a));
  const question = /\?/.test(sentence.slice(f.start)) || /^\W*(do|does|did|are|is)\b/i.test(sentence.slice(a));
  if (question && !rhetorical) {
    // "Do you always have to bring him here?" → "Do you have to bring him here?"
    const dropped = sentence.replace(/\b(always|constantly|forever|even|obviously|clearly)\s+/gi, '').replace(/\bnever\b/gi, 'not');
    if (dropped !== sentence) push(dropped, 'drop the absolute');
  }
  let statement = clause;
  if (rhetorical) {
    // "why are you always late" / "why do you never call" → the story as a statement.
    const m = /^(?:why|how come)\s+(?:(are|do|did|is)\s+)?(?:you|u)\s+(.*)$/i.exec(bare(sentence.slice(a, b)));
    statement = m ? `you ${m[1] && /are|is/i.test(m[1]) ? 'are ' : ''}${m[2]}` : clause;
  }
  switch (f.reason) {
    case 'assume-priorities': {
      // "I'm clearly last on your list" → the longing under it, and a request the partner can meet.
      // What is said not to count decides the need: a say in things, one's time, or time together.
      if (/\b(opinion|say|what\s+i\s+(?:think|want|said)|feelings?)\b/i.test(sentence)) {
        for (const w of rotate(["I'd like to have a say in this too. Can we decide it together?", "Honestly, I felt left out of that. Could we talk it over together next time?"], seed, 43)) push(keep(w), 'the need behind the story', false);
        break;
      }
      if (/\b(my\s+time|late|waiting|wait)\b/i.test(sentence)) {
        for (const w of rotate(["Honestly, the waiting gets to me. Could you let me know earlier next time?", "I feel a bit taken for granted when I'm left waiting. Can we talk about it?"], seed, 43)) push(keep(w), 'the need behind the story', false);
        break;
      }
      const wishes = rotate([
        "I'm missing you and feeling a bit left out — can we make some time for us?",
        "I'd love to feel like a priority with you — can we talk about how we share our time?",
        "I've been feeling a bit sidelined lately — could we plan something, just us?",
      ], seed, 43);
      for (const w of wishes) push(keep(w), 'the need behind the story', false);
      break;
    }
    case 'assume-always-never':
      // Praise is not rewritten: a wish or a story would invert it ("I'd love it if you failed to …").
      if (admires(sentence)) return out;
    // falls through
    case 'assume-dont-care':
    case 'assume-cant':
    case 'assume-mind-reading': {
      let c = statement;
      const lead = /^(?:i\s+know\s+(?:what\s+)?|i\s+bet\s+|bet\s+|all\s+|(?:of\s+)?course\s+)/i.exec(c);
      if (lead) c = c.slice(lead[0].length);
      if (!rhetorical && !/^(?:\W|\b(?:oh|ok|okay|well|so|and|but|or|honestly|seriously|because|cause|cos|coz|'cause|’cause|like|and\s+now|now|just|yeah|i\s+mean|i\s+think|course|of\s+course|ofc|bet|i\s+bet|translation|apparently)\b)*$/i.test(pre)) break;
      // A tag question ("… don't you", "… right") is the draft's; the rewrite asks its own.
      const think = /^(?:you|u)\s+(?:think|thought|believe)\s+(?:that\s+)?(.+?)(?:,?\s+(?:don['’]?t|dont|didn['’]?t|do|aren['’]?t|won['’]?t)\s+(?:you|u)|,?\s+(?:right|innit|eh|yeah))?$/i.exec(bare(c));
      if (think) {
        // Asked straight, the way one checks a hunch: no "that's the story I'm telling myself" after it.
        for (const t of rotate([`Honest question — do you think ${think[1]}?`, `Do you really think ${think[1]}? It's how it came across.`, `Can I ask — do you think ${think[1]}?`], seed, 49)) push(keep(t), 'ask, don’t assume');
        break;
      }
      const r = readYouClause(c);
      if (!r) break;
      const story = storyOf(r);
      // A "never" habit is also a wish: what the speaker would love to happen.
      if (r.kind === 'verb' && r.negative && r.tense === 'present' && r.forms.infinitive !== 'be' && /\bnever\b/i.test(c) && !NEVER_UNWISHED.test(r.forms.infinitive)) {
        // "you never plan anything" → "if you planned something": the wish says "some", not "any".
        const tail = r.tail.replace(/\bany(thing|one|body|where)\b/gi, 'some$1').replace(/\bany\b/gi, 'some').replace(/\bever\s+/gi, '');
        const wish = `you ${r.forms.past}${tail ? ` ${tail}` : ''}`;
        const wishes = rotate([`I'd really love it if ${wish}. Can we talk about it?`, `It would mean a lot to me if ${wish}.`, `I miss the times ${youClause(r.forms, tail, { negative: false, tense: 'past' })} — can we talk about it?`], seed, 43);
        for (const w of wishes) push(keep(w), 'say the need');
      }
      for (const t of named(story)) push(t, 'name the story');
      break;
    }
    case 'assume-all-you': {
      const m = /^all\s+(?:you|u)\s+(?:ever\s+)?(?:do\s+is\s+|(care|think|talk|worry)\s+about\s+(?:is|are)\s+)(.+)$/i.exec(bare(clause));
      if (m && !m[1]) {
        const story = storyClause(`you ${m[2]}`);
        if (story) for (const t of named(`${story} a lot`)) push(t, 'name the story');
      } else if (m) for (const t of named(`${m[2]} matter more to you than this`)) push(t, 'name the story');
      break;
    }
    case 'assume-typical': {
      // "funny how you're always busy when …", "like you'd even care what I think", "of course
      // you'd take his side": the story is in the words after the verdict; it is what gets said.
      const after = bare(sentence.slice(f.start, b)).replace(/\bu\b/gi, 'you');
      const funny = /^(?:funny|interesting|weird|amazing|strange)\s+how\s+((?:you|u)\b.+)$/i.exec(after);
      const careless = /^like\s+(?:you|u)(?:['’]d|\s+would)?\s+(?:(?:even|actually|ever|really)\s+)*care(?:\s+about)?\s*(.*)$/i.exec(after);
      const sided = /^(?:of\s+)?course\s+(?:you|u)(?:['’]d|\s+would)\s+(?!even\b)(.+)$/i.exec(after);
      const next = /^(?:you|u)\b/i.test(around.tail) && !funny ? storyClause(bare(around.tail)) : null;
      const story = next ?? (funny ? storyClause(funny[1]!) : careless ? (careless[1] ? `${careless[1]} doesn't matter to you` : "this doesn't matter to you") : sided ? storyClause(`you always ${sided[1]}`) : null);
      if (story) for (const t of named(story, !!next)) push(t, 'name the story', false);
      for (const t of rotate(['This feels like a pattern to me, and it frustrates me — can we talk about it?', "This keeps happening, and it's getting to me. Can we talk about it?", "I've noticed this happening a lot, and it bothers me — can we talk?"], seed, 44)) push(keep(t), 'name the story', false);
      break;
    }
    case 'assume-label': {
      const needs = LABEL_NEEDS.find(([re]) => re.test(f.phrase))?.[1] ?? LABEL_DEFAULT;
      const vocative = /^(?:you|u)\s+(?!are\b|r\b|re\b|['’]re\b|were\b)/i.test(sentence.slice(f.start)) && !/['’]re|\bare\b/i.test(f.phrase);
      if (vocative) {
        const restOf = cut(sentence, f.start, f.end);
        if (words(restOf) >= 3) push(joinSentences(capitalise(restOf), "I'm really frustrated right now."), 'describe, don’t label', false);
      }
      for (const t of rotate(needs, seed, 45)) push(keep(t), 'describe, don’t label', false);
      break;
    }
  }
  if ((rhetorical || f.reason !== 'assume-label') && !(f.reason === 'assume-always-never' && admires(sentence))) {
    // Filed under the story's move: it fills in only when no reading of the story passes the gate.
    for (const t of rotate(UNREAD, seed, 46)) push(keep(t), 'name the story', false);
  }
  return out;
}
