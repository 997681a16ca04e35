import { ALL_CATEGORIES, type Category } from './types';
import { categoryName as vocabularyName } from '../i18n/categories';

/** What the UI calls each category (the words live in the i18n messages, utils/i18n). */
export const CATEGORY_NAMES: Record<Category, string> = Object.fromEntries(
  ALL_CATEGORIES.map((c) => [c, vocabularyName(c)]),
) as Record<Category, string>;

/** One plain line per reason id: why it tends to land badly (or, for reflective, why it helps). */
export const EXPLANATIONS: Record<string, string> = {
  'advice-should': 'Advice before the feeling is heard can sound like "you\'re doing it wrong".',
  'advice-could': 'A solution offered first can make the other person feel their feeling was skipped.',
  'advice-can': 'A quick fix can feel like the conversation is being closed before they feel heard.',
  'advice-need-to': '"You need to…" tells someone what to do before they feel understood.',
  'advice-maybe': 'Even a gentle suggestion lands as a fix if the feeling hasn\'t been acknowledged yet.',
  'advice-why-dont': 'A question that carries a fix ("why don\'t you…?", "do you have anyone you could…?") can sound like the answer was obvious, before they feel heard.',
  'advice-have-you-tried': '"Have you tried…" jumps to solutions before showing you understand how it feels.',
  'advice-imperative': 'An instruction before acknowledgement can feel like being managed rather than heard.',
  'advice-dont': 'Telling someone what not to feel or do can make them feel judged for feeling it.',
  'advice-i-would': 'What you would do can sound like a verdict before they feel heard.',
  'advice-good-idea': 'A recommendation first can make the feeling seem like a problem to be solved.',
  'advice-it-helps': 'Sharing what helps is kind, but first letting them know you get it helps it land.',
  'minimise-dont-worry': '"Don\'t worry" can sound like the worry doesn\'t matter.',
  'minimise-calm-down': 'Being told to calm down or move on usually makes a feeling stronger, not smaller.',
  'minimise-at-least': '"At least…" points away from the feeling and can make it seem unjustified.',
  'minimise-big-deal': 'Calling it no big deal can make the other person feel their feeling is too much.',
  'minimise-bright-side': 'Looking on the bright side too soon can feel like the hard part was skipped.',
  'minimise-be-fine': 'Reassurance before acknowledgement can sound like "stop feeling this".',
  'minimise-not-bad': 'Saying it wasn\'t so bad can tell someone their feeling is wrong.',
  'minimise-not-worth': 'Saying it isn\'t worth being upset about can leave the feeling unheard.',
  'assume-always-never': '"Always" and "never" turn one moment into a verdict about who they are.',
  'assume-dont-care': 'Saying they don\'t care or listen fills in their motives for them.',
  'assume-label': 'A label describes the person, not the moment, and invites defence instead of listening.',
  'assume-typical': '"Typical" files this moment under a story about them.',
  'assume-mind-reading': 'Guessing what they think or want fills the gap with a story they may not recognise.',
  'assume-all-you': '"All you ever…" sums a person up from the worst moments.',
  'assume-cant': 'Saying they can\'t sums up a person, not the moment.',
  'assume-priorities': 'Deciding where you rank for them answers a question only they can answer.',
  'outsource-make-me-feel': '"You make me feel…" hands your feeling to them to carry or fix.',
  'outsource-fix-my-feelings': 'Asking them to fix your feeling puts it in their hands instead of sharing it.',
  'outsource-your-fault': 'Blame shifts the conversation from the feeling to a verdict.',
  'outsource-because-of-you': '"Because of you" makes them the cause of your feeling.',
  'outsource-blame': 'Blame tends to bring defence rather than understanding.',
  'outsource-ruined': 'Saying they ruined it makes them responsible for how you feel.',
  'outsource-doing-to-me': 'Naming what they are doing to you can sound like blame; naming your feeling invites care.',
  'outsource-fix-this': 'Asking them to fix it hands over the feeling instead of sharing it.',
  'outsource-guilt-trip': 'A sigh that leaves them feeling guilty hands them your feeling instead of telling it.',
  'outsource-how-could-you': '"How could you…" is a verdict dressed as a question.',
  'reflect-sounds-like': 'Reflecting what you hear shows their feeling matters here.',
  'reflect-must-be': 'Naming what it must have been like shows you are with them.',
  'reflect-sorry': 'Being sorry it happened acknowledges the feeling before anything else.',
  'reflect-thats-hard': 'Naming it as hard validates the feeling.',
  'reflect-i-can-imagine': 'Imagining their side shows you are trying to understand.',
  'reflect-i-understand': 'Saying you see it helps them feel understood.',
  'reflect-i-hear-you': 'Letting them know you hear them builds trust.',
  'reflect-you-feel': 'Reflecting their feeling back shows you are listening.',
  'reflect-open-question': 'A curious, open question invites them to share more.',
  'reflect-dont-blame': 'Validating the feeling tells them it makes sense.',
  'reflect-validate': 'Validation tells them their feeling is welcome here.',
  // Raised by the learned scorer (scorer/model.ts) where no rule matched: the category's plain line.
  'scored-rushed-fix': 'A solution or reassurance before the feeling is heard can feel like being fixed rather than understood.',
  'scored-reflective': 'Acknowledging the feeling helps them feel heard.',
  'scored-outsourcing': 'Putting your feeling on them can land as blame; saying it as your own invites them in.',
};

/** The explanation for a reason id (a category-level fallback for unknown ids). */
export function explain(reason: string, category?: Category): string {
  return (
    EXPLANATIONS[reason] ??
    (category === 'reflective'
      ? 'Acknowledging the feeling helps them feel heard.'
      : 'This can land badly before the other person feels heard.')
  );
}

/** Display name of a category. */
export function categoryName(category: Category): string {
  return CATEGORY_NAMES[category];
}
