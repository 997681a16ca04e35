import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPopupApi } from '../../utils/watcher/popup-api';
import { Sessions } from '../../utils/watcher/sessions';
import { NEVER, REFLECTIVE, composer } from './parts-fixtures';

afterEach(() => document.body.replaceChildren());

describe('popup api', () => {
  it('answers nothing before a composer was focused in this frame', async () => {
    const api = createPopupApi('chat.example', () => null);
    expect(api.hasComposer()).toBe(false);
    expect(api.getDraft()).toBeNull();
    expect(await api.insertText('hi')).toBe(false);
  });

  it('gives the last composer’s draft with barriers before reflective findings', () => {
    const c = composer('it sounds hard. you never listen');
    Sessions.store(c.session, c.ta.value, undefined, { findings: [REFLECTIVE, NEVER], rephrasings: [], safetyNote: null });
    c.sessions.reset(); // another conversation: the popup still reads the last composer
    const api = createPopupApi('chat.example', () => c.sessions.lastActive);
    expect(api.hasComposer()).toBe(true);
    expect(api.getDraft()).toEqual({ host: 'chat.example', findings: [NEVER, REFLECTIVE], rephrasings: [], draftText: 'it sounds hard. you never listen' });
  });

  it('applies a rephrasing only onto the text it was made for', async () => {
    const c = composer('you never listen');
    const replace = vi.spyOn(c.session.adapter, 'replace').mockResolvedValue(true);
    Sessions.store(c.session, 'you never listen', undefined, {
      findings: [NEVER], rephrasings: [{ start: 0, end: 16, text: 'I feel unheard', category: 'assumption' } as never], safetyNote: null,
    });
    const api = createPopupApi('chat.example', () => c.sessions.lastActive);
    expect(await api.applyRephrasing(1)).toBe(false);
    expect(await api.applyRephrasing(0)).toBe(true);
    expect(replace).toHaveBeenCalledWith(0, 16, 'I feel unheard');
    c.ta.value = 'you never listen!';
    expect(await api.applyRephrasing(0)).toBe(false);
    expect(replace).toHaveBeenCalledTimes(1);
  });
});
