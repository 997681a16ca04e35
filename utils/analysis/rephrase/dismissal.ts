/**
 * Minimising and dismissal ("calm down", "stop being so sensitive", "it's not that deep", "don't cry
 * about it", "you're overreacting", "at least …"): never turned into advice. The clause that
 * dismisses is replaced by validation and an open question; the rest of the sentence stays when it
 * does not dismiss too.
 *
 *   partner: "i felt really hurt when you laughed at my haircut"   draft: "stop being so sensitive"
 *     → "I'm sorry you felt really hurt when I laughed at your haircut. What hurt most?"
 *   no partner message                                              draft: "dont be so dramatic"
 *     → "I'm listening — what's going on for you?"
 */
import type { Finding } from '../types';
import type { PartnerRead } from './partner';
import { openQuestions, validationsFor } from './openers';
import { bare, capitalise, clauseAround, cut, joinSentences, rotate, words, type Variant } from './shared';

/** Dismissals the rules may file under advice ("don't cry") or labels ("you're overreacting"). */
const DISMISSAL =
  /\b(calm down|chill( out)?|relax|cheer up|get over|move on|let it go|suck it up|man up|toughen up|grow up|stop (being|crying|whining|complaining|overthinking|worrying)|(don['’]?t|dont|do not) (cry|worry|stress|freak|overthink|be (so )?(sensitive|dramatic|upset|sad|mad|angry|silly|like that|a baby|stressed|worried|scared|nervous|anxious|paranoid|hard on yourself))|(so|too|over(ly)?) (sensitive|dramatic|emotional)|overreact(ing|ed)?|not (that|a) (deep|big deal)|no big deal|it['’]?s (nothing|fine|just)|at least|could be worse|look on the bright side|everything happens for a reason|you['’]?ll (be fine|get over it)|it['’]?s not worth|(don['’]?t|dont|do not) let (it|that|this|them|him|her|this \w+|that \w+|people) (get to|scare|upset|bother|stress|worry|ruin|get you down)|(keep|stay|have|think) (a )?positive( (mindset|attitude|thoughts))?|think positive(ly)?|forget (about )?(it|that|them|him|her)|plenty more fish|plenty more out there|take it (so |too )?(seriously|personally)|beat (yourself|urself) up|dwell(ing)? on|(shouldn['’]?t|shouldnt) (feel|be) (guilty|bad|sad|upset|scared|worried|embarrassed)|stop (doubting|comparing|thinking about|dwelling|beating|stressing|panicking)|(won['’]?t|wont) change anything|no point (worrying|stressing|crying|getting upset)|(can|could) always (try|have|get) (again|another)|try again|(don['’]?t|dont) (google|think about) it|worse things happen|happens to (everyone|everybody)|(will|gonna|going to) (be|get|turn out) (good|fine|okay|ok|alright|all right|better)|everything will)\b/i;

/** Does a text still dismiss (used by the eval: a dismissal must never come back as advice)? */
export function dismisses(text: string): boolean {
  return DISMISSAL.test(text);
}

export function isDismissal(sentence: string, f: Finding): boolean {
  return f.reason.startsWith('minimise-') || (f.category !== 'outsourcing' && DISMISSAL.test(f.phrase.length > 3 ? sentence.slice(Math.max(0, f.start - 12), f.end + 24) : sentence));
}

/**
 * What may follow the validation of the partner's feeling: only the speaker's own presence or help
 * ("I'm on my way", "I'll ring you at lunch", "let me sort dinner"). A reason why it is small ("it
 * can be fixed", "loads of people fail", "they always do extra tests") or a plan that moves past
 * the feeling ("we'll go next year") dismisses again once the feeling has been asked about.
 */
const OWN_HELP = /^\W*(?:i(?:['’]ll|\s+will|\s+can|['’]m\s+(?:here|coming|on\s+my\s+way|around|free)|\s+am\s+(?:here|coming)|['’]ve\s+got\s+(?:you|your\s+back))|let\s+me|want\s+me\s+to)\b/i;

/** A reassurance that plays the problem down, as a clause of its own. */
export const MINIMISING =
  /\b(?:can\s+be\s+(?:fixed|replaced|sorted|redone)|(?:it|that|this)(?:['’]s|\s+is|\s+was)\s+(?:only|just|nothing|normal|banter|a\s+joke)|just\s+(?:a|an|banter|a\s+joke|to\s+be\s+safe)\b|(?:loads|lots|plenty)\s+of\s+(?:people|others|other)|every(?:one|body)\s+(?:does|has|gets|goes|snaps|fails|feels|makes)|(?:nobody|no\s+one)\s+(?:will|even|cares|remembers)|there(?:['’]ll|\s+will)\s+be\s+(?:other|more|plenty)|(?:you|u)(?:['’]ll|\s+will)\s+(?:feel|be)\s+(?:(?:loads|so\s+much|much|way|heaps|a\s+lot)\s+)?(?:better|fine|ok|okay|grand|alright)|it(?:['’]ll|\s+will)\s+(?:sort|be\s+(?:fine|ok|okay|alright|grand)|work\s+out|blow\s+over)|(?:she|he|they)(?:['’]s|\s+is|['’]re|\s+are)\s+(?:just|always)\s+like\s+that|not\s+(?:going|gonna)\s+to\s+change|(?:they|doctors)\s+always|just\s+to\s+be\s+safe|happens\s+to\s+(?:everyone|everybody|all\s+of\s+us)|worse\s+things|end\s+of\s+the\s+world|it\s+is\s+what\s+it\s+is|next\s+(?:year|time|week|month)|another\s+(?:time|chance|one)|does\s+that\s+to\s+everyone|all\s+(?:it\s+takes|parents|mums|dads|kids|of\s+us)|(?:is|isn['’]?t|isnt)\s+real|(?:that['’]?s|thats)\s+(?:all|how|what)|(?:they['’]?d|theyd)\s+soon|back\s+in\s+shape|in\s+no\s+time|(?:it['’]?s|its)\s+routine|the\s+right\s+decision|right\s+thing)\b/i;

export function dismissalVariants(sentence: string, fs: Finding[], partner: PartnerRead, seed: number, recheck: (t: string) => Finding[]): Variant[] {
  const f = fs.find((x) => isDismissal(sentence, x));
  if (!f) return [];
  const [a, b] = clauseAround(sentence, f.start);
  // What else the sentence says stays, unless it dismisses or advises too ("calm down, it's just a game").
  let rest = cut(sentence, a, b);
  if (words(rest) < 3 || DISMISSAL.test(rest) || recheck(rest).some((x) => x.category !== 'reflective')) rest = '';
  // After a feeling has been asked about, only the speaker's own help may follow; after an apology
  // the rest is about the speaker's own loss ("it was only a cheap mug") and stays as forgiveness.
  if (rest && !partner.apology && (MINIMISING.test(rest) || !OWN_HELP.test(rest))) rest = '';
  if (partner.apology) {
    const keep = rest && !/\b(you|u|your|ur)\b/i.test(rest) ? ` ${capitalise(bare(rest))}.` : '';
    return rotate(["It's okay, honestly.", 'Thank you for saying sorry — it’s okay.', "It's alright, I appreciate you saying sorry."], seed, 25).map((t) => ({ text: t + keep, move: 'accept the apology', category: f.category, acks: true, keepsIdea: false }));
  }
  const vs = validationsFor(partner, seed);
  const qs = openQuestions(partner, seed);
  const out: Variant[] = [];
  for (let k = 0; k < Math.max(vs.length, qs.length); k++) {
    const v = vs[k % vs.length]!;
    const q = qs[k % qs.length]!;
    // A short validation and its question read as one line: "I'm listening — what's going on for you?"
    const text = v.length < 24 && /\.$/.test(v) ? `${bare(v)} — ${q.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}` : joinSentences(v, q);
    out.push({ text: rest ? joinSentences(text, capitalise(bare(rest)) + '.') : text, move: 'validate, don’t minimise', category: f.category, acks: partner.mood !== 'none', keepsIdea: false });
  }
  return out;
}
