/** Shared fixtures for the watcher part tests: a composer session and findings, no extension APIs. */
import type { Finding } from '../../utils/analysis/types';
import { Sessions, type Session } from '../../utils/watcher/sessions';

export const NEVER: Finding = {
  category: 'assumption', start: 4, end: 16, phrase: 'Never listen', severity: 'medium',
  reason: 'assume-always-never', explanation: '"Always" and "never" turn one moment into a verdict.',
};
export const FIX: Finding = {
  category: 'rushed-fix', start: 0, end: 10, phrase: 'you should', severity: 'high',
  reason: 'solve-should', explanation: 'Advice before understanding.',
};
export const REFLECTIVE: Finding = {
  category: 'reflective', start: 0, end: 9, phrase: 'it sounds', severity: 'low',
  reason: 'reflect-sounds', explanation: 'You named what you heard.',
};

/** A focused textarea composer and its session. */
export function composer(text = ''): { sessions: Sessions; session: Session; ta: HTMLTextAreaElement } {
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.getBoundingClientRect = () => ({ x: 0, y: 700, left: 0, top: 700, width: 500, height: 40, right: 500, bottom: 740, toJSON() {} }) as DOMRect;
  document.body.append(ta);
  const sessions = new Sessions();
  const session = sessions.focus(ta, 'textarea', 0);
  return { sessions, session, ta };
}

export const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
