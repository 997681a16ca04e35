/**
 * The moves of Pause – Attend – Reflect, one function per barrier. Each takes one flagged sentence
 * (and its findings, offsets relative to the sentence) and returns candidate rewrites of that
 * sentence, best first. Candidates are checked by re-analysis in rephrase.ts, so a move may offer
 * something bold and let the check throw it away.
 *
 * Words are the speaker's own wherever possible: a move rewrites the clause that carries the
 * barrier (the advice, the absolute, the blame) and keeps the objects and the rest of the sentence.
 */
import { parse } from './nlp';
import type { Category, Finding } from './types';
import { decap, verbForms, youClause, isPastForm, type Tense } from './rephrase-grammar';

export interface Variant {
  text: string;
  move: string;
  category: Category;
  /** The variant opens with an acknowledgement or validation. */
  acks: boolean;
}

/* ---------------------------------------------------------------- shared helpers */

export const ACK = 'That sounds really hard.';
const FILLER =
  /^(?:\s|[^\w\s']|\b(?:oh|ok|okay|well|so|and|but|hmm+|honestly|also|maybe|perhaps|i think|i guess|i feel like|i feel|word|omg|haha+|lol|yeah|yes|sure|right|now|then|just|hey|aw+|ah+|oy|look|listen|man|dude|babe|hun|honey|please|seriously|plus|also|really|basically|in that case|if so|otherwise|instead|still)\b)*$/i;

/** Strip final punctuation, emoticons and emoji. */
export function bare(s: string): string {
  return s.replace(/(?:\s*(?::\)|:\(|;\)|:D|:P|:-\)|\p{Extended_Pictographic}|\uFE0F|[.!?…]+|["”’)]))+\s*$/u, '').trimEnd();
}

function firstWord(s: string): string {
  return /^[\w'’-]+/.exec(s)?.[0] ?? '';
}

/** Start and end of the clause of `s` around index `at` (commas, semicolons, dashes, "but"). */
export function clauseAround(s: string, at: number): [number, number] {
  const re = /[,;:]\s+|\s+[—–-]+\s+|\s+(?=but\s)|[.!?]+\s+/g;
  let start = 0;
  let end = s.length;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const bEnd = m.index + m[0].length;
    if (bEnd <= at) start = bEnd;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return [start, end];
}

/** Remove s[a, b) and tidy the joins: dangling conjunctions, doubled commas, leading punctuation. */
function cut(s: string, a: number, b: number): string {
  const before = s.slice(0, a).replace(/[\s,;:—–-]*$/, '');
  let after = s.slice(b).replace(/^[\s,;:—–-]*/, '');
  after = after.replace(/^(?:but|and|so)\s+/i, '');
  if (!before) return after;
  if (!after || /^[.!?…]+$/.test(after)) return before + (after || '');
  return /[.!?…]$/.test(before) ? `${before} ${after}` : `${before}, ${after}`;
}

function words(s: string): number {
  return (bare(s).match(/[a-z0-9]+/gi) ?? []).length;
}

function withQuestion(s: string): string {
  return `${bare(s)}?`;
}

/** Sentences side by side; a part without final punctuation gets a full stop before the next. */
function joinSentences(...parts: string[]): string {
  const ps = parts.filter((p) => p && p.trim()).map((p) => p.trim());
  return ps.map((p, i) => (i < ps.length - 1 && !/[.!?…)]$/.test(p) ? `${p.replace(/[\s,;:—–-]+$/, '')}.` : p)).join(' ');
}

/* ---------------------------------------------------------------- rushed-fix */

const ADVERBS = '(?:(?:just|always|probably|definitely|really|also|still|even|maybe|perhaps|simply|certainly|honestly|actually)\\s+)*';
/** "you should just", "maybe you could always", "you just have to", "you need to", "u shouldnt" */
const YOU_MODAL = new RegExp(
  `^(?:(?:maybe|perhaps)\\s+)?(?:you|u)\\s+${ADVERBS}((?:(?:should|could|can|might|may|must|need|have|has|got|gotta|ought|will|would)(?:n['’]?t|\\s+not)?\\s+(?:to\\s+)?)+)${ADVERBS}(?:try\\s+(?:to|and)\\s+(?=\\w))?`,
  'i',
);
const MAYBE_IMPERATIVE = /^(?:maybe|perhaps)\s+(?:just\s+|also\s+)?(?:try\s+(?:to|and)\s+(?=\w))?/i;
const MAYBE_TIME = /^(?:maybe|perhaps)\s+it(?:['’]?s|\s+is|\s+might\s+be|\s+may\s+be|\s+could\s+be)?\s+time\s+to\s+/i;
const WHY_DONT = /^why\s+(?:don['’]?t|dont|do\s+not|not)\s+(?:(?:you|u)\s+)?(?:just\s+)?/i;
const IMPERATIVE = /^(?:just\s+)?(?:try\s+(?:to|and)\s+(?=\w))?/i;
const I_WOULD =
  /^(?:if\s+i\s+were\s+(?:you|u),?\s*)?(?:(?:i\s+would|i['’]d)\s+(?:(?:definitely|also|really|just|probably|strongly)\s+)*(?:(?:suggest|recommend|encourage|advise)(?:ing)?\s+(?:that\s+)?(?:(?:you|u)\s+)?(?:to\s+)?)?|i\s+(?:(?:would|really|strongly)\s+)?(?:suggest|recommend|encourage|advise)\s+(?:that\s+)?(?:(?:you|u)\s+)?(?:to\s+)?|my\s+advice\s+(?:is|would\s+be)?\s*(?:to\s+)?)(?:try\s+to\s+(?=\w))?/i;

export interface Offer {
  /** "Would it help to talk to your boss?" */
  would: string;
  /** "What do you think about talking to your boss?" (an open question: passes on its own) */
  what: string | null;
}

/** Advice turned into an offer: "you should just talk to your boss" → "would it help to talk to your boss?" */
export function offerFor(sentence: string, f: Finding): Offer | null {
  const pre = sentence.slice(0, f.start);
  const rest = sentence.slice(f.start);
  let keepPre = '';
  if (!FILLER.test(pre)) {
    // "If you have friends, maybe you can talk to them" keeps the condition.
    if (!/[,;:]\s*$|\s[—–-]\s*$/.test(pre)) return null;
    keepPre = pre;
  }
  let negative = false;
  let timeTo = false;
  let m: RegExpExecArray | null;
  let body: string | null = null;
  switch (f.reason) {
    case 'advice-why-dont':
      m = WHY_DONT.exec(rest);
      if (!m) return null;
      body = rest.slice(m[0].length);
      break;
    case 'advice-maybe':
      if ((m = MAYBE_TIME.exec(rest))) {
        timeTo = true;
        body = rest.slice(m[0].length);
        break;
      }
      m = YOU_MODAL.exec(rest) ?? MAYBE_IMPERATIVE.exec(rest);
      if (!m) return null;
      negative = /n['’]?t|\snot/i.test(m[1] ?? '');
      body = rest.slice(m[0].length);
      break;
    case 'advice-should':
    case 'advice-could':
    case 'advice-can':
    case 'advice-need-to':
      m = YOU_MODAL.exec(rest);
      if (!m) return null;
      negative = /n['’]?t|\snot/i.test(m[1] ?? '');
      body = rest.slice(m[0].length);
      break;
    case 'advice-imperative':
      m = IMPERATIVE.exec(rest);
      body = rest.slice(m ? m[0].length : 0);
      break;
    case 'advice-i-would':
      m = I_WOULD.exec(rest);
      if (!m) return null;
      body = rest.slice(m[0].length);
      break;
    default:
      return null;
  }
  body = decap(bare(body ?? '')).replace(/\bu\b/g, 'you');
  const verb = firstWord(body).toLowerCase();
  const forms = verbForms(verb);
  // An offer needs an action in its plain form: "be happy" and "be strong" do not turn into one.
  if (!forms || forms.infinitive !== verb || /^(be|have)$/.test(verb)) return null;
  const wrap = (q: string) => (keepPre ? keepPre + decap(q) : q);
  if (timeTo) return { would: wrap(withQuestion(`Do you think it might be time to ${body}`)), what: null };
  const gerund = forms.gerund + body.slice(verb.length);
  return {
    would: wrap(withQuestion(`Would it help ${negative ? 'not ' : ''}to ${body}`)),
    what: wrap(withQuestion(`What do you think about ${negative ? 'not ' : ''}${gerund}`)),
  };
}

interface Validation {
  re: RegExp;
  text: string;
}
/** Minimisers and the validation that replaces them. */
const VALIDATIONS: Record<string, Validation[]> = {
  'minimise-calm-down': [
    { re: /cheer/i, text: "I can see you're feeling down." },
    { re: /get over|move on|let it go|suck it up|toughen|man up/i, text: 'I can see this still really hurts.' },
    { re: /./, text: 'I can see how upset you are.' },
  ],
  'minimise-dont-worry': [{ re: /./, text: 'I can see this is weighing on you.' }],
  'minimise-big-deal': [{ re: /./, text: 'I can see this matters to you.' }],
  'minimise-bright-side': [{ re: /./, text: 'I can see how hard this is.' }],
  'minimise-be-fine': [{ re: /./, text: "I'm here with you, whatever happens." }],
  'minimise-not-bad': [{ re: /./, text: 'It sounds like it was really hard.' }],
  'minimise-not-worth': [{ re: /./, text: "It makes sense that you're upset." }],
};

/** Replace a minimising clause with validation, keeping the rest of the sentence. */
export function validationFor(sentence: string, f: Finding, recheck: (text: string) => Finding[]): string[] {
  if (f.reason === 'minimise-at-least') {
    const [a, b] = clauseAround(sentence, f.start);
    const pre = sentence.slice(a, f.start);
    if (!FILLER.test(pre)) return [];
    const rest = bare(sentence.slice(f.end - (f.end - f.start) + 'at least'.length, b)).trim();
    const after = sentence.slice(b).replace(/^[\s,;:—–-]*/, '');
    if (words(rest) < 2) return [];
    const head = sentence.slice(0, a).trim();
    const v = `That sounds really hard, even though ${rest.replace(/^(?:now\s+)?/i, (x) => x)}.`;
    return [joinSentences(head, v, after && words(after) > 1 ? after : '')];
  }
  const list = VALIDATIONS[f.reason];
  if (!list) return [];
  const v = list.find((x) => x.re.test(f.phrase))!.text;
  const [a, b] = clauseAround(sentence, f.start);
  const remaining = cut(sentence, a, b);
  const out: string[] = [];
  // The rest of the sentence stays only if it does not minimise too ("calm down, it's just a game").
  if (words(remaining) >= 3 && !recheck(remaining).some((x) => x.category === 'rushed-fix')) out.push(joinSentences(v, remaining.replace(/^[a-z]/, (c) => c.toUpperCase())));
  out.push(v);
  return out;
}

export function rushedVariants(sentence: string, fs: Finding[], acked: boolean, recheck: (text: string) => Finding[]): Variant[] {
  const out: Variant[] = [];
  const cat: Category = 'rushed-fix';
  const minimiser = fs.find((f) => f.reason.startsWith('minimise-'));
  if (minimiser) {
    for (const t of validationFor(sentence, minimiser, recheck)) out.push({ text: t, move: 'validate, don’t minimise', category: cat, acks: true });
  }
  const advice = fs.find((f) => f.reason.startsWith('advice-'));
  const offer = advice ? offerFor(sentence, advice) : null;
  if (offer && !acked) out.push({ text: joinSentences(ACK, offer.would), move: 'acknowledge first', category: cat, acks: true });
  if (offer?.what && !acked) out.push({ text: joinSentences(ACK, offer.what), move: 'offer, don’t instruct', category: cat, acks: true });
  // The bare offers survive only where re-analysis does not read them as rushed (e.g. the draft
  // acknowledges the feeling in a later sentence, or the question is open enough on its own).
  if (offer?.what) out.push({ text: offer.what, move: 'offer, don’t instruct', category: cat, acks: false });
  if (offer) out.push({ text: offer.would, move: 'offer, don’t instruct', category: cat, acks: false });
  if (!acked) out.push({ text: joinSentences(ACK, sentence), move: 'acknowledge first', category: cat, acks: true });
  return out;
}

/* ---------------------------------------------------------------- assumption */

const STORY = "I'm telling myself";
const ASK = 'can you help me understand?';
const ABSOLUTE = /^(?:you|u)\s+((?:(?:always|never|constantly|forever|even|just|only|obviously|clearly|evidently|secretly|really|simply)\s+)+)/i;

/** "you never listen to me" → "you aren't listening to me"; null when the clause has no usable verb. */
export function storyClause(clause: string): string | null {
  let c = bare(clause);
  let negative = false;
  let m = ABSOLUTE.exec(c);
  let rest: string;
  if (m) {
    negative = /\bnever\b/i.test(m[1]!);
    rest = c.slice(m[0].length);
  } else {
    m = /^(?:you|u)\s+(?:do\s+not|don['’]?t|dont)\s+((?:even|really|just)\s+)*/i.exec(c);
    if (m) {
      negative = true;
      rest = c.slice(m[0].length);
    } else {
      m = /^(?:you|u)\s+/i.exec(c);
      if (!m) return null;
      rest = c.slice(m[0].length);
    }
  }
  // "you obviously don't care", "you clearly didn't read it": the negation stays.
  let past = false;
  const neg = /^(do\s+not|don['’]?t|dont|did\s+not|didn['’]?t|didnt)\s+((?:even|really|just)\s+)*/i.exec(rest);
  if (neg) {
    negative = !negative;
    past = /^did/i.test(neg[1]!);
    rest = rest.slice(neg[0].length);
  }
  // "you just can't drive", "you obviously can't keep away from her"
  const modal = /^(can['’]?t|cannot|can\s+not|won['’]?t|would\s+rather|['’]d\s+rather|have\s+to|need\s+to|want\s+to|wanted\s+to)\b\s*((?:even|really|just)\s+)*/i.exec(rest);
  if (modal) {
    let aux = modal[1]!.toLowerCase().replace(/can\s+not|cannot/, "can't");
    // "you never want to" keeps its negation: "you don't want to".
    if (negative && !/n['’]?t$/.test(aux)) aux = /^wanted/.test(aux) ? "didn't want to" : /rather/.test(aux) ? `${aux} not` : `don't ${aux}`;
    return `you ${aux} ${rest.slice(modal[0].length)}`.trim();
  }
  const verb = firstWord(rest);
  const forms = verbForms(verb);
  if (!forms) return null;
  let tail = rest.slice(verb.length).trim();
  const tense: Tense = past || isPastForm(verb) ? 'past' : 'present';
  if (forms.infinitive === 'care' && negative) {
    const about = /^about\s+(.+)$/i.exec(tail);
    if (!about) return "this doesn't matter to you";
    // The object becomes the subject: "about me" → "I don't matter", "about us" → "we don't matter".
    const object = about[1]!.trim();
    const subject = OBJECT_AS_SUBJECT[object.toLowerCase()];
    if (subject) return `${subject} ${subject === 'I' || subject === 'we' || subject === 'they' ? "don't" : "doesn't"} matter to you`;
    // "my feelings don't matter to you" (compromise tags the plural), "my job doesn't".
    return `${object} ${parse(object).has('#Plural') ? "don't" : "doesn't"} matter to you`;
  }
  if (forms.infinitive === 'listen' && negative && !tail) tail = 'to me';
  return youClause(forms, tail, { negative, tense });
}

/** Object pronouns that take the subject's place in "… doesn't matter to you". */
const OBJECT_AS_SUBJECT: Record<string, string> = { me: 'I', us: 'we', them: 'they', him: 'he', her: 'she', it: 'it' };

export function assumptionVariants(sentence: string, fs: Finding[]): Variant[] {
  const out: Variant[] = [];
  const cat: Category = 'assumption';
  const f = fs[0];
  if (!f) return out;
  const [a, b] = clauseAround(sentence, f.start);
  const head = sentence.slice(0, a).trim();
  const tail = sentence.slice(b).replace(/^[\s,;:—–-]*/, '').trim();
  const clause = sentence.slice(f.start, b);
  const pre = sentence.slice(a, f.start);
  const question = /\?\s*$/.test(bare(sentence) + sentence.slice(bare(sentence).length)) || /^\W*(do|does|did|why|how|are|is)\b/i.test(sentence.slice(a));
  const keep = (mid: string) => joinSentences(head, mid, tail);
  const push = (text: string, move: string) => out.push({ text, move, category: cat, acks: false });

  if (question) {
    // "Do you always have to bring him here?" → "Do you have to bring him here?"
    const dropped = sentence.replace(/\b(always|never|constantly|forever|even|obviously|clearly)\s+/gi, (w) => (/never/i.test(w) ? 'not ' : ''));
    if (dropped !== sentence) push(dropped, 'drop the absolute');
  }
  switch (f.reason) {
    case 'assume-always-never':
    case 'assume-dont-care':
    case 'assume-cant':
    case 'assume-mind-reading': {
      let c = clause;
      const lead = /^(?:i\s+know\s+(?:what\s+)?|i\s+bet\s+|all\s+)/i.exec(c);
      if (lead) c = c.slice(lead[0].length);
      if (FILLER.test(pre) || /^(?:because|cause|'cause|’cause)\s*$/i.test(pre.trim())) {
        const think = /^(?:you|u)\s+(?:think|thought|believe)\s+(?:that\s+)?(.+)$/i.exec(bare(c));
        if (think) {
          push(keep(`Do you think ${think[1]}? That's the story I'm telling myself, and I'd like to check it.`), 'ask, don’t assume');
          break;
        }
        const story = storyClause(c);
        if (story) {
          push(keep(`${STORY} ${story} — ${ASK}`), 'name the story');
          push(keep(`It feels like ${story} — is that what's going on?`), 'name the story');
          push(keep(`I'm wondering if ${story}. ${ASK.replace(/^c/, 'C')}`), 'ask, don’t assume');
        }
      }
      break;
    }
    case 'assume-all-you': {
      const m = /^all\s+(?:you|u)\s+(?:ever\s+)?(?:do\s+is\s+|(care|think|talk|worry)\s+about\s+(?:is|are)\s+)(.+)$/i.exec(bare(clause));
      if (m && !m[1]) {
        const story = storyClause(`you ${m[2]}`);
        if (story) push(keep(`${STORY} ${story} a lot — ${ASK}`), 'name the story');
      } else if (m) push(keep(`${STORY} ${m[2]} matter more to you than this — ${ASK}`), 'name the story');
      break;
    }
    case 'assume-typical':
      push(keep('This feels like a pattern to me, and it frustrates me — can we talk about it?'), 'name the story');
      break;
    case 'assume-label': {
      // Vocative ("get out, you jerk!") or predicate ("you're so lazy"): describe how it is for you instead.
      const vocative = /^(?:you|u)\s+(?!are\b|r\b|re\b|['’]re\b|were\b)/i.test(sentence.slice(f.start)) && !/['’]re|\bare\b/i.test(f.phrase);
      if (vocative) {
        const restOf = cut(sentence, f.start, f.end);
        if (words(restOf) >= 3) push(joinSentences(restOf.replace(/^[a-z]/, (x) => x.toUpperCase()), "I'm really frustrated right now."), 'describe, don’t label');
      }
      push(keep("I'm feeling really frustrated right now — can we talk about what just happened?"), 'describe, don’t label');
      break;
    }
  }
  push(keep("I'm telling myself a story about this, and I'd like to check it with you — can you help me understand?"), 'name the story');
  return out;
}

/* ---------------------------------------------------------------- outsourcing */

const SUPPORT = "and I'd like your support";
const TALK = "and I'd like us to talk about it";
/** What someone feels when "you're X-ing me": "you're freaking me out" → freaked out. */
const DOING_TO_ME: Record<string, string> = {
  freaking: 'freaked out', scaring: 'scared', driving: 'overwhelmed', stressing: 'stressed', upsetting: 'upset',
  annoying: 'annoyed', embarrassing: 'embarrassed', hurting: 'hurt', killing: 'overwhelmed', pissing: 'angry',
  grossing: 'grossed out', creeping: 'uneasy', bugging: 'bothered', bothering: 'bothered', frustrating: 'frustrated',
  confusing: 'confused', depressing: 'down', suffocating: 'crowded',
};
const CAUSED_VERB: Record<string, string> = {
  cry: 'like crying', scream: 'like screaming', hate: 'hurt', want: 'upset', lose: 'upset', sick: 'sick about this',
  crazy: 'overwhelmed', nuts: 'overwhelmed', badly: 'bad', mad: 'mad', like: 'upset', this: 'upset', that: 'upset',
};

function present(tense: Tense, feeling: string, request: string): string {
  return tense === 'past' ? `I felt ${feeling}, ${request}.` : `I'm feeling ${feeling} right now, ${request}.`;
}

export function outsourcingVariants(sentence: string, fs: Finding[]): Variant[] {
  const out: Variant[] = [];
  const cat: Category = 'outsourcing';
  const f = fs[0];
  if (!f) return out;
  const [a, b] = clauseAround(sentence, f.start);
  const head = sentence.slice(0, a).trim();
  const tail = sentence.slice(b).replace(/^[\s,;:—–-]*/, '').trim();
  const keep = (mid: string) => joinSentences(head, mid, tail);
  const push = (text: string, move: string) => out.push({ text, move, category: cat, acks: false });
  const clause = bare(sentence.slice(f.start, b));
  const afterPhrase = bare(sentence.slice(f.end, b)).trim();
  let m: RegExpExecArray | null;

  switch (f.reason) {
    case 'outsource-make-me-feel': {
      m = /^(?:(?:you|u)\s+(?:\w+ly\s+)?((?:are|['’]re|keep|have|['’]ve)\s+)?(make|makes|made|making)|(?:don['’]?t|do\s+not|stop)\s+(?:make|making))\s+me\s+(.*)$/i.exec(clause);
      if (m) {
        const tense: Tense = /made/i.test(m[2] ?? '') && !/are|re/i.test(m[1] ?? '') ? 'past' : 'present';
        let feeling = m[3]!.replace(/^feel\s+/i, '').trim();
        const w = firstWord(feeling).toLowerCase();
        if (/^(look|sound)$/.test(w)) {
          push(keep(`I'm worried I ${feeling}, ${SUPPORT}.`), 'own the feeling');
          break;
        }
        if (CAUSED_VERB[w]) feeling = CAUSED_VERB[w] + feeling.slice(w.length);
        feeling = feeling.replace(/^badly\b/i, 'bad');
        if (words(feeling) >= 1) {
          push(keep(present(tense, feeling, tense === 'past' ? TALK : SUPPORT)), 'own the feeling');
          push(keep(`${tense === 'past' ? 'I felt' : "I'm feeling"} ${feeling} — could you stay with me for a bit?`), 'make a request');
        }
      }
      break;
    }
    case 'outsource-fix-my-feelings':
      push(keep(`I'm feeling low right now, ${SUPPORT}.`), 'own the feeling');
      push(keep("I'm feeling low right now — could you stay with me for a bit?"), 'make a request');
      break;
    case 'outsource-your-fault': {
      const own = /^(?:that\s+)?(i['’]?m|i\s+am|i\s+can['’]?t|i\s+feel|i\s+have|i\s+was|i)\b(.*)$/i.exec(afterPhrase);
      if (own) push(keep(`${own[1]}${own[2]}, ${SUPPORT}.`.replace(/^i\b/, 'I')), 'own the feeling');
      push(keep(`I'm really upset about this, ${TALK}.`), 'own the feeling');
      break;
    }
    case 'outsource-because-of-you': {
      const without = cut(sentence, f.start, f.end);
      if (words(without) >= 2) push(`${bare(without)}, ${SUPPORT}.`.replace(/^[a-z]/, (x) => x.toUpperCase()), 'own the feeling');
      break;
    }
    case 'outsource-doing-to-me': {
      m = /(\w+)\s+me\b\s*(?:out\b|crazy\b|nuts\b)?\s*(.*)$/i.exec(clause);
      if (m) {
        const verb = m[1]!.toLowerCase();
        let feeling = DOING_TO_ME[verb];
        let tense: Tense = 'present';
        if (!feeling) {
          const forms = verbForms(verb);
          feeling = forms ? forms.participle : 'hurt';
          tense = isPastForm(verb) ? 'past' : 'present';
        }
        const rest = m[2] && /^(into|about|by|with)\b/i.test(m[2]) ? ` ${m[2]}` : '';
        push(keep(present(tense, feeling + rest, SUPPORT)), 'own the feeling');
        push(keep(`I'm feeling ${feeling}${rest} — could we slow down for a moment?`), 'make a request');
      }
      break;
    }
    case 'outsource-ruined': {
      m = /(?:ruined|wrecked|destroyed|spoiled|ruin|ruining|wreck|wrecking|destroying|ruins|messed up)\s+(.*)$/i.exec(clause);
      const what = m?.[1]?.trim();
      if (what && !/^(it|this|that|everything)$/i.test(what)) push(keep(`I'm really upset about ${what.replace(/\bmy\b/gi, 'my')}, ${TALK}.`), 'own the feeling');
      else push(keep(`I'm really upset about this, ${TALK}.`), 'own the feeling');
      break;
    }
    case 'outsource-fix-this':
      m = /(?:(?:will|can|could|would)\s+(?:you|u)\s+(?:please\s+)?|(?:you|u)\s+(?:need\s+to|have\s+to|better|must)\s+|just\s+)?fix this\b/i.exec(sentence);
      if (m) push(sentence.slice(0, m.index) + 'can we figure this out together' + sentence.slice(m.index + m[0].length).replace(/^[.!]*/, '?'), 'make a request');
      break;
    case 'outsource-blame':
      m = /^i\s*(?:['’]m|am)\s+(?:\w+ly\s+)?((?:so|really|very)\s+)?(mad|angry|furious|pissed|disappointed)\s+(?:at|with)\s+(?:you|u)\b\s*(.*)$/i.exec(clause);
      if (m) {
        push(keep(`I'm feeling ${m[1] ?? ''}${m[2]}${m[3] ? ` ${m[3]}` : ''}, ${TALK}.`), 'own the feeling');
        break;
      }
      if (/started/i.test(f.phrase)) push(keep("I'm upset about how this started, and I'd like us to sort it out together."), 'make a request');
      push(keep(`I'm really hurt right now, ${TALK}.`), 'own the feeling');
      break;
  }
  push(keep(`I'm really upset right now, ${SUPPORT}.`), 'own the feeling');
  return out;
}
