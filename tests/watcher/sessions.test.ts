import { afterEach, describe, expect, it } from 'vitest';
import { Sessions, barriersOf, keyOf, outerTarget } from '../../utils/watcher/sessions';
import { NEVER, REFLECTIVE, composer } from './parts-fixtures';

afterEach(() => document.body.replaceChildren());

describe('sessions', () => {
  it('keeps one draft session per composer, across refocus', () => {
    const { sessions, session, ta } = composer('hello');
    const other = document.createElement('textarea');
    document.body.append(other);
    const second = sessions.focus(other, 'textarea', 10);
    expect(second).not.toBe(session);
    expect(second.draftId).not.toBe(session.draftId);
    expect(sessions.focus(ta, 'textarea', 20)).toBe(session);
    expect(sessions.active).toBe(session);
    expect(session.adapter.read()).toBe('hello');
  });

  it('knows events from the active composer, also when retargeted to its shadow host', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const inner = document.createElement('textarea');
    host.attachShadow({ mode: 'open' }).append(inner);
    const sessions = new Sessions();
    expect(sessions.isActiveTarget(host)).toBe(false);
    sessions.focus(inner, 'textarea', 0);
    expect(outerTarget(inner)).toBe(host);
    expect(sessions.isActiveTarget(host)).toBe(true);
    expect(sessions.isActiveTarget(inner)).toBe(false);
    expect(sessions.focused).toBe(true);
  });

  it('starts new drafts after a reset, while the popup still sees the last composer', () => {
    const { sessions, session, ta } = composer('hello');
    expect(sessions.reset()).toBe(session);
    expect(sessions.active).toBeNull();
    expect(sessions.isActiveTarget(ta)).toBe(false);
    expect(sessions.lastActive).toBe(session);
    expect(sessions.focus(ta, 'textarea', 0).draftId).not.toBe(session.draftId);
  });

  it('stores an analysis, and a sent draft starts empty with its dismissal forgotten', () => {
    const { session } = composer('you never listen');
    Sessions.store(session, 'you never listen', 'partner', { findings: [NEVER, REFLECTIVE], rephrasings: [], safetyNote: null });
    expect(session.analysedPartner).toBe('partner');
    expect(barriersOf(session.findings)).toEqual([NEVER]);
    session.dismissedText = 'you never listen';
    Sessions.sent(session);
    expect(session).toMatchObject({ findings: [], analysedText: '', dismissedText: null, safetyNote: null });
  });

  it('identifies a finding by category, reason and phrase (not position or case)', () => {
    expect(keyOf(NEVER)).toBe(keyOf({ ...NEVER, start: 30, end: 42, phrase: 'never LISTEN' }));
    expect(keyOf(NEVER)).not.toBe(keyOf({ ...NEVER, reason: 'other' }));
  });
});
