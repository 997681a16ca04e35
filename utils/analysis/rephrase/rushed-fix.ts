/**
 * Rushed fix: reflect first, then offer the idea with permission or as a question — the idea itself
 * stays (motivational interviewing's "advise with permission"; Welivita & Pu, ACL Findings 2023).
 *
 *   partner: "I GOT THE JOB!!!"        draft: "you should negotiate the salary"
 *     → "Congratulations!! 🎉 Would you want to think together about negotiating the salary?"
 *   partner: "my boss yelled at me …"  draft: "you should just quit"
 *     → "I'm sorry your boss yelled at you in front of everyone. Would you be open to quitting?"
 *   no partner message                 draft: "have you tried going to bed earlier"
 *     → "Before I jump in — how are you feeling about it? What do you think about going to bed earlier?"
 *
 * "you should have told me earlier" is not advice but a reproach about the past: it becomes a wish
 * in the speaker's own words ("I wish you'd told me earlier").
 */
import type { Finding } from '../types';
import { decap, verbForms } from '../rephrase-grammar';
import { parse } from '../nlp';
import { MINIMISING, dismisses, isDismissal } from './dismissal';
import { FILLER, bare, capitalise, firstWord, joinSentences, rotate, type Variant } from './shared';
import type { PartnerRead } from './partner';
import { openersFor } from './openers';

