import { PRAISE_WORDS, hasWord } from '../lexicon';
import type { MatchContext, Rule, RuleFamily } from './types';

/**
 * Story-editing: mind-reading, negative assumptions about the addressee's motives, absolutes and
 * labels about them. Only second person counts: "I always forget" and "he never listens" are not
 * stories about the partner, and "you never know" is generic.
 */

/** Praise turns an absolute into a compliment: "you always make the best pancakes". */
const isPraise = (m: MatchContext) => hasWord(m.clause, PRAISE_WORDS);
/** A condition or purpose: "if you always…", "so you never go hungry", "when you never…". */
const CONDITIONAL = /\b(if|unless|whether|when|whenever|once|in case|in order)\b[^,]*$|\bso( that)?\s*$/;
/** Yes/no questions ask rather than tell: "do you think I'm fat?". */
const YES_NO = /^\W*(do|does|did|are|is|was|were|can|could|would|will)\b/;

const verbOf = (m: MatchContext) => m.terms[m.terms.length - 1];

const rules: Rule[] = [
  // "you always ignore my texts", "you never listen", "do you always have to bring him here?", "you never even noticed me"
  {
    reason: 'assume-always-never',
    match: '{you} (always|never|constantly|forever) (even)? #Adverb? #Verb',
    severity: 'medium',
    skipIf: (m) => {
      const verb = verbOf(m);
      if (!verb) return true;
      // "you never told me" is one fact in dispute, not a habit, unless stressed with "even".
      if (verb.tags.has('PastTense') && !/\beven\b/.test(m.phrase)) return true;
      // "you never know", "you're never gonna believe it", "you never have to worry"
      if (/^(know|believe|guess|going|gonna|be|been|had|meet|miss)$/.test(verb.normal)) return true;
      if (/^\s*(to )?(worry|fear|ask|pay)\b/.test(m.after) && /never have/.test(m.phrase)) return true;
      // "you are always chatting with new people": copula + description, labels are handled below.
      if (/\b(are|were|r|'re)\b/.test(m.phrase) || verb.tags.has('Copula')) return true;
      return isPraise(m) || CONDITIONAL.test(m.before);
    },
  },
  // "you're always late", "ur always on your phone", "you're constantly complaining"
  {
    reason: 'assume-always-never',
    match: '{youare} (always|constantly|forever) (late|complaining|nagging|whining|yelling|moaning|criticizing|criticising|judging|busy|distracted|on your phone|on ur phone|angry|mad|grumpy|{label})',
    severity: 'medium',
    skipIf: (m) => CONDITIONAL.test(m.before) || isPraise(m),
  },
  // "you never even where that t-shirt!" (stressed absolute whatever the verb)
  {
    reason: 'assume-always-never',
    match: '{you} (never|always) even',
    severity: 'medium',
    skipIf: (m) => isPraise(m) || CONDITIONAL.test(m.before),
  },
  // "you don't listen", "you don't even care", "you never care about my day"
  {
    reason: 'assume-dont-care',
    match: '{you} (do not|never|dont) (even|really)? (care|listen|notice|pay attention|try|appreciate|respect|trust|think about)',
    severity: 'medium',
    skipIf: (m) => CONDITIONAL.test(m.before),
  },
  // "you're so lazy", "you are such a loser", "you're being silly", "you're nothing but a big leaver"
  {
    reason: 'assume-label',
    // (no multi-word entries: compromise ignores a {n,m} group that has them)
    match: '{youare} (just|so|such|being|acting|really|totally|completely|a|an|nothing|but|big|real|the|most|fucking|fuckin|freaking|always|kinda|kind|of|pretty|little){0,4} {label}',
    severity: 'high',
    skipIf: (m) =>
      / not\b/.test(m.phrase) || (m.question && YES_NO.test(m.sentence)) || CONDITIONAL.test(m.before) ||
      // without a copula the last word must not be a verb: "you mean they like you"
      (!m.terms.some((t) => t.tags.has('Copula') || /^(are|r|re|were)$/.test(t.normal)) && !!verbOf(m)?.tags.has('Verb')),
  },
  // "you idiot!", "get out of my store, you jerk", "you stupid cowboy", "you liar"
  {
    reason: 'assume-label',
    match: '{you} (stupid|big|little|dumb|lazy|selfish|ungrateful|pathetic|useless|fat|total|absolute|complete)? (idiot|idiots|moron|jerk|loser|liar|pig|fool|creep|bitch|asshole|freak|psycho|brat|cheater|coward|hypocrite|snake|traitor|bully|slob|doofus|dork|bastard|dumbass|dummy|weirdo)',
    severity: 'high',
  },
  // "you stupid cowboy", "you dumb jerk"
  {
    reason: 'assume-label',
    match: '{you} (stupid|dumb|lazy|selfish|ungrateful|pathetic|useless) #Noun',
    severity: 'high',
    skipIf: (m) => m.question,
  },
  // "you suck at it", "you suck"
  { reason: 'assume-label', match: '{you} (suck|stink)', severity: 'high' },
  // "what's wrong with you?", "who do you think you are?"
  {
    reason: 'assume-label',
    match: ['what is wrong with {you}', 'who do {you} think {you} are'],
    severity: 'high',
  },
  // "you think you're so smart", "you don't love me", "you don't give a damn"
  {
    reason: 'assume-mind-reading',
    match: [
      '{you} think {youare} (so|better|smarter|perfect|always|never|funny|clever|special)',
      '{you} (do not|never) (even)? (love|like|want) me',
      '{you} (do not|never) (even)? give a',
    ],
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || (m.question && YES_NO.test(m.sentence)),
  },
  // "typical of you", "oh, so typical", "typical you", "typical behaviour"
  {
    reason: 'assume-typical',
    match: [
      'typical (of)? {you}',
      'typical (behaviour|behavior|move|response|reaction|excuse)',
      '(so|how|just|thats|that is) typical',
    ],
    severity: 'medium',
    // "it's so typical" about someone else / a situation.
    skipIf: (m) => /\b(it|it's|its|it is|she|he|they)\s*(is|was|'s)?\s*(just)?\s*$/.test(m.before),
  },
  // "you obviously don't care", "you just want to win", "you obviously want to", "you only think it's stupid"
  {
    reason: 'assume-mind-reading',
    match: [
      '{you} (obviously|clearly|evidently|secretly)',
      '{you} (just|only) (want|wanted|care|cares|like|think|thought|love|hate|enjoy|need)',
    ],
    severity: 'high',
    // "so you just want a simple message?" checks an order; "if you just want to talk" offers.
    skipIf: (m) => /\b(so|ok|okay|if|when|unless|i know|maybe|guess)\s*$/.test(m.before) || m.question && YES_NO.test(m.sentence) || isPraise(m),
  },
  // "I know you think I'm stupid", "I know what you're trying to pull", "I bet you don't want to work"
  {
    reason: 'assume-mind-reading',
    match: [
      'i know {you} (think|thought|want|just|do not|never|hate|are trying|only|really)',
      'i know what {you} (are|were)? (trying|doing|up to|thinking|really)',
      'i bet {you} (do not|never|just|only|secretly)',
    ],
    severity: 'high',
    skipIf: isPraise,
  },
  // "you think I'm invisible", "just because I'm pregnant you think I'm invisible" (a yes/no question asks instead)
  {
    reason: 'assume-mind-reading',
    match: '{you} (think|thought|believe) (that)? (i|we|i am|i would)',
    severity: 'medium',
    skipIf: (m) => /\b(do|does|did|don't|dont|would|if|when|what|why|how|not)\s*$/.test(m.before) || YES_NO.test(m.clause) || /^\s*(was|were|am|'m)? ?(great|good|right|amazing|so|ok|okay|fine)\b/.test(m.after),
  },
  // "all you ever do is complain", "all you care about is work"
  {
    reason: 'assume-all-you',
    match: [
      'all {you} ever',
      'all {you} (care|think|talk|worry) about',
      'all {you} care',
    ],
    severity: 'high',
  },
  // "because you would rather be with him", "you'd rather live here"
  { reason: 'assume-mind-reading', match: '{you} would rather', severity: 'medium', skipIf: (m) => m.question || CONDITIONAL.test(m.before) },
  // "you're afraid I'm a better singer", "you're jealous that…"
  {
    reason: 'assume-mind-reading',
    match: '{youare} (just)? (afraid|scared|jealous|threatened|worried) (i|i am|that i|of me)',
    severity: 'medium',
    skipIf: (m) => m.question && YES_NO.test(m.sentence),
  },
  // "you just can't drive", "you can't even open up your mind", "you can't stand anyone else having fun"
  {
    reason: 'assume-cant',
    match: [
      '{you} (just|obviously|clearly|simply) (can not|cannot) #Verb',
      '{you} (can not|cannot) (even|stand|handle|be trusted|keep)',
    ],
    severity: 'medium',
    // "you just can't see it now" is about circumstances, not a verdict on them.
    skipIf: (m) => CONDITIONAL.test(m.before) || /^(see|believe|imagine|know|wait|help|tell|be|remember|say|expect)$/.test(verbOf(m)?.normal ?? ''),
  },
  // "you're trying to stifle me", "you're just trying to control me"
  {
    reason: 'assume-mind-reading',
    match: '{youare} (just|only)? trying to (stifle|control|manipulate|hurt|ruin|win|pull|trap|punish|guilt|make me|get rid|get back|avoid)',
    severity: 'medium',
  },
];

export const assumption: RuleFamily = {
  category: 'assumption',
  negatable: true,
  rules,
};
