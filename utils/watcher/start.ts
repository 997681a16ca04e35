/**
 * startAttune(lifetime, deps): the whole in-page feature — composer detection, the pause,
 * analysis, the hint, write-back and outcomes — for one frame. The content script calls it
 * (entrypoints/content/index.ts); the PRACTICE PAGE, an extension page where content scripts do
 * not run, calls the same function:
 *
 *   import { startAttune } from '@/utils/watcher';
 *   import { defaultDeps } from '@/utils/watcher/deps';
 *   const controller = new AbortController();
 *   startAttune({ signal: controller.signal }, defaultDeps({ host: 'practice' }));
 *
 * What runs when:
 *
 *   page load ─▶ 5 capture listeners on window (focusin/out, input, keydown, composition*, pointerdown)
 *                nothing else: no settings read, no hint mounted, no analysis loaded
 *   focusin in a composer ─▶ (first time) read settings + not-a-pattern list, watch them; warm the
 *                            background's analysis host
 *   input ─▶ note time + burst size, poke the pause timer           (nothing else on a keystroke)
 *   pause (settings.pauseDelayMs) ─▶ read draft ─▶ background analyze ─▶ hint (shadow root)
 *   compositionstart ─▶ hint hidden, no analysis;  compositionend ─▶ pause timer
 *   Use / Alt+Shift+Enter ─▶ adapter.replace(range) ─▶ logPattern(used) + logTrust(reflection)
 *   Dismiss / Esc ─▶ hidden until the text changes ─▶ logPattern(dismissed)
 *   Enter or a click, then the composer empties ─▶ logPattern(sent-anyway) for unanswered hints
 *   location change (SPA) ─▶ every draft session and the hint reset
 *   "Reflect with Attune" on a selected message ─▶ setPartnerMessage: the partner's last message
 *                            for this page's analysis, in memory only, until the next send or
 *                            location change (content script: its one message listener at load)
 *
 * Every handler runs inside guard(): Attune's own errors go to the console, never to the page.
 */
import type { Finding, Rephrasing } from '../analysis/types';
import type { Settings } from '../storage/settings-shape';
import type { NotAPatternEntry, Outcome, PatternEntry, TrustEntry } from '../storage/records';
import type { DraftState } from '../messaging/protocol';
import { adapterFor, detectComposer, type ComposerAdapter } from '../composer';
import type { AnalysisReply, AnalysisRequest } from './analysis-protocol';
import { PauseTimer, TypingContext } from './typing';
import { HeatTracker, countRepairWord } from './heat';
import { newId } from './ids';
import { placeHint } from '../../components/hint/placement';
import { composerButtons, messagesAbove } from './surroundings';
import { saveCaret, type SavedCaret } from './caret';
import { flaggedWordsPresent, rawText } from './stale';
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

