/**
 * Sessions: one draft session per composer element (its adapter, typing context, what was
 * analysed and found), and which composer is active, focused and mid-composition. Plain state:
 * no timers, no listeners, no extension APIs.
 */
import type { Finding, Rephrasing } from '../analysis/types';
import { adapterFor, type ComposerAdapter } from '../composer';
import { TypingContext } from './typing';
import { newId } from './ids';

export interface Session {
  draftId: string;
  adapter: ComposerAdapter;
  typing: TypingContext;
  analysedText: string | null;
  /** The partner message `analysedText` was analysed with: a new one means analyse again. */
  analysedPartner: string | undefined;
  findings: Finding[];
  rephrasings: Rephrasing[];
  safetyNote: string | null;
  /** The text the user dismissed the hint on: hidden until the text changes. */
  dismissedText: string | null;
  /** Repair words counted in the last analysed text (-1: not counted yet, so none is "new"). */
  repairCount: number;
  /** Bumped per analysis request, so a late reply for an older text is dropped. */
  seq: number;
}

/** A finding's identity across analyses of one draft: its outcome is logged once per key. */
export const keyOf = (f: Finding) => `${f.category}|${f.reason}|${f.phrase.toLowerCase()}`;

/** Barrier findings: everything but the reflective ones (which the hint never shows). */
export const barriersOf = (findings: Finding[]) => findings.filter((f) => f.category !== 'reflective');

/** What events at `window` are retargeted to for `el`: its outermost shadow host, or itself. */
export function outerTarget(el: HTMLElement): EventTarget {
  let node: Node = el;
  for (;;) {
    const root = node.getRootNode();
    if (root instanceof ShadowRoot) node = root.host;
    else return node;
  }
}

export class Sessions {
  private byComposer = new WeakMap<HTMLElement, Session>();
  /** The composer the user is in (or was last in, until focus lands on another composer). */
  active: Session | null = null;
  /** The last composer focused in this frame, kept across location changes (the popup reads it). */
  lastActive: Session | null = null;
  /** What events at `window` are retargeted to for the active composer. */
  private activeOuter: EventTarget | null = null;
  focused = false;
  composing = false;

  /** Focus entered a composer: its session (a new one the first time) becomes the active one. */
  focus(el: HTMLElement, kind: Parameters<typeof adapterFor>[1], now: number): Session {
    let s = this.byComposer.get(el);
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
        dismissedText: null,
        repairCount: -1,
        seq: 0,
      };
      this.byComposer.set(el, s);
    }
    this.active = this.lastActive = s;
    this.activeOuter = outerTarget(el);
    this.focused = true;
    this.composing = false;
    s.typing.focus(now);
    return s;
  }

  /** Whether an event at `window` came from the active composer. */
  isActiveTarget(target: EventTarget | null): boolean {
    return !!this.active && target === this.activeOuter;
  }

  /** Every draft forgotten (another conversation); returns the session that was active. */
  reset(): Session | null {
    const was = this.active;
    this.byComposer = new WeakMap();
    this.active = null;
    this.activeOuter = null;
    return was;
  }

  /** Store what the analysis found for `text`. */
  static store(s: Session, text: string, partner: string | undefined, found: Pick<Session, 'findings' | 'rephrasings' | 'safetyNote'>) {
    s.analysedText = text;
    s.analysedPartner = partner;
    s.findings = found.findings;
    s.rephrasings = found.rephrasings;
    s.safetyNote = found.safetyNote;
  }

  /** The draft went out: the composer starts a fresh, empty draft. */
  static sent(s: Session) {
    s.findings = [];
    s.rephrasings = [];
    s.safetyNote = null;
    s.analysedText = '';
    s.dismissedText = null;
  }
}
