/**
 * Mounts AttuneHint into a shadow root. Independent of WXT: the content script passes the
 * container WXT's createShadowRootUi made; the practice page can call mountPlainHintHost().
 */
import { createApp, reactive, type App } from 'vue';
import AttuneHint from './AttuneHint.vue';
import { HINT_CSS } from './hint-css';
import { emptyHintState, type HintActions, type HintState } from './types';

/** The bubble's max-width in hint-css.ts. */
const NATURAL_MAX_WIDTH = 380;

export interface HintHost {
  /** An element inside a closed shadow root that the hint renders into (only we hold it). */
  container: HTMLElement;
  /** The host element in the page's DOM (what focus/pointer events are retargeted to). */
  hostElement: HTMLElement;
  remove(): void;
}

export interface HintView {
  state: HintState;
  hostElement: HTMLElement;
  /** The rendered bubble's size (0×0 when hidden). */
  bubbleSize(): { width: number; height: number };
  /** Moves focus to the hint's first action; false when there is nothing to focus. */
  focus(): boolean;
  /** Whether focus is on one of the hint's actions. */
  hasFocus(): boolean;
  destroy(): void;
}

export function mountHint(host: HintHost, actions: HintActions): HintView {
  const root = host.container.getRootNode() as ShadowRoot;
  if (!root.querySelector?.('style[data-attune]')) {
    const style = document.createElement('style');
    style.dataset.attune = '';
    style.textContent = HINT_CSS;
    host.container.before(style);
  }
  // Only the user's own clicks reach the buttons: a synthetic click (isTrusted false) is stopped
  // here, in the capture phase, before any button's handler (the closed root already keeps the
  // page's scripts out; this also covers anything else that could reach in).
  host.container.addEventListener('click', (e) => !e.isTrusted && e.stopImmediatePropagation(), { capture: true });
  const state = reactive(emptyHintState()) as HintState;
  const app: App = createApp(AttuneHint, { state, actions });
  app.config.errorHandler = (error) => console.error('[Attune] hint error', error);
  app.mount(host.container);
  return {
    state,
    hostElement: host.hostElement,
    bubbleSize() {
      const el = host.container.querySelector('.bubble');
      const r = el?.getBoundingClientRect();
      // The natural size: its height may be scrolling inside a max-height right now, and its width
      // may be held narrower than the stylesheet's max-width (380 px) beside the composer.
      const held = !!state.position && !!r && r.width >= state.position.maxWidth - 1;
      const width = held ? Math.min(NATURAL_MAX_WIDTH, window.innerWidth - 16) : (r?.width ?? 0);
      return { width, height: Math.max(r?.height ?? 0, (el?.scrollHeight ?? 0) + 2) };
    },
    focus() {
      const first = host.container.querySelector<HTMLElement>('.bubble button');
      first?.focus({ preventScroll: true });
      return !!first && root.activeElement === first;
    },
    hasFocus() {
      return !!root.activeElement && host.container.contains(root.activeElement);
    },
    destroy() {
      app.unmount();
      host.remove();
    },
  };
}

/**
 * A plain closed shadow root at the end of <body> (practice page, unit tests). Closed like the
 * content script's: whoever shares the document must not read the draft's quote or click in.
 */
export function mountPlainHintHost(doc: Document = document): HintHost {
  const hostElement = doc.createElement('attune-hint');
  hostElement.setAttribute('data-attune-ui', '');
  hostElement.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483646;';
  const shadow = hostElement.attachShadow({ mode: 'closed' });
  const container = doc.createElement('div');
  shadow.append(container);
  (doc.body ?? doc.documentElement).append(hostElement);
  return { container, hostElement, remove: () => hostElement.remove() };
}
