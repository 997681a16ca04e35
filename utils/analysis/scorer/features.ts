/**
 * Features for the learned scorer (scorer/model.ts). Plain string features over a normalised
 * text, so the training script (scripts/train.ts) and the extension compute exactly the same ones.
 *
 * Per segment (cached with the segment, see incremental.ts):
 *   w:<word>          words of the normalised text
 *   b:<w1>_<w2>       word pairs, with ^ for the segment start ("b:^_try": an imperative opener)
 *   t:<w1>_<w2>_<w3>  word triples that start at "you"/"i"/the segment start (the shapes that matter)
 *   q                 the segment is a question
 *   k:<class>         word classes that carry across registers (WORD_CLASSES below): a hedge,
 *                     "you" + a modal, an imperative opening a clause, validation words…
 *   r:<category> / r:<reason>  the rules' own hits (after their vetoes)
 * Per draft (computed in combine.ts from the partner's message): x:feeling, x:asks, x:news, x:none.
 *
 * No letter triples: fitted without one source and scored on it, they learnt that source's
 * spelling and register (barrier false alarms on the left-out source's neutral lines 3.8% with
 * them, 3.4% without, F1 no lower); typos are corrected before features (spelling.ts) instead.
 */
import { correctSpelling } from '../spelling';
import type { Category } from '../types';

/** Chat spellings read as the words they stand for (whole words only). */
const CHAT: Record<string, string> = {
  u: 'you', ya: 'you', yu: 'you', ur: 'your', youre: "you're", ure: "you're", r: 'are', im: "i'm", ive: "i've",
  dont: "don't", doesnt: "doesn't", didnt: "didn't", cant: "can't", wont: "won't", isnt: "isn't", arent: "aren't",
  wasnt: "wasn't", shouldnt: "shouldn't", couldnt: "couldn't", wouldnt: "wouldn't", havent: "haven't",
  thats: "that's", whats: "what's", youve: "you've", youll: "you'll", youd: "you'd", theyre: "they're",
  idk: "i don't know", tbh: 'honestly', ngl: 'honestly', rn: 'right now', pls: 'please', plz: 'please',
  bc: 'because', cuz: 'because', coz: 'because', cause: 'because', w: 'with', abt: 'about', bout: 'about',
  gonna: 'going to', wanna: 'want to', gotta: 'got to', prob: 'probably', prolly: 'probably', rly: 'really',
  sry: 'sorry', thx: 'thanks', ty: 'thanks', tho: 'though', def: 'definitely', defo: 'definitely',
  ppl: 'people', smth: 'something', sth: 'something', k: 'ok', kk: 'ok', okay: 'ok', omg: 'oh my god',
};

/**
 * Lower case, straight apostrophes, DailyDialog's tokenised spacing ("I ’ m" → "i'm"), chat
 * spellings, and letters repeated three or more times squeezed to two ("soooo" → "soo").
 */
