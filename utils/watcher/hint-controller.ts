/**
 * The hint controller: the one place that touches the hint's view. It mounts it on first use,
 * renders a session's findings (or safety note) into it, keeps it next to the composer while it
 * is visible (scroll, resize, the composer's own size), shows acknowledgements and the Silent
 * Sync breaths, and handles the hint's keys in the composer (Esc, Alt+Shift+Enter, and
 * Alt+Shift+H, which moves focus into the hint; back in the composer the caret is where it was).
 * It places the bubble clear of the composer, its buttons and the nearest message (placement.ts,
 * surroundings.ts), and hides it the moment the words it describes leave the draft (stale.ts).
 */
import { placeHint } from '../../components/hint/placement';
import type { HintActions, HintState } from '../../components/hint/types';
import type { HintView } from '../../components/hint/mount';
import type { Finding } from '../analysis/types';
import { orderedFindings, primaryFinding, quoteOf, rephrasingsFor } from './hint-content';
import { barriersOf, type Session } from './sessions';
import { ACCEPT_SHORTCUT, FOCUS_SHORTCUT, type AttuneDeps, type Guard } from './types';
import { composerButtons, messagesAbove } from './surroundings';
import { saveCaret, type SavedCaret } from './caret';
import { flaggedWordsPresent, rawText } from './stale';

