/**
 * The one vocabulary for the four categories, read from the i18n messages: the name the hint,
 * popup, options page and practice page show; a one-word legend label; a plural phrase for use
 * inside sentences (insights); and a one-line description.
 */
import { BARRIER_CATEGORIES, type Category } from '../analysis/types';
import { t, type MessageKey } from './messages';

const KEY: Record<Category, string> = {
  'rushed-fix': 'rushed_fix',
  assumption: 'assumption',
  outsourcing: 'outsourcing',
  reflective: 'reflective',
};
const message = (category: Category, part: 'name' | 'short' | 'phrase' | 'description') =>
  t(`category_${KEY[category]}_${part}` as MessageKey);

/** The name every page shows for the category. */
export const categoryName = (category: Category): string => message(category, 'name');
/** A one-word label for chart legends. */
export const categoryShort = (category: Category): string => message(category, 'short');
/** The category inside a sentence, plural. */
export const categoryPhrase = (category: Category): string => message(category, 'phrase');
/** One line: what the category is. */
export const categoryDescription = (category: Category): string => message(category, 'description');

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The sentence that names the three flagged habits (welcome card, practice page). */
export function habitsSentence(): string {
  const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
  return t('habits_summary', list.format(BARRIER_CATEGORIES.map((c) => lowerFirst(categoryName(c)))));
}