export function normaliseForScorer(text: string, spelled = correctSpelling(text).text): string {
  const lower = spelled
    .toLowerCase()
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/\s+'\s*(m|s|re|ve|ll|d|t)\b/g, "'$1")
    .replace(/\s+n't\b/g, "n't")
    .replace(/([a-z])\1{2,}/g, '$1$1');
  return lower.replace(/[a-z']+/g, (w) => CHAT[w] ?? w);
}

export function tokens(normalised: string): string[] {
  const out: string[] = [];
  for (const raw of normalised.split(/[^a-z0-9']+/)) {
    const w = raw.replace(/^'+|'+$/g, '');
    if (w) out.push(w);
  }
  return out;
}

const TRIPLE_START = new Set(['^', 'you', 'i', "you're", "i'm", 'it', "it's", 'that', "that's", 'have', 'why', 'how', 'what', 'maybe', 'if']);

/** The features of one segment. `hits` are the rules' hits in it (category and reason). */
export function segmentFeatures(
  text: string,
  hits: readonly { category: Category; reason: string; onlyAfterFeeling?: boolean }[],
  /** correctSpelling(text).text, when the caller already has it. */
  spelled?: string,
): string[] {
  const norm = normaliseForScorer(text, spelled);
  const words = tokens(norm);
  const f = new Set<string>();
  const seq = ['^', ...words];
  for (let i = 0; i < seq.length; i++) {
    const w = seq[i]!;
    if (i > 0) f.add(`w:${w}`);
    if (i + 1 < seq.length) f.add(`b:${w}_${seq[i + 1]}`);
    if (i + 2 < seq.length && TRIPLE_START.has(w)) f.add(`t:${w}_${seq[i + 1]}_${seq[i + 2]}`);
  }
  if (/\?[\s"')\p{Extended_Pictographic}]*$/u.test(norm.trim())) f.add('q');
  for (const [name, re] of WORD_CLASSES) if (re.test(norm)) f.add(name);
  for (const h of hits) {
    // A hit that counts only after a shared feeling ("take the bus", "check the settings") is no
    // evidence by itself: segments are scored without the partner's message, so it is left out
    // here and becomes a draft feature when a feeling was shared (orderFeatures in combine.ts);
    // the scorer cannot learn "any opening verb is a fix".
    if (h.onlyAfterFeeling) continue;
    f.add(`r:${h.category}`);
    f.add(`r:${h.reason}`);
  }
  return [...f];
}

/** Verbs whose bare form opening a clause is an instruction ("take a break", "just call her"). */
const IMPERATIVE_VERBS =
  'try|talk|focus|keep|remember|seek|reach|give|stop|consider|learn|build|ignore|quit|pray|make|let|think|' +
  'accept|forget|avoid|breathe|exercise|meditate|journal|lean|speak|distract|practice|practise|confront|' +
  'report|complain|be|stay|trust|treat|look|open|walk|take|step|sleep|write|get(?! to)|go|tell|ask|find|call|' +
  'contact|set|put|start|use|visit|see|cut|block|wait|sit|drink|eat|spend|volunteer|join|leave|check|' +
  'read|listen|allow|reward|surround|enjoy|share|do|have|reconnect|plan|search|apply|buy|sell|move|hang|' +
  'work|keep|stick|slow|limit|lower|ring|text|email|message|schedule|research|prepare|dont|don\'t';
/** A clause boundary, then fillers ("ok so just", "maybe", "please"). */
const CLAUSE_OPEN = "(?:^|[.,;:!?—–(]\\s*|\\b(?:and|but|so|then|or)\\s+)(?:(?:ok|so|well|just|maybe|perhaps|please|also|really|definitely|honestly|first|then|now|try to|always)\\s+)*";

/**
 * Word classes: what advice and acknowledgement share across registers (a counsellor's "I would
 * encourage you to…", a friend's "maybe just call her", a Reddit reply's "it might help to…"),
 * where the words themselves differ. Each is one feature, so a phrasing the training data never
 * held still lands in a class it did. Matched on the normalised text (lower case, chat spelled out).
 */
export const WORD_CLASSES: readonly (readonly [string, RegExp])[] = [
  // "perhaps you could…", "I'd recommend…", "how about…", "it might help to…", "what if you…"
  // (not "maybe we can…": a plan of one's own)
  ['k:hedge', /\b((maybe|perhaps|possibly)(?! (we|i|i'll|i'm|we'll|we're)\b)|how about|what about|what if you|i would (suggest|recommend|encourage|advise)|i'd (suggest|recommend|encourage|advise)|i (suggest|recommend|encourage|advise)|have you (considered|thought about|tried)|(might|may|could|would) (help|be helpful|be worth|be a good idea)|worth (trying|a try|a shot|considering)|is there (a way|any way|anyone|someone))\b/],
  // advice asked as a question about ability or willingness: "is it possible for you to…", "would it be
  // possible to…", "are you able to…", "would you be open to…", "i urge you to…"
  ['k:ability-ask', /\b((is|would|will) it (be )?(possible|an option) (for you )?to|(are|were) you (\w+ )?able to|would you be (prepared|willing) to|do you think you (could|can|might)|i (\w+ )?(urge|encourage|implore) you)\b/],
  // pointing to help: "there is a group called… that supports…", "there are counsellors who specialise in…"
  ['k:resource', /\bthere (is|are|'s|was|were) [^.!?]{0,40}\b(group|groups|charity|charities|organi[sz]ations?|counsell?ors?|therapists?|hotlines?|helplines?|services?|programm?e?s?|apps?|websites?|forums?|communit(y|ies)|resources|professionals)\b[^.!?]{0,40}\b(support|specialis|speciali[sz]e|help (you|people|those|with)|helps|can help|will help|could help)/],
  // "you should…", "you could…", "you need to…", "you might want to…" (not "you can't…", and not
  // in a purpose or condition: "so you could meet him", "if you need to")
  ['k:you-modal', /(?<!\b(so|if|that|when|what|whatever|how|unless|until|because|whether|wish|hope) )\byou (two |both |all |guys )?(really |just |probably |definitely |also |still |always )?(should|could|might|may|must|need to|have to|ought to|got to|can|will need|might want|may want)\b(?!')/],
  // an imperative opening a clause: "take a break", "ok so just call her", "maybe write it down"
  ['k:imperative', new RegExp(`${CLAUSE_OPEN}(${IMPERATIVE_VERBS})\\s+(?!i\\b|you\\b|we\\b|they\\b|he\\b|she\\b|it\\b|is\\b|are\\b|was\\b|were\\b|that\\b)`)],
  // "don't let it…", "never give up", "stop blaming yourself"
  ['k:dont', new RegExp(`${CLAUSE_OPEN}(don't|do not|never|stop) (be|let|give|worry|feel|think|blame|beat|take|stress|dwell|lose|get|waste|overthink)\\b`)],
  // "it's important to…", "it's okay to…", "the best thing is to…"
  ['k:it-adj-to', /\b(it's|it is|its|it would be|it can be|that's|that is) (\w+ )?(important|good|best|helpful|wise|okay|ok|normal|natural|fine|worth|better|essential|useful|healthy|smart|key|vital) to\b/],
  // validation words: "that's understandable", "it makes sense", "that's so hard", "I'm sorry"
  ['k:validate', /\b(normal|understandable|valid|makes sense|natural|hard|tough|rough|difficult|sorry|must be|must have|sucks|awful|terrible|horrible|painful|unfair|frustrating|heartbreaking|a lot to|no wonder)\b/],
  // naming the other's feeling or state: "you feel…", "you seem…", "you're feeling…", "you must be…"
  ['k:you-feel', /\byou('re| are| were| must| might| may)? (feel|felt|feeling|seem|seemed|sound|sounded|be feeling|hurting|struggling|going through)\b/],
  // a restatement or check: "so you think…", "…, is that right?", "if I understand you…"
  ['k:restate', /(^|[.!?]\s*)(so|sounds like|it sounds like|it seems like|if i understand|what i'm hearing)\b[^.?!]*\byou\b|\b(is that|am i) (right|correct)\b|, right\?/],
  // the speaker's own story ("i went…", "my sister…"): self-disclosure, rarely a barrier by itself
  ['k:self', /^(i|i'm|i've|i was|my|me|we)\b/],
  // Assumption and outsourcing across registers: the shapes, not the words of one writer.
  // reading a motive or a mind: "you obviously don't care", "you'd rather…", "you just want…"
  ['k:you-mind', /\byou('re| are|'d| would)? (just |only |obviously |clearly |probably |really |even |actually |secretly )*(obviously|clearly|rather|don't (even )?(care|want|listen|notice|think|get it|bother|try|mean)|never (cared|wanted|listen|think|notice|bother|try)|couldn't care|want(ed)? me to|think(s)? (you're|it's|that's|i'm)|pretend(ing)?|trying to (make|get|wind|guilt|start)|love (it|this|making|being)|enjoy(ed)? (it|this|making|watching))\b/],
  // a sweeping claim about them: "you always…", "every single time you…", "…again, as usual"
  ['k:you-absolute', /\byou\b[^.!?]{0,30}\b(always|never|every (single )?time|constantly|forever|all the time|each time|yet again|as usual|like always)\b|\b(always|never|every (single )?time|as usual|like always|typical|yet again)\b[^.!?]{0,20}\byou\b/],
  // sarcasm and scare quotes: "oh sure", "must be nice", "how convenient", "you were 'busy'", 🙄
  ['k:sarcasm', /\b(oh sure|sure you (did|were|are|will|do)|yeah right|must be nice|oh (great|wonderful|perfect|lovely|brilliant)|good for you|how convenient|funny how|of course you|shocker|surprise surprise|what a surprise|go figure|nice of you|glad (you|one of us)|wow ok|thanks a lot|cheers for that)\b|'[a-z ]{2,20}'|[🙄🙃😒]/u],
  // a character label: "you're so selfish", "such a child", "you're being ridiculous"
  ['k:you-label', /\b(you('re| are| were)|ur) (so |such a |being |just |really |a |an |literally |always |the most )*(selfish|lazy|dramatic|childish|useless|pathetic|ridiculous|unbelievable|impossible|paranoid|jealous|controlling|insensitive|immature|stubborn|rude|fake|liar|hypocrite|baby|child|joke|nightmare|cold|heartless|clueless|oblivious|unreliable|ungrateful|spoilt|spoiled|hopeless|useless)\b/],
  // a rhetorical challenge: "why do you always…", "how hard is it to…", "would it kill you to…"
  ['k:rhetorical', /\b(why (do|would|can't|don't|won't|must|did) you (always |ever |even |never |have to )?|how hard is it|is it (that|so|really that) hard|would it kill you|what's your problem|who does that|since when do you|what is wrong with you|what's wrong with you)\b/],
  // their doing as the cause of the speaker's state: "because of you", "you made me…", "thanks to you"
  ['k:blame-you', /\b(because (of )?you|thanks to you|your fault|you (made|make|makes|have made|keep making) me|you('ve| have)? (ruined|wrecked|spoilt|spoiled)|you('re| are) (stressing|driving|making|killing|wearing) me|after what you)\b/],
  // a sigh or guilt trip: "I'll just…", "don't worry about me", "hope you're happy", "fine."
  ['k:guilt', /\b(i'll just|i guess i'll|guess i'll|don't worry about me|never mind me|i'll manage|forget it|whatever|hope you're happy|happy now|i'll do it myself|as always i|no one cares|nobody cares|must be me|my fault (then|again)|i'll stop bothering)\b|(^|[.!?]\s*)(fine|ok|okay|k|sure)[.!]+\s*$/],
  // the speaker's own hurt state: "I feel so stupid", "it makes me anxious", "left me in tears"
  ['k:my-hurt', /\b(i('m| am| feel| felt| was| get| end up)|makes me|made me|left me|leaves me) (so |really |just |completely |totally |feeling |like )*(hurt|upset|anxious|stressed|sad|awful|terrible|stupid|worthless|invisible|alone|lonely|humiliated|embarrassed|exhausted|drained|miserable|sick|angry|furious|ignored|unwanted|used|crap|rubbish|an idiot|a fool|unloved|unappreciated|taken for granted|in tears|crying|on edge|a mess|a wreck)\b/],
  // "what helped me…", "one thing that worked for me", "I found that… helps"
  ['k:helped-me', /\b(helped me|worked (really |so |very )?well for me|worked for me|works for me|i found (that )?\w+ (helps|helped|helpful|useful)|what i did|what helped|thing that helped|i found it helpful)\b/],
];

/** The partner asks for advice: "what should I do?", "any ideas?", "help". */
const ASKS = /\b(what should i|what do i do|what would you do|what can i do|any (advice|ideas|tips|suggestions)|should i\b|how do i|how can i|help me|do you think i should)/;
/** The partner shares good news. */
const NEWS = /\b(i got the job|got promoted|i passed|we won|i won|got engaged|engaged|pregnant|accepted|so excited|so happy|great news|good news|finally did it|got in)\b/;

/** Draft-level features from the partner's message; `feeling` is context.ts's carriesFeeling. */
export function contextFeatures(partnerMessage: string | undefined, feeling: boolean): string[] {
  if (!partnerMessage) return ['x:none'];
  const norm = normaliseForScorer(partnerMessage);
  const out: string[] = [];
  if (feeling) out.push('x:feeling');
  if (ASKS.test(norm)) out.push('x:asks');
  if (NEWS.test(norm)) out.push('x:news');
  if (out.length === 0) out.push('x:plain');
  return out;
}
