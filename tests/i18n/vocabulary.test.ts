import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '@/public/_locales/en/messages.json';
import { ALL_CATEGORIES, BARRIER_CATEGORIES } from '@/utils/analysis/types';
import { CATEGORY_NAMES, categoryName as analysisName } from '@/utils/analysis/explain';
import { categoryDescription, categoryName, habitsSentence } from '@/utils/i18n/categories';
import { t } from '@/utils/i18n/messages';
import { strings } from '@/components/popup/strings';
import { S } from '@/components/options/strings';

const ROOT = join(__dirname, '../..');
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|vue)$/.test(name) ? [path] : [];
  });
}

describe('one vocabulary', () => {
  it('gives the hint, popup and options page the same name and description for every category', () => {
    for (const c of ALL_CATEGORIES) {
      const name = categoryName(c);
      expect(name).toMatch(/^[A-Z]/);
      expect(CATEGORY_NAMES[c]).toBe(name); // the hint
      expect(analysisName(c)).toBe(name);
      expect(strings.draft.category[c]).toBe(name); // the popup's Draft view
      expect(S.categories[c]).toBe(name); // options: filters, switches, chart legends
      expect(S.settings.categoryHelp[c]).toBe(categoryDescription(c));
    }
    expect(new Set(ALL_CATEGORIES.map(categoryName)).size).toBe(ALL_CATEGORIES.length);
  });

  it('defines each display name in one place only: the i18n messages', () => {
    const files = ['components', 'entrypoints', 'utils', 'scripts'].flatMap((d) => sourceFiles(join(ROOT, d)));
    for (const c of ALL_CATEGORIES) {
      const name = categoryName(c);
      const quoted = new RegExp(`['"\`]${name}['"\`]`);
      const defining = files.filter((f) => quoted.test(readFileSync(f, 'utf8')));
      expect(defining, `"${name}" is written out in ${defining.join(', ')}`).toEqual([]);
    }
  });

  it('counts three habits and names all of them, where text counts them', () => {
    const sentence = habitsSentence();
    expect(BARRIER_CATEGORIES).toHaveLength(3);
    expect(sentence).toMatch(/\bthree habits\b/);
    for (const c of BARRIER_CATEGORIES) expect(sentence).toContain(categoryName(c).toLowerCase());
    expect(sentence).not.toContain(categoryName('reflective').toLowerCase());
    expect(strings.welcome.sentences[0]).toBe(sentence);
  });

  it('keeps messages.json in the browser format, and fills substitutions as getMessage does', () => {
    for (const [key, entry] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(typeof entry.message).toBe('string');
      expect(entry.description.length).toBeGreaterThan(0);
    }
    expect(t('habits_summary', 'a, b, and c')).toMatch(/: a, b, and c\.$/);
  });
});
