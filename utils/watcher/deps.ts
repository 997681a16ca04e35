/**
 * The real dependencies of startAttune(): settings and the not-a-pattern mirror from
 * browser.storage, writes through reliableSend(), analysis through the background host, and a
 * plain shadow-root hint host (the content script swaps in WXT's createShadowRootUi).
 */
import { getSettings, watchSettings } from '../storage/settings';
import { getNotAPatternList, watchNotAPatternList } from '../storage/revision';
import { reliableSend } from '../messaging/reliable-send';
import { onMessage } from '../messaging/protocol';
import { browser } from 'wxt/browser';
import { analysisMessaging } from './analysis-protocol';
import { WAKE_PORT, WorkerWake } from './wake';
import { mountHint, mountPlainHintHost } from '../../components/hint/mount';
import type { AttuneDeps, PopupApi } from './types';

/** Frames without a composer wait this long before answering the popup, so the one with it wins. */
const NO_COMPOSER_ANSWER_DELAY_MS = 250;

/** One per frame: whether this frame knows the background worker to be running. */
const wake = new WorkerWake(() => browser.runtime.connect({ name: WAKE_PORT }));

export function defaultDeps(overrides: Partial<AttuneDeps> = {}): AttuneDeps {
  return {
    host: location.hostname,
    analyze: (req) => analysisMessaging.sendMessage('attuneAnalyze', req),
    warm: () => wake.wake(),
    forget: (id) => void analysisMessaging.sendMessage('attuneForget', id).catch(() => {}),
    send: ((type: 'logPattern', data: never) => reliableSend(type, data)) as AttuneDeps['send'],
    getSettings,
    watchSettings,
    getNotAPattern: getNotAPatternList,
    watchNotAPattern: watchNotAPatternList,
    // Only the user's own actions count: a web page can dispatch any event it likes.
    isUserEvent: (event) => event.isTrusted,
    createHintHost: async () => mountPlainHintHost(),
    mountHint,
    // Content scripts only (they are the ones that answer the popup): the practice page, an
    // extension page, has its own partner box and never receives tab messages.
    registerPartnerMessage: overrides.registerPopupHandlers ? registerPartnerMessageHandler : undefined,
    ...overrides,
  };
}

/**
 * "Reflect with Attune" on a selected message: the background hands the selection to this tab.
 * Registered at startup (the user selects the message before focusing the composer); `set`
 * keeps it in memory only.
 */
export function registerPartnerMessageHandler(set: (text: string) => boolean): () => void {
  return onMessage('setPartnerMessage', (m) => set(typeof m.data === 'string' ? m.data : ''));
}

/** The popup's messages to this tab (content script only: all frames answer, the composer's first). */
export function registerPopupHandlers(api: PopupApi): () => void {
  const later = <T>(value: () => T): Promise<T> | T =>
    api.hasComposer() ? value() : new Promise((r) => setTimeout(() => r(value()), NO_COMPOSER_ANSWER_DELAY_MS));
  const offs = [
    onMessage('getDraft', () => later(() => api.getDraft())),
    onMessage('applyRephrasing', (m) => (api.hasComposer() ? api.applyRephrasing(m.data) : later(() => false))),
    onMessage('insertText', (m) => (api.hasComposer() ? api.insertText(m.data) : later(() => false))),
  ];
  return () => offs.forEach((off) => off());
}