export const ACCEPT_SHORTCUT = 'Alt+Shift+Enter';
/** Moves focus from the composer into the hint (its actions are then arrows/Tab away; Esc returns). */
export const FOCUS_SHORTCUT = 'Alt+Shift+H';
const isFocusShortcut = (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyH';
const SENT_CHECK_MS = [150, 600];
const PHRASE_MAX = 60;
/** The longest selected partner message kept (characters); the same cap as the popup's Reflect. */
export const PARTNER_MESSAGE_MAX = 2000;

interface Shown {
  id: string;
  finding: Finding;
  resolved: boolean;
}

interface Session {
  draftId: string;
  adapter: ComposerAdapter;
  typing: TypingContext;
  analysedText: string | null;
  /** The partner message `analysedText` was analysed with: a new one means analyse again. */
  analysedPartner: string | undefined;
  findings: Finding[];
  rephrasings: Rephrasing[];
  safetyNote: string | null;
  /** Findings the hint showed, by key (category|reason|phrase): outcome logged once per id. */
  shown: Map<string, Shown>;
  dismissedText: string | null;
  repairCount: number;
  seq: number;
  /** "+N more": which of the draft's flagged phrases the hint shows (0 = the most severe). */
  shownIndex: number;
}

const keyOf = (f: Finding) => `${f.category}|${f.reason}|${f.phrase.toLowerCase()}`;

export function startAttune(lifetime: AttuneLifetime, deps: AttuneDeps): AttuneController {
  const { signal } = lifetime;
  const now = deps.now ?? (() => Date.now());
  const guard =
    <A extends unknown[]>(fn: (...args: A) => unknown) =>
    (...args: A) => {
      try {
        const r = fn(...args);
        if (r instanceof Promise) r.catch(report);
      } catch (error) {
        report(error);
      }
    };

  let settings: Settings | null = null;
  let notAPattern: string[] = [];
  let initStarted: Promise<void> | null = null;
  let view: HintView | null = null;
  let viewPromise: Promise<HintView> | null = null;
  let sessions = new WeakMap<HTMLElement, Session>();
  let active: Session | null = null;
  /** What events at `window` are retargeted to for the active composer (its outermost shadow host). */
  let activeOuter: EventTarget | null = null;
  let focused = false;
  let composing = false;
  let heat = new HeatTracker();
  let lastHref = location.href;
  let ackTimer: ReturnType<typeof setTimeout> | null = null;
  let breathTimer: ReturnType<typeof setInterval> | null = null;
  let stopped = false;
  const unwatch: (() => void)[] = [];
  /**
   * The message the user selected on this page and handed over ("Reflect with Attune"): memory
   * only, cleared on location change and once a draft is sent.
   */
  let selectedPartner: string | null = null;

  const timer = new PauseTimer(guard(() => analyzeActive()), 400);

  function report(error: unknown) {
    if (stopped || signal.aborted) return;
    if (String(error).includes('Extension context invalidated')) return stop();
    console.error('[Attune]', error);
  }

  // ── settings ──────────────────────────────────────────────────────────
  function isOn(): boolean {
    const s = settings;
    if (!s || !s.enabled) return false;
    const t = now();
    if (s.snoozeAllUntil > t) return false;
    if ((s.snoozedSites[deps.host] ?? 0) > t) return false;
    if (s.disabledBuiltinSites.includes(deps.host)) return false;
    return true;
  }
  function applySettings(s: Settings) {
    settings = s;
    timer.delayMs = s.pauseDelayMs;
    if (!isOn()) hide();
    else if (active) forceReanalyse();
  }
  function init(): Promise<void> {
    initStarted ??= (async () => {
      deps.warm?.();
      const [s, list] = await Promise.all([deps.getSettings(), deps.getNotAPattern().catch(() => [])]);
      notAPattern = list;
      applySettings(s);
      unwatch.push(deps.watchSettings(guard(applySettings)));
      unwatch.push(
        deps.watchNotAPattern(
          guard((values: string[]) => {
            notAPattern = values;
            forceReanalyse();
          }),
        ),
      );
      if (deps.registerPopupHandlers) unwatch.push(deps.registerPopupHandlers(popupApi));
    })();
    return initStarted;
  }
  function forceReanalyse() {
    if (active) active.analysedText = null;
    if (active && focused) timer.poke();
  }

  // ── sessions ──────────────────────────────────────────────────────────
  function sessionFor(el: HTMLElement, kind: Parameters<typeof adapterFor>[1]): Session {
    let s = sessions.get(el);
    if (!s) {
      s = {
        draftId: newId(),
        adapter: adapterFor(el, kind),
        typing: new TypingContext(),
        analysedText: null,
        analysedPartner: undefined,
        findings: [],
        rephrasings: [],
        safetyNote: null,
        shown: new Map(),
        dismissedText: null,
        repairCount: -1,
        seq: 0,
        shownIndex: 0,
      };
      sessions.set(el, s);
    }
    return s;
  }
  function outerTarget(el: HTMLElement): EventTarget {
    let node: Node = el;
    for (;;) {
      const root = node.getRootNode();
      if (root instanceof ShadowRoot) node = root.host;
      else return node;
    }
  }
  function resetAll() {
    for (const s of [active].filter(Boolean) as Session[]) settleUnresolved(s, null);
    sessions = new WeakMap();
    active = null;
    activeOuter = null;
    heat = new HeatTracker();
    selectedPartner = null;
    timer.cancel();
    hide();
  }
  function checkLocation() {
    if (location.href !== lastHref) {
      lastHref = location.href;
      resetAll();
    }
  }

  // ── outcomes ──────────────────────────────────────────────────────────
  function logOutcome(shown: Shown, outcome: Outcome, text?: string) {
    if (shown.resolved) return;
    shown.resolved = true;
    const f = shown.finding;
    const entry: PatternEntry = {
      id: shown.id,
      time: now(),
      site: deps.host,
      category: f.category,
      reason: f.reason,
      phrase: f.phrase.toLowerCase().slice(0, PHRASE_MAX),
      outcome,
    };
    if (settings?.storeSnippets && text) entry.snippet = text.slice(0, 500);
    deps.send('logPattern', entry).catch(report);
  }
  function logTrust(kind: TrustEntry['kind'], note?: string) {
    const entry: TrustEntry = { id: newId(), time: now(), direction: 'deposit', kind };
    if (note) entry.note = note;
    deps.send('logTrust', entry).catch(report);
  }
  /** Shown findings that are gone from the draft were edited away (or sent, when `outcome` says so). */
  function settleUnresolved(s: Session, outcome: Outcome | null, keepKeys?: Set<string>) {
    for (const [key, shown] of s.shown) {
      if (shown.resolved || keepKeys?.has(key)) continue;
      if (outcome) logOutcome(shown, outcome);
      s.shown.delete(key);
    }
  }

  // ── analysis ──────────────────────────────────────────────────────────
  async function analyzeActive() {
    const s = active;
    if (!s || !focused || composing || stopped) return;
    if (!settings) await init();
    if (!isOn()) return hide();
    const text = s.adapter.read();
    const partnerMessage = deps.partnerMessage?.() || selectedPartner || undefined;
    // Same text and context as last time (refocus, composition ended, undo back to it): show what we know.
    if (text === s.analysedText && partnerMessage === s.analysedPartner) return render(s);
    noticeRepair(s, text);
    if (!text.trim()) {
      s.analysedText = text;
      s.analysedPartner = partnerMessage;
      s.findings = [];
      s.rephrasings = [];
      s.safetyNote = null;
      return hideIfActive(s);
    }
    const seq = ++s.seq;
    const reply = await deps.analyze({
      draftId: s.draftId,
      text,
      context: { ...s.typing.context(), partnerMessage },
      options: { notAPattern, categories: settings!.categories, sensitivity: settings!.sensitivity },
      crisisLine: settings!.crisisLine,
    });
    if (seq !== s.seq || s !== active || stopped) return;
    if (s.adapter.read() !== text) {
      // The draft changed while we waited (typing, or an editor such as Slate still re-rendering
      // after a select-all + delete). Analyse again after a pause; if typing goes on, input keeps
      // pushing the pause back, so this costs nothing extra.
      timer.poke();
      return;
    }
    s.analysedText = text;
    s.analysedPartner = partnerMessage;
    s.findings = reply.findings;
    s.rephrasings = reply.rephrasings;
    s.safetyNote = reply.safetyNote;
    s.shownIndex = 0;
    const barriers = reply.findings.filter((f) => f.category !== 'reflective');
    const keys = new Set(barriers.map(keyOf));
    // Hints answered by editing: the finding is gone from the text.
    for (const [key, shown] of s.shown) if (!keys.has(key) && !shown.resolved) logOutcome(shown, 'edited');
    settleUnresolved(s, null, keys);
    if (s.dismissedText !== null && s.dismissedText !== text) s.dismissedText = null;
    render(s);
  }

  function noticeRepair(s: Session, text: string) {
    const word = settings?.repairRitual.word ?? '';
    const count = countRepairWord(text, word);
    if (s.repairCount >= 0 && count > s.repairCount) {
      logTrust('repair', word);
      heat.reset();
      showAck(`Repair noticed: “${word}”. A deposit in your trust bank.`);
    }
    s.repairCount = text.trim() ? count : 0;
  }

  // ── the hint ──────────────────────────────────────────────────────────
  function ensureView(): Promise<HintView> {
    viewPromise ??= deps.createHintHost().then((host) => {
      if (stopped) {
        host.remove();
        throw new Error('stopped');
      }
      view = deps.mountHint(host, actions);
      return view;
    });
    return viewPromise;
  }
  function hide() {
    if (!view) return;
    if (view.state.mode === 'silent-sync') return;
    view.state.mode = 'hidden';
    view.state.underline = [];
    stopFollowing();
  }
  function hideIfActive(s: Session) {
    if (s === active) hide();
  }

  async function render(s: Session) {
    const barriers = s.findings.filter((f) => f.category !== 'reflective');
    const text = s.analysedText ?? '';
    const wantSafety = !!s.safetyNote;
    if ((!barriers.length && !wantSafety) || s.dismissedText === text || composing || !focused) return hideIfActive(s);
    const v = await ensureView();
    if (s !== active || composing) return;
    const st = v.state;
    if (st.mode === 'silent-sync') return;
    st.theme = settings?.theme ?? 'system';
    st.dir = s.adapter.direction();
    st.shortcut = ACCEPT_SHORTCUT;
    st.focusShortcut = FOCUS_SHORTCUT;
    if (wantSafety) {
      st.mode = 'safety';
      st.safetyNote = s.safetyNote!;
      st.finding = null;
      st.underline = [];
    } else {
      const order = { high: 0, medium: 1, low: 2 } as const;
      const sorted = [...barriers].sort((a, b) => order[a.severity] - order[b.severity] || a.start - b.start);
      const primary = sorted[s.shownIndex % sorted.length];
      for (const f of barriers) {
        const key = keyOf(f);
        if (!s.shown.has(key)) {
          s.shown.set(key, { id: newId(), finding: f, resolved: false });
          heat.note(now());
        }
      }
      st.mode = 'finding';
      st.finding = primary;
      st.quote = quoteOf(text, primary);
      st.moreCount = barriers.length - 1;
      st.rephrasings = rephrasingsFor(s, primary).slice(0, 3);
      st.heat = heat.isHot(now());
      st.repairWord = settings?.repairRitual.word ?? '';
    }
    follow();
    reposition();
  }

  function rephrasingsFor(s: Session, f: Finding): Rephrasing[] {
    const overlapping = s.rephrasings.filter((r) => r.start <= f.start && r.end >= f.end);
    return overlapping.length ? overlapping : s.rephrasings;
  }

  function quoteOf(text: string, f: Finding) {
    // The sentence around the phrase, trimmed to ~50 characters each side.
    let a = f.start;
    while (a > 0 && !/[.!?\n]/.test(text[a - 1]) && f.start - a < 50) a--;
    let b = f.end;
    while (b < text.length && !/[.!?\n]/.test(text[b]) && b - f.end < 50) b++;
    if (b < text.length && /[.!?]/.test(text[b])) b++;
    return { before: text.slice(a, f.start).trimStart(), phrase: text.slice(f.start, f.end), after: text.slice(f.end, b) };
  }

  // Following the layout: only while the hint is visible.
  let following = false;
  let rafPending = false;
  let resizeObserver: ResizeObserver | null = null;
  let draftObserver: MutationObserver | null = null;
  const onLayout = () => {
    if (rafPending) return;
    rafPending = true;
    requestAnimationFrame(() => {
      rafPending = false;
      guard(reposition)();
    });
  };
  function follow() {
    if (following || !active) return;
    following = true;
    window.addEventListener('scroll', onLayout, { capture: true, passive: true });
    window.addEventListener('resize', onLayout, { passive: true });
    resizeObserver = new ResizeObserver(onLayout);
    resizeObserver.observe(active.adapter.el);
    // Editors that re-render or delete through their own model may send no input event.
    draftObserver = new MutationObserver(checkStale);
    draftObserver.observe(active.adapter.el, { childList: true, subtree: true, characterData: true });
  }
  function stopFollowing() {
    if (!following) return;
    following = false;
    window.removeEventListener('scroll', onLayout, { capture: true });
    window.removeEventListener('resize', onLayout);
    resizeObserver?.disconnect();
    resizeObserver = null;
    draftObserver?.disconnect();
    draftObserver = null;
  }
  /** The flagged words left the draft: the hint goes now, not after the next analysis. */
  let staleCheckQueued = false;
  function checkStale() {
    if (staleCheckQueued) return;
    staleCheckQueued = true;
    queueMicrotask(
      guard(() => {
        staleCheckQueued = false;
        const f = view?.state.mode === 'finding' ? view.state.finding : null;
        if (f && active && !flaggedWordsPresent(rawText(active.adapter.el), f.phrase)) hide();
      }),
    );
  }
  function reposition() {
    const v = view;
    const s = active;
    if (!v || !s || v.state.mode === 'hidden') return;
    const r = s.adapter.el.getBoundingClientRect();
    if (!s.adapter.el.isConnected || (r.width === 0 && r.height === 0)) return hide();
    const size = v.bubbleSize();
    const ours = (el: Element) => el === v.hostElement;
    const p = placeHint({
      composer: r,
      buttons: composerButtons(s.adapter.el, ours),
      messages: messagesAbove(s.adapter.el, ours),
      bubble: size.width ? size : { width: 300, height: 160 },
      viewport: { width: window.innerWidth, height: window.innerHeight },
      rtl: s.adapter.direction() === 'rtl',
    });
    v.state.position = { left: p.left, top: p.top, maxHeight: p.maxHeight, maxWidth: p.maxWidth, side: p.side };
    const f = v.state.mode === 'finding' ? v.state.finding : null;
    v.state.underline = f
      ? s.adapter
          .rectsFor(f.start, f.end)
          .filter((q) => q.width > 0)
          .map((q) => ({ left: Math.round(q.left), top: Math.round(q.bottom - 1), width: Math.round(q.width) }))
      : [];
    // The first render measured a guess; measure again once the bubble has its real size.
    if (!size.width) requestAnimationFrame(guard(reposition));
  }

  function showAck(text: string) {
    void ensureView().then((v) => {
      if (v.state.mode === 'finding' || v.state.mode === 'safety' || v.state.mode === 'silent-sync') return;
      v.state.mode = 'ack';
      v.state.ackText = text;
      v.state.finding = null;
      follow();
      reposition();
      if (ackTimer) clearTimeout(ackTimer);
      ackTimer = setTimeout(() => {
        if (v.state.mode === 'ack') hide();
      }, 4000);
    });
  }

  // ── actions (buttons, shortcut, popup) ────────────────────────────────
  async function use(index: number): Promise<boolean> {
    const s = active;
    const v = view;
    if (!s || !v || v.state.mode !== 'finding') return false;
    const r = v.state.rephrasings[index];
    if (!r) return false;
    const current = s.adapter.read();
    if (current !== s.analysedText) {
      forceReanalyse();
      return false;
    }
    const covered = s.findings.filter((f) => f.category !== 'reflective' && f.start >= r.start && f.end <= r.end);
    hide();
    const ok = await s.adapter.replace(r.start, r.end, r.text);
    if (!ok) {
      console.warn('[Attune] the editor did not take the rephrasing', s.adapter.kind);
      forceReanalyse();
      return false;
    }
    for (const f of covered.length ? covered : [v.state.finding!]) {
      const shown = s.shown.get(keyOf(f));
      if (shown) logOutcome(shown, 'used', current);
    }
    logTrust('reflection');
    return true;
  }
  function dismiss() {
    const s = active;
    const v = view;
    if (!v) return;
    if (v.state.mode === 'silent-sync') return stopSilentSync();
    if (s && (v.state.mode === 'finding' || v.state.mode === 'safety')) {
      s.dismissedText = s.analysedText;
      const f = v.state.finding;
      const shown = f && s.shown.get(keyOf(f));
      if (shown) logOutcome(shown, 'dismissed');
    }
    hide();
  }
  function markNotAPattern() {
    const s = active;
    const f = view?.state.finding;
    if (!s || !f) return;
    const value = f.phrase.toLowerCase().slice(0, PHRASE_MAX);
    deps.send('addNotAPattern', { value, kind: 'phrase', time: now() }).catch(report);
    notAPattern = [...notAPattern, value];
    const shown = s.shown.get(keyOf(f));
    if (shown) logOutcome(shown, 'not-a-pattern');
    hide();
    forceReanalyse();
  }
  function silentSync() {
    const v = view;
    if (!v) return;
    v.state.mode = 'silent-sync';
    v.state.breathsLeft = 5;
    if (breathTimer) clearInterval(breathTimer);
    breathTimer = setInterval(
      guard(() => {
        v.state.breathsLeft--;
        if (v.state.breathsLeft <= 0) {
          stopSilentSync();
          logTrust('silent-sync');
          heat.reset();
          showAck('Silent Sync done. A deposit in your trust bank.');
        }
      }),
      8000,
    );
    reposition();
  }
  function stopSilentSync() {
    if (breathTimer) clearInterval(breathTimer);
    breathTimer = null;
    if (view) view.state.mode = 'hidden';
    stopFollowing();
  }
  function insertRepairWord() {
    const word = settings?.repairRitual.word;
    if (!active || !word) return;
    hide();
    void active.adapter.insertAtCaret(` ${word}`);
  }
  function nextFinding() {
    const s = active;
    if (!s || view?.state.mode !== 'finding') return;
    s.shownIndex++;
    void render(s);
  }

  // ── keyboard: into the hint and back ──────────────────────────────────
  /** Where the caret was when focus went into the hint. */
  let caret: SavedCaret | null = null;
  function enterHint(): boolean {
    const s = active;
    const mode = view?.state.mode;
    if (!s || !view || !mode || mode === 'hidden' || mode === 'ack') return false;
    caret = saveCaret(s.adapter.el);
    return view.focus();
  }
  /** Back to the composer with the caret where it was (Esc in the hint, or after an action). */
  function backToComposer() {
    const saved = caret;
    caret = null;
    if (saved) saved.restore();
    else active?.adapter.el.focus({ preventScroll: true });
  }
  /** An action taken from inside the hint returns focus to the composer (one taken by mouse never left it). */
  const thenBack =
    <A extends unknown[]>(fn: (...args: A) => unknown) =>
    (...args: A) => {
      const fromHint = !!view?.hasFocus();
      const result = fn(...args);
      if (fromHint) backToComposer();
      return result;
    };

  const actions: HintActions = {
    use: guard(thenBack((i: number) => use(i))),
    dismiss: guard(thenBack(dismiss)),
    notAPattern: guard(thenBack(markNotAPattern)),
    silentSync: guard(thenBack(silentSync)),
    stopSilentSync: guard(thenBack(stopSilentSync)),
    insertRepairWord: guard(thenBack(insertRepairWord)),
    nextFinding: guard(nextFinding),
    leave: guard(backToComposer),
    resized: () => {
      if (following) onLayout();
    },
  };

  // ── sent detection ────────────────────────────────────────────────────
  function afterSendGesture() {
    const s = active;
    if (!s) return;
    const hadText = s.adapter.read().trim().length > 0;
    if (!hadText) return;
    const partnerAtGesture = selectedPartner;
    for (const ms of SENT_CHECK_MS) {
      setTimeout(
        guard(() => {
          if (s.adapter.el.isConnected && s.adapter.read().trim()) return;
          // The reply went out: the selected message has served its draft (unless a new one came since).
          if (selectedPartner === partnerAtGesture) selectedPartner = null;
          if (s.findings.some((f) => f.category === 'reflective')) logTrust('reflection', 'sent a reflection');
          settleUnresolved(s, 'sent-anyway');
          s.findings = [];
          s.rephrasings = [];
          s.safetyNote = null;
          s.analysedText = '';
          s.dismissedText = null;
          hideIfActive(s);
        }),
        ms,
      );
    }
  }

  // ── popup ─────────────────────────────────────────────────────────────
  let lastActive: Session | null = null;
  const popupApi: PopupApi = {
    hasComposer: () => !!lastActive,
    getDraft() {
      const s = lastActive;
      if (!s) return null;
      return {
        host: deps.host,
        findings: [...s.findings].sort((a, b) => Number(a.category === 'reflective') - Number(b.category === 'reflective')),
        rephrasings: s.rephrasings,
        draftText: s.adapter.read(),
      };
    },
    async applyRephrasing(index) {
      const s = lastActive;
      const r = s?.rephrasings[index];
      if (!s || !r || s.adapter.read() !== s.analysedText) return false;
      return s.adapter.replace(r.start, r.end, r.text);
    },
    async insertText(text) {
      const s = lastActive;
      return s ? s.adapter.insertAtCaret(text) : false;
    },
  };

  // ── event listeners (the only per-keystroke code) ─────────────────────
  const opts = { capture: true, signal } as const;
  const isOurUi = (t: EventTarget | null) => !!t && !!view && t === view.hostElement;

  window.addEventListener(
    'focusin',
    guard((e: FocusEvent) => {
      if (isOurUi(e.target)) return;
      checkLocation();
      const d = detectComposer(e.composedPath());
      if (!d.ok) {
        if (active && e.target !== activeOuter) {
          focused = false;
          timer.cancel();
          hide();
        }
        return;
      }
      const s = sessionFor(d.el, d.kind);
      if (active && active !== s) hide();
      active = lastActive = s;
      activeOuter = outerTarget(d.el);
      focused = true;
      // Every focus: the worker may have stopped since the last one (a no-op while it runs).
      deps.warm?.();
      composing = false;
      s.typing.focus(now());
      void init().then(() => {
        if (active === s && s.adapter.read().trim()) timer.poke();
      }, report);
    }),
    opts,
  );
  window.addEventListener(
    'focusout',
    guard((e: FocusEvent) => {
      if (active && isOurUi(e.target)) {
        // Focus leaving the hint: back to the composer (or between its actions) keeps it.
        if (e.relatedTarget === activeOuter || isOurUi(e.relatedTarget)) return;
        caret = null;
        focused = false;
        timer.cancel();
        setTimeout(
          guard(() => {
            if (!focused) hide();
          }),
          200,
        );
        return;
      }
      if (!active || e.target !== activeOuter) return;
      // Focus moving into the hint (keyboard users) keeps it; anywhere else: nothing while unfocused.
      if (isOurUi(e.relatedTarget)) return;
      // A retargeted focusout inside a shadow host whose composer still has focus is not a blur.
      const el = active.adapter.el;
      if ((el.getRootNode() as Document | ShadowRoot).activeElement === el && e.relatedTarget === activeOuter) return;
      focused = false;
      timer.cancel();
      setTimeout(
        guard(() => {
          if (!focused) hide();
        }),
        200,
      );
    }),
    opts,
  );
  window.addEventListener(
    'input',
    (e: Event) => {
      if (e.target !== activeOuter || !active) return;
      active.typing.noteInput(now(), (e as InputEvent).data?.length || 1);
      // The first key after the worker stopped starts it, while the person is still typing.
      deps.warm?.();
      if (following) checkStale();
      if ((e as InputEvent).isComposing || composing) return;
      timer.poke();
    },
    opts,
  );
  window.addEventListener(
    'compositionstart',
    guard((e: Event) => {
      if (e.target !== activeOuter) return;
      composing = true;
      timer.cancel();
      hide();
    }),
    opts,
  );
  window.addEventListener(
    'compositionend',
    guard((e: Event) => {
      if (e.target !== activeOuter) return;
      composing = false;
      timer.poke();
    }),
    opts,
  );
  window.addEventListener(
    'keydown',
    (e: KeyboardEvent) => {
      if (e.target !== activeOuter || !active) return;
      if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey && !e.isComposing) {
        guard(afterSendGesture)();
        return;
      }
      const mode = view?.state.mode;
      if (!mode || mode === 'hidden' || e.isComposing) return;
      if (isFocusShortcut(e)) {
        guard(enterHint)();
        if (view?.hasFocus()) {
          e.preventDefault();
          e.stopPropagation();
        }
        return;
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        actions.dismiss();
      } else if (e.key === 'Enter' && e.altKey && e.shiftKey && mode === 'finding') {
        e.preventDefault();
        e.stopPropagation();
        actions.use(0);
      }
    },
    opts,
  );
  window.addEventListener(
    'pointerdown',
    (e: PointerEvent) => {
      if (!active || !focused || isOurUi(e.target) || e.target === activeOuter) return;
      guard(afterSendGesture)();
    },
    opts,
  );
  // Only a real change resets (focusin may already have noticed it and started a new draft).
  lifetime.onLocationChange?.(guard(checkLocation));

  // ── the selected partner message ("Reflect with Attune") ──────────────
  function setPartnerMessage(text: string): boolean {
    if (stopped) return false;
    checkLocation(); // a navigation not yet reported must not clear it right after
    selectedPartner = String(text).trim().slice(0, PARTNER_MESSAGE_MAX) || null;
    forceReanalyse();
    return selectedPartner !== null;
  }
  if (deps.registerPartnerMessage) {
    try {
      unwatch.push(deps.registerPartnerMessage(setPartnerMessage));
    } catch (error) {
      report(error);
    }
  }

  function stop() {
    if (stopped) return;
    stopped = true;
    timer.cancel();
    stopFollowing();
    if (breathTimer) clearInterval(breathTimer);
    if (ackTimer) clearTimeout(ackTimer);
    unwatch.forEach((u) => {
      try {
        u();
      } catch {
        /* the extension context may already be gone */
      }
    });
    view?.destroy();
    view = null;
  }
  signal.addEventListener('abort', stop, { once: true });

  return {
    get hint() {
      return view?.state ?? null;
    },
    analyzeNow: () => analyzeActive(),
    stop,
  };
}
