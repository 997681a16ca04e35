/**
 * One adapter per editor kind: read the draft as the person sees it, and put a rephrasing back
 * so that the editor's *own model* changes, Ctrl+Z restores the original and the caret ends
 * after the new text. What each framework honours was proven against the real packages on the
 * fixture site (tests/e2e/composer.e2e.ts checks `window.__model()`, never the DOM):
 *
 *   textarea, input, React textarea   select span → execCommand('insertText')   (native undo)
 *   plain contenteditable             select range → execCommand('insertText')   (native undo)
 *   ProseMirror                       select range → execCommand('insertText')   (its history)
 *   Draft.js                          select range → a synthetic `paste` with text/plain: its
 *                                     handler replaces the selection in its model (its undo)
 *   Lexical, Slate, Quill             select range, let `selectionchange` reach the editor, then a
 *                                     cancelable `beforeinput` insertReplacementText carrying the
 *                                     target range: the editor applies it itself (their history).
 *                                     execCommand is NOT enough for Slate: the DOM changes, the
 *                                     model does not (field notes; seen on the fixture).
 *
 * The strategy is the same for every other contenteditable: beforeinput first; when the editor did not
 * take it (not cancelled and the text unchanged a frame later) fall back to execCommand. No
 * framework internals are touched: a content script cannot reach the page's JS objects anyway.
 */
import { detectComposer, editorKind, type EditorKind } from './detect';
import { rangeFor, readTextMap } from './text-map';

export interface ComposerAdapter {
  readonly el: HTMLElement;
  readonly kind: EditorKind;
  /** The draft as the person sees it. */
  read(): string;
  /** Replace [start, end) of read() with `text`. Resolves true when the draft now reads as expected. */
  replace(start: number, end: number, text: string): Promise<boolean>;
  /** Insert `text` at the caret (or at the end when the caret is elsewhere). */
  insertAtCaret(text: string): Promise<boolean>;
  /** Screen rectangles of [start, end) (empty when the editor cannot say, e.g. a textarea). */
  rectsFor(start: number, end: number): DOMRect[];
  /** The direction the draft is written in. */
  direction(): 'ltr' | 'rtl';
}

/** Resolves after the next frame has been painted and a task has run (selectionchange fired). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, 50); // rAF does not run in background tabs
  });
}

/**
 * An event the page's editor can read in full. In Firefox a DataTransfer filled by a content
 * script keeps the content script's principal, and the page reads it as empty: Lexical and Slate
 * then insert "" (their model unchanged), Draft.js pastes nothing. So in Firefox (where content
 * scripts have `cloneInto`) the event is built from the page's own constructor without the
 * dataTransfer, and the editors take `data` instead; Firefox's ClipboardEvent fills its
 * clipboardData from `dataType` + `data`. Seen in firefox-esr on the fixture site
 * (tests/e2e/firefox/composer.e2e.ts). Elsewhere: the plain event, as before.
 */
function pageEvent(type: 'InputEvent' | 'ClipboardEvent', name: string, init: InputEventInit & ClipboardEventInit & { dataType?: string }): Event {
  const page = (window as Window & { wrappedJSObject?: Record<string, new (n: string, i: object) => Event> }).wrappedJSObject;
  const clone = (globalThis as { cloneInto?: (o: object, scope: object, opts: object) => object }).cloneInto;
  if (page && clone) {
    const { dataTransfer: _unreadableByThePage, ...readable } = init;
    return new page[type](name, clone(readable, page, { wrapReflectors: true }));
  }
  return type === 'InputEvent' ? new InputEvent(name, init) : new ClipboardEvent(name, init);
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

class TextFieldAdapter implements ComposerAdapter {
  constructor(
    readonly el: HTMLTextAreaElement | HTMLInputElement,
    readonly kind: EditorKind,
  ) {}
  read() {
    return this.el.value;
  }
  async replace(start: number, end: number, text: string) {
    const el = this.el;
    const expected = splice(el.value, start, end, text);
    el.focus({ preventScroll: true });
    el.setSelectionRange(start, end);
    // execCommand keeps the browser's undo stack and fires a real `input` event React listens to.
    document.execCommand('insertText', false, text);
    if (el.value === expected) return true;
    // Fallback (no execCommand for text fields): the native setter React's value tracker
    // notices, then `input`. The model changes; the browser's undo does not know about it.
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, expected);
    el.setSelectionRange(start + text.length, start + text.length);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    return el.value === expected;
  }
  insertAtCaret(text: string) {
    const el = this.el;
    const focused = el.getRootNode() instanceof Document ? document.activeElement === el : true;
    const at = focused && el.selectionStart != null ? el.selectionStart : el.value.length;
    const end = focused && el.selectionEnd != null ? el.selectionEnd : at;
    return this.replace(at, end, text);
  }
  rectsFor() {
    return [];
  }
  direction() {
    return getComputedStyle(this.el).direction === 'rtl' ? 'rtl' : 'ltr';
  }
}

