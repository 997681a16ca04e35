import { describe, expect, it } from 'vitest';
import { flaggedWordsPresent, rawText } from '../../utils/watcher/stale';

describe('flaggedWordsPresent', () => {
  it('keeps the hint while the words are there, even moved by an edit before them', () => {
    expect(flaggedWordsPresent('you never listen to me', 'never listen')).toBe(true);
    expect(flaggedWordsPresent('honestly, you never listen to me', 'never listen')).toBe(true);
    expect(flaggedWordsPresent('You NEVER\u00a0listen', 'never listen')).toBe(true);
  });
  it('drops it once they are changed or gone', () => {
    expect(flaggedWordsPresent('', 'never listen')).toBe(false);
    expect(flaggedWordsPresent('running late, see you at 7', 'never listen')).toBe(false);
    expect(flaggedWordsPresent('you never listened', 'never listen to')).toBe(false);
    expect(flaggedWordsPresent('you rarely listen to me', 'never listen')).toBe(false);
  });
  it('reads a rich editor’s text without its block breaks', () => {
    const div = document.createElement('div');
    div.innerHTML = '<p>you never</p><p>listen to me</p>';
    expect(flaggedWordsPresent(rawText(div), 'never listen')).toBe(true);
    const ta = document.createElement('textarea');
    ta.value = 'ok';
    expect(rawText(ta)).toBe('ok');
  });
});
