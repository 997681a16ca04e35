import { PRAISE_WORDS, hasWord } from '../lexicon';
import type { MatchContext, Rule, RuleFamily } from './types';

/**
 * Emotional outsourcing: making the addressee responsible for causing or fixing the speaker's
 * feelings, or blaming them. "You make me laugh" and "thanks for making me feel welcome" are
 * gifts, not blame, and "it's not your fault" is reassurance.
 */

const isPraise = (m: MatchContext) => hasWord(m.clause, PRAISE_WORDS);
const CONDITIONAL = /\b(if|unless|whether|in case)\b[^,]*$/;

const rules: Rule[] = [
  // "you make me feel worthless", "you made me so angry", "you're making me look bad", "you make me sick"
  {
    reason: 'outsource-make-me-feel',
    match: '{you} #Adverb? (make|makes|made|are making|keep making|have made|making) me (feel|so|really|very|look|sound|want)? #Adverb? {caused}',
    severity: 'high',
    skipIf: (m) => isPraise(m) || CONDITIONAL.test(m.before) || m.question && /^\W*(do|does|did|can|could|would|will)\b/.test(m.sentence),
  },
  // "you need to make me feel better", "it's your job to make me happy"
  {
    reason: 'outsource-fix-my-feelings',
    match: [
      '{you} #Adverb? (need|have|got|gotta|better) to? (make|help) me (feel)?',
      'your (job|responsibility) to (make|keep) me',
    ],
    severity: 'high',
  },
  // "it's your fault I'm upset", "this is all your fault", "your fault that I…"
  {
    reason: 'outsource-your-fault',
    match: [
      '(it|this|that|its|all) (is|was)? (all)? (your|ur) fault',
      '(your|ur) fault (that|i)',
    ],
    severity: 'high',
    skipIf: (m) => / not\b/.test(m.phrase) || /\bnot\s*$/.test(m.before) || m.question,
  },
  // "because of you I can't sleep", "I can't hang around her because of you", "thanks to you I'm half way there"
  {
    reason: 'outsource-because-of-you',
    match: [
      'because of {you}',
      'thanks to {you}',
    ],
    severity: 'high',
    skipIf: (m) =>
      /thanks/.test(m.phrase)
        ? !/^[\s,]*(i|i'm|im|now|we|my|this)\b/.test(m.after)
        : hasWord(m.sentence, PRAISE_WORDS),
  },
  // "I blame you", "and I blame you too"
  { reason: 'outsource-blame', match: 'i (blame|hold) {you}', severity: 'high' },
  // "you've ruined it", "you are ruining moving day", "you wrecked all my childhood memories"
  {
    reason: 'outsource-ruined',
    match: '{you} (have|had|are|were)? #Adverb? (ruined|wrecked|destroyed|spoiled|ruin|ruining|wreck|wrecking|destroying|ruins|messed up)',
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || m.question && /^\W*(did|have|do)\b/.test(m.sentence),
  },
  // "you're freaking me out", "you're scaring me", "you're driving me crazy"
  {
    reason: 'outsource-doing-to-me',
    match: '{youare} #Adverb? (freaking|scaring|driving|stressing|upsetting|annoying|embarrassing|hurting|killing|pissing|grossing|creeping|bugging|bothering|frustrating|confusing|depressing|suffocating) me',
    severity: 'high',
  },
  // "you've embarrassed me enough", "you hurt me", "you disappoint me"
  {
    reason: 'outsource-doing-to-me',
    match: '{you} (have|had)? #Adverb? (embarrassed|humiliated|hurt|upset|disappointed|betrayed|annoyed|scared|embarrass|humiliate|disappoint|annoy|disgust|disgusted|frustrate|bore|upsets|drag|dragged) me',
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || /\b(not|never|sorry|afraid|worried)\b[^,]*$/.test(m.before),
  },
  // "you hurt my feelings", "you piss me off", "you get on my nerves", "you drive me crazy", "look what you made me do"
  {
    reason: 'outsource-doing-to-me',
    match: [
      '{you} (hurt|broke|crushed) my (feelings|heart)',
      '{you} (piss|pissed|tick|ticked) me off',
      '{you} (get|got|are getting) on my nerves',
      '{you} #Adverb? (drive|drove) me (crazy|nuts|insane|mad|up)',
      'what {you} made me do',
    ],
    severity: 'high',
    skipIf: (m) => CONDITIONAL.test(m.before) || /\b(not|never|sorry|afraid|worried)\b[^,]*$/.test(m.before),
  },
  // "you made my life miserable", "now you made my friend, Rachel, cry"
  {
    reason: 'outsource-make-me-feel',
    match: '{you} (made|make|are making|have made) my .{1,3} (cry|upset|sad|angry|miserable|hell|worse|harder|difficult|awful|mad)',
    severity: 'high',
  },
  // "fix this", "you need to fix this", "so will you fix this?" (but not "can you fix the sink?")
  {
    reason: 'outsource-fix-this',
    match: 'fix this',
    severity: 'medium',
    skipIf: (m) => /\b(i|we|let me|let's|lets|i'll|i can|how to|to)\s*$/.test(m.before) || /^\s*(for|so|thing|problem|issue|sink|car|bug)\b/.test(m.after),
  },
  // "how could you do this to me", "how could you set me up with this creep?", "how dare you"
  {
    reason: 'outsource-how-could-you',
    match: [
      'how (could|can) {you} .{0,4} me',
      'how dare {you}',
    ],
    severity: 'high',
  },
  // "you started it", "look at what you have done"
  {
    reason: 'outsource-blame',
    match: [
      '{you} started (it|this)',
      'look (at)? what {you} (have|has)? (done|did)',
    ],
    severity: 'high',
  },
  // "don't make me feel badly about this", "stop making me feel guilty"
  {
    reason: 'outsource-make-me-feel',
    match: '(do not|stop) (make|making) me (feel|look)',
    severity: 'high',
  },
  // "you're the one who wanted to come up here!", "you're the one who called me, remember?"
  {
    reason: 'outsource-blame',
    match: '{youare} the one (who|that)',
    severity: 'medium',
    skipIf: (m) => isPraise(m),
  },
  // "I'm so mad at you", "I am really angry with you"
  {
    reason: 'outsource-blame',
    match: 'i am #Adverb? (so|really|very)? (mad|angry|furious|pissed|disappointed) (at|with) {you}',
    severity: 'medium',
  },
  // "it's because you didn't tell it right"
  {
    reason: 'outsource-blame',
    match: '(it is|that is|its|thats) because {you} (did not|never|would not|could not|will not) #Verb',
    severity: 'medium',
    skipIf: (m) => /^(mean|have|know)$/.test(m.terms[m.terms.length - 1]?.normal ?? ''),
  },
];

export const outsourcing: RuleFamily = {
  category: 'outsourcing',
  negatable: true,
  rules,
};