const ADVERBS = '(?:(?:just|always|probably|definitely|really|also|still|even|maybe|perhaps|simply|certainly|honestly|actually|prob|prolly|def)\\s+)*';
/** "you should just", "maybe you could always", "you just have to", "you need to", "u shouldnt" */
const YOU_MODAL = new RegExp(
  `^(?:(?:maybe|perhaps)\\s+)?(?:you|u)\\s+${ADVERBS}((?:(?:should|could|can|might|may|must|need|have|has|got|gotta|ought|will|would|shouldn['’]?t|shouldnt|couldnt|cant)(?:n['’]?t|\\s+not)?\\s+(?:to\\s+)?)+)${ADVERBS}(?:try\\s+(?:to|and)\\s+(?=\\w))?`,
  'i',
);
const SHOULD_HAVE = /^(?:you|u)\s+(?:really\s+|just\s+)?(?:should|shoulda|could|coulda)(?:\s+have|['’]ve|\s+of)?\s+(?:\w+ly\s+)?(\w+)\b(.*)$/i;
const MAYBE_IMPERATIVE = /^(?:maybe|perhaps)\s+(?:just\s+|also\s+)?(?:try\s+(?:to|and)\s+(?=\w))?/i;
const MAYBE_TIME = /^(?:maybe|perhaps)\s+it(?:['’]?s|\s+is|\s+might\s+be|\s+may\s+be|\s+could\s+be)?\s+time\s+to\s+/i;
const WHY_DONT = /^why\s+(?:don['’]?t|dont|do\s+not|not)\s+(?:(?:you|u)\s+)?(?:just\s+)?/i;
const IMPERATIVE = /^(?:just\s+)?(?:(?:go\s+and|try\s+(?:to|and))\s+(?=\w))?/i;
const DONT = /^(?:just\s+)?(?:don['’]?t|dont|do\s+not|never)\s+(?:just\s+)?/i;
const HAVE_YOU_TRIED = /^(?:have|did)\s+(?:you|u)\s+(?:ever\s+)?(?:(?:tried|thought\s+about|considered)\s+(?=\w+ing\b))?/i;
const GOOD_IDEA = /^(?:it\s+)?(?:(?:might|may|would|could)\s+be\s+|['’]?s\s+|is\s+)?(?:a\s+)?(?:good|great|smart)\s+idea\s+to\s+/i;
const IT_HELPS = /^(?:it\s+)?(?:(?:might|may|would|could|will)\s+)?helps?\s+(?:to\s+|if\s+(?:you|u)\s+)?/i;
const I_WOULD =
  /^(?:if\s+i\s+were\s+(?:you|u),?\s*)?(?:(?:i\s+would|i['’]d)\s+(?:(?:definitely|also|really|just|probably|strongly)\s+)*(?:(?:suggest|recommend|encourage|advise)(?:ing)?\s+(?:that\s+)?(?:(?:you|u)\s+)?(?:to\s+)?)?|i\s+(?:(?:would|really|strongly|highly|definitely)\s+)*(?:suggest|recommend|encourage|advise)\s+(?:that\s+)?(?:for\s+)?(?:(?:you|u)\s+)?(?:to\s+)?|my\s+advice\s+(?:is|would\s+be)?\s*(?:to\s+)?)(?:try\s+to\s+(?=\w))?/i;

/** The idea of a piece of advice, as a verb phrase in both forms. */
export interface Idea {
  /** "talk to your boss" */
  infinitive: string;
  /** "talking to your boss" */
  gerund: string;
  negative: boolean;
  /** Words before the advice that stay ("If you have friends, "). */
  keepPre: string;
  /** A clause after a dash or bracket that is not part of the advice: it follows the offer as it was. */
  after: string;
  /** Words of the sentence left out on purpose (a reassurance before or after the advice). */
  dropped: string;
}

/** Words before advice that set when or where it applies: they stay with the offer. */
const CONDITION = /^\W*(?:if|when|whenever|once|since|as\s+soon\s+as|after|before|next\s+time|tomorrow|tonight|this\s+(?:weekend|week)|in\s+that\s+case|for\s+now|in\s+the\s+meantime|while)\b/i;

/** Imperatives that wish well or pass on a greeting: "give her my love", "have fun", "sleep well". */
const WELL_WISH = /^\W*(?:just\s+)?(?:(?:give|send)\s+(?:her|him|them|everyone|\w+)\s+my\s+(?:love|best)|say\s+(?:hi|hello|hey)|tell\s+(?:her|him|them|everyone|\w+)\s+i\s+said|have\s+(?:fun|a\s+(?:good|great|lovely|nice|safe|brilliant))|enjoy\b|take\s+care|get\s+home\s+safe|(?:drive|travel|fly)\s+safe|sleep\s+well|good\s+luck|break\s+a\s+leg|don['’]?t\s+work\s+too\s+hard)/i;

/** Is the flagged "advice" a well-wish ("give her my love")? No offer fits it. */
export function isWellWish(sentence: string, f: Finding): boolean {
  return f.category === 'rushed-fix' && WELL_WISH.test(sentence.slice(f.start));
}

/** The advised action of a sentence, or null when it cannot be read as one plain verb phrase. */
export function ideaOf(sentence: string, f: Finding): Idea | null {
  const pre = sentence.slice(0, f.start);
  const rest = sentence.slice(f.start);
  let keepPre = '';
  let dropped = '';
  if (!FILLER.test(pre)) {
    // "If you have friends, maybe you can talk to them" keeps the condition.
    if (!/[,;:]\s*$|\s[—–-]\s*$/.test(pre)) return null;
    // A condition stays; anything else before the advice is mostly why it is small ("she was
    // probably joking, …", "there'll be other houses, …", "everyone does it, …") and goes.
    if (CONDITION.test(pre)) keepPre = pre;
    else dropped = pre;
  }
  let negative = false;
  let m: RegExpExecArray | null = null;
  switch (f.reason) {
    case 'advice-why-dont':
      m = WHY_DONT.exec(rest);
      break;
    case 'advice-maybe':
      m = MAYBE_TIME.exec(rest) ?? YOU_MODAL.exec(rest) ?? MAYBE_IMPERATIVE.exec(rest);
      break;
    case 'advice-should':
    case 'advice-could':
    case 'advice-can':
    case 'advice-need-to':
      m = YOU_MODAL.exec(rest);
      break;
    case 'advice-imperative':
      m = IMPERATIVE.exec(rest);
      break;
    case 'advice-dont':
      m = DONT.exec(rest);
      negative = !!m;
      break;
    case 'advice-have-you-tried':
      m = HAVE_YOU_TRIED.exec(rest);
      break;
    case 'advice-good-idea':
      m = GOOD_IDEA.exec(rest);
      break;
    case 'advice-it-helps':
      m = IT_HELPS.exec(rest);
      break;
    case 'advice-i-would':
      m = I_WOULD.exec(rest);
      break;
  }
  if (!m) return null;
  if (m[1] && /n['’]?t\b|\bnot\b|ntt?\b/i.test(m[1])) negative = true;
  let body = decap(bare(rest.slice(m[0].length))).replace(/\bu\b/g, 'you').replace(/\bur\b/g, 'your').replace(/\burself\b/g, 'yourself');
  // "email them again, not just ask", "… rather than waiting": the contrast with what they did is a
  // dig at it, and left in the offer it dangles ("emailing them again, not just ask?"). It goes.
  const contrast = /\s*,\s*(?:and\s+|but\s+)?not\s+(?:just\s+|only\s+|simply\s+)?(?=\w)|\s+(?:rather\s+than|instead\s+of)\s+(?=\w)/i.exec(body);
  if (contrast && contrast.index > 0) {
    dropped = `${dropped} ${body.slice(contrast.index)}`.trim();
    body = body.slice(0, contrast.index);
  }
  // "make a list and you should ask your brother to help": two pieces of advice in one sentence would
  // be two questions; one is enough. The one with more to it (the more specific idea) stays.
  // ("…, you can find their details that way" explains the first idea: only a second "should",
  // "need to", "must" or "don't" is a second piece of advice.)
  const second = /\s*(?:,\s*|\s+)(?:(?:and|or|but|then|plus)\s+)?(?:also\s+)?(?:maybe\s+)?(?:(?:you|u)\s+(?:should|need\s+to|have\s+to|must|ought\s+to)\s+(?:(?:also|just|really|definitely|probably)\s+)*|(?<=,\s*(?:(?:and|but)\s+)?(?:just\s+)?)(don['’]?t|dont|do\s+not|never)\s+|(?<=,\s*(?:and\s+|or\s+)?)(?:maybe|perhaps)\s+(?:(?:you|u)\s+(?:could|can|should|might)\s+)?(?:try\s+(?:to\s+|and\s+)?)?)(?=\w)/i.exec(body);
  if (second && second.index > 0) {
    const one = body.slice(0, second.index);
    const two = body.slice(second.index + second[0].length);
    const takeTwo = moreSpecific(two, one);
    dropped = `${dropped} ${takeTwo ? one : two}`.trim();
    body = takeTwo ? two : one;
    if (takeTwo && second[1]) negative = !negative;
  }
  // A second clause that is not part of the advice ("…, it worked for me", "… - it can't be worse")
  // stays out of the offer and follows it as it was.
  let after = '';
  // A bracket that the sentence carries on after ("…can't (fingers crossed!) be worse") is no
  // aside to split at: the clause around it has no one idea to offer.
  if (/\([^)]*\)\s*[a-z]/i.test(body)) return null;
  const aside = /\s+[-–—]+\s+|\s*[(;]|\s*[,:]\s*(?=(?:it|that|this|i|which|they|there|he|she|we|you|its|it's|that's|(?:loads|lots|plenty|most|half)\s+of|everyone|everybody|nobody|no\s+one|people|works|worked|helps|helped|thats|theyll|theyd|they['’]d|hes|he['’]s|shes|she['’]s|all|instagram|it['’]ll|itll|you['’]ll|youll)\b)/i.exec(body);
  if (aside) {
    after = capitalise(bare(body.slice(aside.index).replace(/^\s*[-–—;,:]*\s*/, '')));
    // bare() takes the closing bracket with the final punctuation: "(she always knows)" stays whole.
    if (after.startsWith('(') && !after.includes(')')) after += ')';
    body = body.slice(0, aside.index);
  }
  // Words that belong to the voice of the advice, not its idea: "drop a module then", "go to HR
  // tbh", "have an early night x" (a kiss goes after the question, not inside it).
  const kiss = /\s+(x+)\s*$/i.exec(body);
  body = body.replace(/(?:[\s,]+(?:then|tbh|tbf|ngl|imo|imho|honestly|lol|lmao|mate|babe|hun|innit|x+|already|instead|or\s+something|or\s+whatever|if\s+you\s+want|if\s+u\s+want|simple\s+as|sorted|job\s+done|easy|just\s+in\s+case))+\s*$/i, '');
  // A name or endearment closing the advice addresses the partner, it is no part of the idea
  // ("ask your teacher for help love", "get some sleep baby"), unless a word before it makes it the
  // object ("do what you love", "feed the baby").
  const vocative = /(?<!\b(?:you|u|i|we|they|would|really|to|d|my|your|ur|the|a|an|in|with|of|and|so|much|all|our|his|her|their|new|first|real|true|no))[\s,]+(?:love|baby|honey|hon|sweetie|sweetheart|darling|darl|bro|bruv|dude|sis|pal|buddy|chick|hunny|boo|bestie)\s*$/i.exec(body);
  if (vocative) {
    dropped = `${dropped} ${vocative[0].trim()}`.trim();
    body = body.slice(0, vocative.index);
  }
  if (kiss && !after) after = kiss[1]!;
  // "you could try going for a walk", "start updating your CV": the idea is the walk, the CV.
  body = body.replace(/^(?:try|start|begin)\s+(?=\w+ing\b)/i, '');
  // "have you had a chance to talk to him?", "have you got round to calling them?": the idea is the talk.
  const chance = f.reason === 'advice-have-you-tried' && /^(?:had|got|found)\s+(?:a\s+|the\s+)?(?:chance|time|moment|round|around)\s+to\s+(?=\w)/i.exec(body);
  if (chance) body = body.slice(chance[0].length);
  let verb = firstWord(body).toLowerCase();
  if (!verb) return null;
  if (/ing$/.test(verb) && f.reason !== 'advice-have-you-tried') {
    const forms = verbForms(verb);
    if (!forms || forms.infinitive === verb) return null;
    body = forms.infinitive + body.slice(verb.length);
    verb = forms.infinitive;
  }
  let gerund: string;
  if (f.reason === 'advice-have-you-tried' && !(chance && verbForms(verb)?.infinitive === verb)) {
    // "have you tried going to bed earlier" is already a gerund; "have you looked into it" a participle.
    const forms = verbForms(verb);
    if (!forms || verb === forms.infinitive) return null;
    if (/ing$/.test(verb)) {
      gerund = body;
      body = forms.infinitive + body.slice(verb.length);
    } else {
      body = forms.infinitive + body.slice(verb.length);
      gerund = forms.gerund + body.slice(forms.infinitive.length);
    }
  } else {
    const forms = verbForms(verb);
    // An offer needs an action in its plain form: "be happy" and "be strong" do not turn into one.
    if (!forms || forms.infinitive !== verb || /^(be|have|get)$/.test(verb) && words2(body) < 3) return null;
    gerund = forms.gerund + body.slice(verb.length);
  }
  // Long advice does not fit in one offer; "be saving money" is no action to offer.
  if (words2(body) > 14 || /^try$/i.test(body) || /^be\s+\w+ing\b/i.test(body) || dismisses(body)) return null;
  if (/^(be|feel|stay|calm|relax|chill|cheer|stop|quit being)\b/i.test(body) && /\b(calm|happy|positive|strong|sad|upset|sensitive|dramatic|worried)\b/i.test(body)) return null;
  return { infinitive: body, gerund: andGerunds(body, gerund), negative, keepPre, after, dropped };
}

/** "grabbing one and get some friends" → "grabbing one and getting some friends"; "a club or group" stays. */
function andGerunds(body: string, g: string): string {
  // Tagged on the plain form ("go to places and talk to …" reads "talk" as a verb), changed in the gerund form.
  const delta = g.length - body.length;
  const terms = (parse(body).json({ offset: true }) as { terms: { text: string; tags: string[]; offset: { start: number } }[] }[]).flatMap((s) => s.terms);
  let out = g;
  for (let i = terms.length - 2; i >= 0; i--) {
    const t = terms[i + 1]!;
    // A verb by its tag, or a bare word read as a noun but followed by what follows a verb ("and talk to the …").
    const next = terms[i + 2];
    const verbLike = t.tags.includes('Verb') || (!t.tags.includes('Plural') && !!next && /^(to|with|about|if|some|the|a|an|it|them|him|her|out|up|back|for|on|in)$/i.test(next.text));
    if (!/^(and|or)$/i.test(terms[i]!.text) || !verbLike || t.tags.includes('Gerund')) continue;
    const forms = verbForms(t.text);
    if (!forms || forms.infinitive !== t.text.toLowerCase()) continue;
    const at = t.offset.start + delta;
    if (out.slice(at, at + t.text.length) !== t.text) continue;
    out = out.slice(0, at) + forms.gerund + out.slice(at + t.text.length);
  }
  return out;
}

/**
 * Of two pieces of advice, is the later one the one that matters? Only when it says clearly more
 * ("make a list" → "ask your brother to help move the sofa"); otherwise the first stays.
 */
export function moreSpecific(later: string, first: string): boolean {
  return words2(later) >= 1.5 * words2(first);
}

function words2(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** The idea offered with permission: several phrasings, each a question the partner can decline. */
function offers(idea: Idea): string[] {
  const not = idea.negative ? 'not ' : '';
  const g = `${not}${idea.gerund}`;
  const i = `${not}${idea.infinitive}`;
  // "Is trying X something you'd want to try?", "Do you think asking her to help might help?": no.
  const short = words2(g) <= 6 && !/^(think|trying)\b|\bhelp/i.test(g);
  return [
    `Would you be open to ${g}?`,
    `What do you think about ${g}?`,
    `How would you feel about ${g}?`,
    `Do you want to think together about ${g}?`,
    ...(short ? [`Do you think ${g} might help?`, `Is ${g} something you'd want to try?`] : []),
  ];
}

/** "should have told me earlier" → "I wish you'd told me earlier"; null when it is not that shape. */
function wishFor(sentence: string, f: Finding): string | null {
  const m = SHOULD_HAVE.exec(bare(sentence.slice(f.start)));
  if (!m || !/have|['’]ve|of|coulda|shoulda/i.test(sentence.slice(f.start, f.start + m[0].length - m[2]!.length - m[1]!.length))) return null;
  const forms = verbForms(m[1]!);
  if (!forms) return null;
  return `I wish you'd ${forms.participle}${m[2]!.replace(/\bu\b/g, 'you')}`;
}

export function rushedFixVariants(sentence: string, fs: Finding[], partner: PartnerRead, seed: number): Variant[] {
  const out: Variant[] = [];
  // A dismissal ("don't cry about it") is never offered back as an idea: dismissal.ts answers it.
  const advice = fs.find((f) => f.reason.startsWith('advice-') && !isDismissal(sentence, f));
  if (!advice) return out;
  let dropped = '';
  const push = (text: string, acks: boolean, move: string) => out.push({ text, move, category: 'rushed-fix', acks, keepsIdea: true, dropped });
  const openers = openersFor(partner, seed);

  const wish = wishFor(sentence, advice);
  if (wish) {
    const asks = rotate(["can we tell each other sooner next time?", "it would have helped me.", "can we talk about how we share things like this?"], seed, 3);
    for (let k = 0; k < asks.length; k++) {
      const opener = openers.reflect[k % Math.max(1, openers.reflect.length)];
      push(joinSentences(opener ?? '', `${wish} — ${asks[k]}`), !!opener, 'own the wish');
    }
    return out;
  }

  // They asked to be heard, not advised: the offer listens, and no idea is put back to them.
  if (partner.ventOnly) {
    const listen = rotate(["I'm listening — let it all out.", "I'm here, keep going. What's been the worst of it?", "Vent away, I've got you. What happened?"], seed, 4);
    for (let k = 0; k < listen.length; k++) {
      const opener = openers.reflect[k % Math.max(1, openers.reflect.length)];
      out.push({ text: joinSentences(opener ?? '', listen[k]!), move: 'just listen', category: 'rushed-fix', acks: true, keepsIdea: false, dropped });
    }
    return out;
  }

  const idea = ideaOf(sentence, advice);
  if (!idea) return out;
  // A promise that it will all be fine ("you'll feel better", "it'll sort you out", "she's just like
  // that") after the offer takes back the permission it asked for: it goes.
  if (MINIMISING.test(idea.after) || dismisses(idea.after)) [dropped, idea.after] = [idea.after, ''];
  dropped = `${dropped} ${idea.dropped}`.trim();
  const close = (o: string) => (/^x+$/i.test(idea.after) ? `${o} ${idea.after.toLowerCase()}` : joinSentences(o, idea.after ? `${idea.after}.` : ''));
  const list = rotate(offers(idea), seed, 1).map((o) => close(idea.keepPre ? idea.keepPre + decap(o) : o));
  // Advice they asked for is offered as it is, as a question: no "or would you rather vent" first.
  if (partner.askedAdvice) {
    for (const o of list) push(o, false, 'offer, don’t instruct');
    return out;
  }
  // Reflect first (the partner's feeling or news), then the offer; without a partner message, a
  // neutral check-in comes first and no feeling is named.
  for (let k = 0; k < list.length; k++) {
    const opener = openers.reflect[k % Math.max(1, openers.reflect.length)];
    if (opener) push(joinSentences(opener, list[k]!), true, partner.mood === 'good' ? 'celebrate first' : 'reflect first');
  }
  for (let k = 0; k < list.length; k++) {
    const check = openers.checkIn[k % openers.checkIn.length]!;
    push(joinSentences(check, capitalise(list[k]!)), true, 'ask before advising');
  }
  for (const o of list) push(o, false, 'offer, don’t instruct');
  return out;
}
