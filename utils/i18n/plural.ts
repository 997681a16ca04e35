/**
 * A count and its noun, in the right plural form ("1 day", "2 days", "0 days"), chosen by
 * `Intl.PluralRules` so a language with more forms (few, many…) only needs more entries.
 */
export type PluralForms = { one: string; other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const LOCALE = 'en';
const rules = new Intl.PluralRules(LOCALE);

/** `forms` hold `#` where the number goes: countOf(1, { one: '# day', other: '# days' }) → "1 day". */
export function countOf(n: number, forms: PluralForms): string {
  const form = forms[rules.select(n)] ?? forms.other;
  return form.replace('#', n.toLocaleString(LOCALE));
}