const isFocusShortcut = (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyH';

/** How long an acknowledgement ("A deposit in your trust bank") stays. */
export const ACK_MS = 4000;

export interface HintEnv {
  createHintHost: AttuneDeps['createHintHost'];
  mountHint: AttuneDeps['mountHint'];
  /** What the hint's buttons do (hint-actions.ts). */
  actions(): HintActions;
  guard: Guard;
  stopped(): boolean;
  active(): Session | null;
  focused(): boolean;
  composing(): boolean;
  look(): { theme: HintState['theme']; repairWord: string };
  /** These findings are in front of the user now; returns whether the conversation runs hot. */
  onShown(s: Session, barriers: Finding[]): boolean;
}

export class HintController {
  private view: HintView | null = null;
  private viewPromise: Promise<HintView> | null = null;
  private ackTimer: ReturnType<typeof setTimeout> | null = null;
  private following = false;
  private rafPending = false;
  private resizeObserver: ResizeObserver | null = null;
  private draftObserver: MutationObserver | null = null;
  private staleCheckQueued = false;
  /** Where the caret was when focus went into the hint. */
  private caret: SavedCaret | null = null;
  /** "+N more": which of the draft's flagged phrases the hint shows (0 = the one it leads with). */
  private shownIndex = 0;
  private shownFor: Session | null = null;
  private shownText: string | null = null;

  constructor(private env: HintEnv) {}

  /** The hint's state, once it has been mounted. */
  get state(): HintState | null {
    return this.view?.state ?? null;
  }

  /** Whether an event target is the hint itself (its host element in the page). */
  isOurUi(t: EventTarget | null): boolean {
    return !!t && !!this.view && t === this.view.hostElement;
  }

  private ensureView(): Promise<HintView> {
    this.viewPromise ??= this.env.createHintHost().then((host) => {
      if (this.env.stopped()) {
        host.remove();
        throw new Error('stopped');
      }
      this.view = this.env.mountHint(host, this.env.actions());
      return this.view;
    });
    return this.viewPromise;
  }

  /** Hide the hint (a running Silent Sync stays until it ends or is stopped). */
  hide() {
    const v = this.view;
    if (!v || v.state.mode === 'silent-sync') return;
    v.state.mode = 'hidden';
    v.state.underline = [];
    this.stopFollowing();
  }

  /** Hide the hint if it belongs to `s` (a background session's result must not hide another's). */
  hideFor(s: Session) {
    if (s === this.env.active()) this.hide();
  }

  /** Show what the session's last analysis found, or hide when there is nothing to show. */
  async render(s: Session) {
    const env = this.env;
    const barriers = barriersOf(s.findings);
    const text = s.analysedText ?? '';
    const wantSafety = !!s.safetyNote;
    if ((!barriers.length && !wantSafety) || s.dismissedText === text || env.composing() || !env.focused()) return this.hideFor(s);
    const v = await this.ensureView();
    if (s !== env.active() || env.composing()) return;
    const st = v.state;
    if (st.mode === 'silent-sync') return;
    const look = env.look();
    st.theme = look.theme;
    st.dir = s.adapter.direction();
    st.shortcut = ACCEPT_SHORTCUT;
    st.focusShortcut = FOCUS_SHORTCUT;
    if (wantSafety) {
      st.mode = 'safety';
      st.safetyNote = s.safetyNote!;
      st.finding = null;
      st.underline = [];
    } else {
      if (this.shownFor !== s || s.analysedText !== this.shownText) this.shownIndex = 0;
      this.shownFor = s;
      this.shownText = s.analysedText;
      const primary = this.shownIndex ? orderedFindings(barriers)[this.shownIndex % barriers.length] : primaryFinding(barriers);
      const hot = env.onShown(s, barriers);
      st.mode = 'finding';
      st.finding = primary;
      st.quote = quoteOf(text, primary);
      st.moreCount = barriers.length - 1;
      st.rephrasings = rephrasingsFor(s.rephrasings, primary).slice(0, 3);
      st.heat = hot;
      st.repairWord = look.repairWord;
    }
    this.follow();
    this.reposition();
  }

  /** A short acknowledgement, unless the hint is busy with a finding, a safety note or Silent Sync. */
  showAck(text: string) {
    void this.ensureView().then((v) => {
      if (v.state.mode === 'finding' || v.state.mode === 'safety' || v.state.mode === 'silent-sync') return;
      v.state.mode = 'ack';
      v.state.ackText = text;
      v.state.finding = null;
      this.follow();
      this.reposition();
      if (this.ackTimer) clearTimeout(this.ackTimer);
      this.ackTimer = setTimeout(() => {
        if (v.state.mode === 'ack') this.hide();
      }, ACK_MS);
    });
  }

  /** Silent Sync's breathing view (rituals.ts runs the count); false when the hint is not mounted. */
  showSilentSync(breaths: number): boolean {
    if (!this.view) return false;
    this.view.state.mode = 'silent-sync';
    this.view.state.breathsLeft = breaths;
    this.reposition();
    return true;
  }
  /** One breath done; returns how many are left. */
  breathe(): number {
    return this.view ? --this.view.state.breathsLeft : 0;
  }
  endSilentSync() {
    if (this.view) this.view.state.mode = 'hidden';
    this.stopFollowing();
  }

  /**
   * A key in the active composer while the hint is visible: Esc dismisses, Alt+Shift+Enter uses
   * the first rephrasing. Returns whether the hint took the key (the page does not see it then).
   */
  keydown(e: KeyboardEvent): boolean {
    const mode = this.view?.state.mode;
    if (!mode || mode === 'hidden' || e.isComposing) return false;
    const actions = this.env.actions();
    if (isFocusShortcut(e)) {
      if (!this.enter()) return false;
    } else if (e.key === 'Escape') actions.dismiss();
    else if (e.key === 'Enter' && e.altKey && e.shiftKey && mode === 'finding') actions.use(0);
    else return false;
    e.preventDefault();
    e.stopPropagation();
    return true;
  }

  /** "+N more": lead with the draft's next flagged phrase. */
  nextFinding() {
    const s = this.env.active();
    if (!s || this.view?.state.mode !== 'finding') return;
    this.shownIndex++;
    void this.render(s);
  }

  // ── keyboard focus: into the hint and back ───────────────────────────
  /** Alt+Shift+H: focus the hint's first action, remembering the composer's caret. */
  private enter(): boolean {
    const s = this.env.active();
    const v = this.view;
    if (!s || !v || v.state.mode === 'hidden' || v.state.mode === 'ack') return false;
    this.caret = saveCaret(s.adapter.el);
    return v.focus();
  }
  /** Whether focus is on one of the hint's buttons. */
  hasFocus(): boolean {
    return !!this.view?.hasFocus();
  }
  /** Back to the composer with the caret where it was (Esc in the hint, or after an action there). */
  backToComposer() {
    const saved = this.caret;
    this.caret = null;
    if (saved) saved.restore();
    else this.env.active()?.adapter.el.focus({ preventScroll: true });
  }
  /** Focus left the hint for somewhere else on the page: the saved caret no longer applies. */
  focusLeft() {
    this.caret = null;
  }

  /**
   * The draft changed (an input event or, while the hint is up, any DOM change in the composer):
   * when the flagged words are gone, the hint goes now, not after the next analysis. Runs once
   * per task at most (a microtask, so before the next frame is painted).
   */
  draftChanged() {
    if (!this.following || this.staleCheckQueued) return;
    this.staleCheckQueued = true;
    queueMicrotask(
      this.env.guard(() => {
        this.staleCheckQueued = false;
        const f = this.view?.state.mode === 'finding' ? this.view.state.finding : null;
        const s = this.env.active();
        if (f && s && !flaggedWordsPresent(rawText(s.adapter.el), f.phrase)) this.hide();
      }),
    );
  }

  /** The bubble's own size changed ("More" opened): place it again. */
  bubbleResized() {
    if (this.following) this.onLayout();
  }

  stop() {
    this.stopFollowing();
    if (this.ackTimer) clearTimeout(this.ackTimer);
    this.view?.destroy();
    this.view = null;
  }

  // Following the layout: only while the hint is visible.
  private onLayout = () => {
    if (this.rafPending) return;
    this.rafPending = true;
    requestAnimationFrame(() => {
      this.rafPending = false;
      this.env.guard(() => this.reposition())();
    });
  };
  private follow() {
    const active = this.env.active();
    if (this.following || !active) return;
    this.following = true;
    window.addEventListener('scroll', this.onLayout, { capture: true, passive: true });
    window.addEventListener('resize', this.onLayout, { passive: true });
    this.resizeObserver = new ResizeObserver(this.onLayout);
    this.resizeObserver.observe(active.adapter.el);
    // Editors that delete through their own model or re-render (ProseMirror, TipTap) may send no input event.
    this.draftObserver = new MutationObserver(() => this.draftChanged());
    this.draftObserver.observe(active.adapter.el, { childList: true, subtree: true, characterData: true });
  }
  private stopFollowing() {
    if (!this.following) return;
    this.following = false;
    window.removeEventListener('scroll', this.onLayout, { capture: true });
    window.removeEventListener('resize', this.onLayout);
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.draftObserver?.disconnect();
    this.draftObserver = null;
  }
  private reposition() {
    const v = this.view;
    const s = this.env.active();
    if (!v || !s || v.state.mode === 'hidden') return;
    const r = s.adapter.el.getBoundingClientRect();
    if (!s.adapter.el.isConnected || (r.width === 0 && r.height === 0)) return this.hide();
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
    if (!size.width) requestAnimationFrame(this.env.guard(() => this.reposition()));
  }
}
