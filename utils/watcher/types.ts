/**
 * The watcher's contract with whoever starts it (content script, practice page, tests): what it
 * needs (AttuneDeps), how long it lives (AttuneLifetime), and what it answers (PopupApi,
 * AttuneController). start.ts re-exports these; the parts import them from here.
 */
import type { Settings } from '../storage/settings-shape';
import type { NotAPatternEntry, PatternEntry, TrustEntry } from '../storage/records';
import type { DraftState } from '../messaging/protocol';
import type { AnalysisReply, AnalysisRequest } from './analysis-protocol';
import type { HintActions, HintState } from '../../components/hint/types';
import type { HintHost, HintView } from '../../components/hint/mount';

export interface AttuneLifetime {
  /** Aborted when the content script is invalidated (extension updated/reloaded) or the page ends. */
  signal: AbortSignal;
  /** Called on SPA navigation (WXT's `wxt:locationchange`); the watcher also checks location on focus. */
  onLocationChange?: (cb: () => void) => void;
}

export interface AttuneDeps {
  host: string;
  analyze(req: AnalysisRequest): Promise<AnalysisReply>;
  warm?(): void;
  forget?(draftId: string): void;
  send(type: 'logPattern', data: PatternEntry): Promise<unknown>;
  send(type: 'logTrust', data: TrustEntry): Promise<unknown>;
  send(type: 'addNotAPattern', data: NotAPatternEntry): Promise<unknown>;
  getSettings(): Promise<Settings>;
  watchSettings(cb: (s: Settings) => void): () => void;
  getNotAPattern(): Promise<string[]>;
  watchNotAPattern(cb: (values: string[]) => void): () => void;
  /** Makes the shadow-root container the hint renders into (WXT createShadowRootUi, or a plain one). */
  createHintHost(): Promise<HintHost>;
  mountHint(host: HintHost, actions: HintActions): HintView;
  /** Answer the popup's getDraft / applyRephrasing / insertText (content script only). */
  registerPopupHandlers?(api: PopupApi): () => void;
  /**
   * The partner's last message, only where the user put it in front of Attune themselves (the
   * practice page's "partner" box). Attune never reads a conversation's history on its own.
   */
  partnerMessage?(): string | undefined;
  /**
   * Listen for a message the user selected and handed over ("Reflect with Attune", content script
   * only). Called once at startup; `set` returns whether it was taken.
   */
  registerPartnerMessage?(set: (text: string) => boolean): () => void;
  now?(): number;
  /**
   * Whether an event is the user's own (issue 15): defaultDeps says `event.isTrusted`, so a
   * page's synthetic input, keys, composition or clicks never lead to an analysis, a hint action
   * or a stored write. Absent (unit tests with synthetic DOM events): every event counts.
   */
  isUserEvent?(event: Event): boolean;
}

export interface PopupApi {
  getDraft(): DraftState | null;
  applyRephrasing(index: number): Promise<boolean>;
  insertText(text: string): Promise<boolean>;
  /** True when a composer in this frame has been focused (frames without one answer last). */
  hasComposer(): boolean;
}

export interface AttuneController {
  /** For tests and the practice page. */
  readonly hint: HintState | null;
  analyzeNow(): Promise<void>;
  stop(): void;
}

/** Moves focus from the composer into the hint (arrows/Tab between its actions, Esc back). */
export const FOCUS_SHORTCUT = 'Alt+Shift+H';
export const ACCEPT_SHORTCUT = 'Alt+Shift+Enter';
/** The longest phrase kept in a log entry or the not-a-pattern list (characters). */
export const PHRASE_MAX = 60;

/** Wraps a handler so Attune's own errors (sync or async) go to the console, never to the page. */
export type Guard = <A extends unknown[]>(fn: (...args: A) => unknown) => (...args: A) => void;

export function makeGuard(report: (error: unknown) => void): Guard {
  return (fn) =>
    (...args) => {
      try {
        const r = fn(...args);
        if (r instanceof Promise) r.catch(report);
      } catch (error) {
        report(error);
      }
    };
}
