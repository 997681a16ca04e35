/**
 * Shared pieces of the fixture pages: a chat shell (message list, composer slot, Send button) and
 * the test hooks every page exposes on `window`:
 *
 *   __model(i?)    the editor framework's own model text (read through the editor's API)
 *   __sent()       every message sent on this page, oldest first
 *   __composer(i?) the editable element (textarea / contenteditable root)
 *   __ready        true once the editor is mounted
 *
 * Pages with several composers take an index; without one they use the last focused composer.
 */

export interface ComposerHandle {
  /** The editable element a person types into. */
  el(): HTMLElement | null;
  /** The framework's model text. */
  model(): string;
  /** Empty the composer through the framework (what a real app does after sending). */
  clear(): void;
}

declare global {
  interface Window {
    __model?: (index?: number) => string;
    __sent?: () => string[];
    __composer?: (index?: number) => HTMLElement | null;
    __ready?: boolean;
  }
}

export const sent: string[] = [];

export interface ChatShell {
  main: HTMLElement;
  list: HTMLUListElement;
  slot: HTMLDivElement;
  button: HTMLButtonElement;
  header: HTMLElement;
}

/** Builds a chat window into `parent` (document.body by default). */
export function chatShell(title: string, parent: ParentNode = document.body, history: string[] = []): ChatShell {
  const main = document.createElement('main');
  main.className = 'chat';
  const header = document.createElement('header');
  const h1 = document.createElement('span');
  h1.textContent = title;
  header.append(h1);
  const list = document.createElement('ul');
  list.className = 'messages';
  list.setAttribute('role', 'log');
  list.setAttribute('aria-label', 'Messages');
  for (const text of history) {
    const li = document.createElement('li');
    li.className = 'them';
    li.textContent = text;
    list.append(li);
  }
  const row = document.createElement('div');
  row.className = 'composer-row';
  const slot = document.createElement('div');
  slot.className = 'composer-slot';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'send';
  button.textContent = 'Send';
  button.setAttribute('aria-label', 'Send');
  row.append(slot, button);
  main.append(header, list, row);
  parent.append(main);
  return { main, list, slot, button, header };
}

/**
 * Sending: read the model, append it to the list, record it in `sent`, clear the composer.
 * Returns the send function (bound to Enter by each page) and wires the Send button.
 */
export function wireSend(shell: ChatShell, composer: ComposerHandle): () => void {
  const send = () => {
    const text = composer.model().trim();
    if (!text) return;
    sent.push(text);
    const li = document.createElement('li');
    li.textContent = text;
    shell.list.append(li);
    composer.clear();
  };
  shell.button.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the composer
  shell.button.addEventListener('click', () => {
    send();
    composer.el()?.focus();
  });
  return send;
}

/** Publishes the test hooks. `composers` may grow (SPA, re-created composers). */
export function expose(composers: () => ComposerHandle[]): void {
  let active = 0;
  document.addEventListener(
    'focusin',
    (e) => {
      const path = e.composedPath();
      composers().forEach((c, i) => {
        const el = c.el();
        if (el && path.includes(el)) active = i;
      });
    },
    true,
  );
  const pick = (i?: number) => composers()[i ?? active] ?? composers()[0];
  window.__model = (i) => pick(i)?.model() ?? '';
  window.__sent = () => sent.slice();
  window.__composer = (i) => pick(i)?.el() ?? null;
  Object.defineProperty(window, '__ready', {
    configurable: true,
    get: () => composers().length > 0 && composers().every((c) => !!c.el()?.isConnected),
  });
}

/** True for a plain Enter that should send (not Shift+Enter, not during IME composition). */
export function isSendKey(e: KeyboardEvent): boolean {
  return e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && !e.isComposing && e.keyCode !== 229;
}

export type SimpleKind = 'textarea' | 'contenteditable';

/** `?kind=textarea` / `?kind=contenteditable` on pages that support both. */
export function kindFromQuery(fallback: SimpleKind): SimpleKind {
  const k = new URLSearchParams(location.search).get('kind');
  return k === 'textarea' || k === 'contenteditable' ? k : fallback;
}

/**
 * A composer without a framework: a <textarea> (model = value) or a
 * <div contenteditable="true"> (model = innerText). Undo is the browser's own.
 */
export function simpleComposer(
  kind: SimpleKind,
  opts: { label?: string; dir?: string; placeholder?: string; onSend: () => void },
): ComposerHandle & { element: HTMLElement } {
  let element: HTMLElement;
  if (kind === 'textarea') {
    const ta = document.createElement('textarea');
    ta.rows = 1;
    if (opts.placeholder) ta.placeholder = opts.placeholder;
    element = ta;
  } else {
    element = document.createElement('div');
    element.contentEditable = 'true';
    element.setAttribute('role', 'textbox');
    element.setAttribute('aria-multiline', 'true');
    if (opts.placeholder) element.dataset.placeholder = opts.placeholder;
  }
  element.className = 'composer';
  element.setAttribute('aria-label', opts.label ?? 'Message');
  element.spellcheck = true;
  if (opts.dir) element.dir = opts.dir;
  element.addEventListener('keydown', (e) => {
    if (isSendKey(e)) {
      e.preventDefault();
      opts.onSend();
    }
  });
  return {
    element,
    el: () => element,
    model: () => (element instanceof HTMLTextAreaElement ? element.value : element.innerText),
    clear: () => {
      if (element instanceof HTMLTextAreaElement) element.value = '';
      else element.replaceChildren();
    },
  };
}