class ContentEditableAdapter implements ComposerAdapter {
  constructor(
    readonly el: HTMLElement,
    readonly kind: EditorKind,
  ) {}
  read() {
    return readTextMap(this.el).text;
  }
  rectsFor(start: number, end: number) {
    const range = rangeFor(readTextMap(this.el), start, end);
    return range ? [...range.getClientRects()] : [];
  }
  direction() {
    return getComputedStyle(this.el).direction === 'rtl' ? 'rtl' : 'ltr';
  }
  async replace(start: number, end: number, text: string) {
    const before = this.read();
    const expected = splice(before, start, end, text);
    const range = rangeFor(readTextMap(this.el), start, end);
    if (!range) return false;
    this.el.focus({ preventScroll: true });
    const sel = document.getSelection();
    if (!sel) return false;
    sel.removeAllRanges();
    sel.addRange(range);
    // Lexical and Slate act on the selection they last saw: let `selectionchange` reach them.
    await nextFrame();
    const data = new DataTransfer();
    data.setData('text/plain', text);
    // Draft.js ignores a synthetic beforeinput, and execCommand leaves its React tree out of step
    // with the DOM (a later select-all + delete leaves stale text on screen and drops a typed
    // character); its own paste handler replaces the selection through its model.
    const event =
      this.kind === 'draftjs'
        ? pageEvent('ClipboardEvent', 'paste', {
            clipboardData: data,
            // Firefox's constructor ignores clipboardData and fills a fresh one from these two.
            dataType: 'text/plain',
            data: text,
            bubbles: true,
            cancelable: true,
            composed: true,
          })
        : pageEvent('InputEvent', 'beforeinput', {
            inputType: 'insertReplacementText',
            data: text,
            dataTransfer: data,
            targetRanges: [new StaticRange(range)],
            bubbles: true,
            cancelable: true,
            composed: true,
          });
    this.el.dispatchEvent(event);
    if (event.defaultPrevented) {
      // The editor took it; it renders on its own schedule (React: after a commit).
      for (let i = 0; i < 4 && this.read() !== expected; i++) await nextFrame();
      return this.read() === expected;
    }
    await nextFrame();
    if (this.read() === expected) return true;
    if (this.read() !== before) return false; // something else changed; do not write twice
    // Not taken: the selection is still ours (re-apply in case the editor normalised it).
    const again = rangeFor(readTextMap(this.el), start, end);
    if (again) {
      sel.removeAllRanges();
      sel.addRange(again);
    }
    document.execCommand('insertText', false, text);
    for (let i = 0; i < 3 && this.read() !== expected; i++) await nextFrame();
    return this.read() === expected;
  }
  async insertAtCaret(text: string) {
    const sel = document.getSelection();
    const map = readTextMap(this.el);
    let at = map.text.length;
    let end = at;
    if (sel && sel.rangeCount && this.el.contains(sel.getRangeAt(0).startContainer)) {
      const r = sel.getRangeAt(0);
      at = offsetOf(map, r.startContainer, r.startOffset) ?? at;
      end = offsetOf(map, r.endContainer, r.endOffset) ?? at;
    }
    return this.replace(at, end, text);
  }
}

function offsetOf(map: ReturnType<typeof readTextMap>, node: Node, offset: number): number | null {
  const seg = map.segments.find((s) => s.node === node);
  return seg ? seg.start + offset : null;
}

/** The adapter for a composer element (already vetted by detectComposer). */
export function adapterFor(el: HTMLElement, kind: EditorKind = editorKind(el)): ComposerAdapter {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return new TextFieldAdapter(el, kind);
  return new ContentEditableAdapter(el, kind);
}

/** The composer adapter for an event path, or null (see detectComposer for the reasons). */
export function adapterFromPath(path: readonly EventTarget[]): ComposerAdapter | null {
  const d = detectComposer(path);
  return d.ok ? adapterFor(d.el, d.kind) : null;
}
