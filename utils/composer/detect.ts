/**
 * Which element is a messaging composer, and which editor runs it.
 *
 * Generic, not per-site: the element comes from the `composedPath()` of a focus/input event
 * (open shadow roots included) and the editor kind from the markers each framework renders
 * (the same markers Harper's lint-framework keys on). Every "no" carries a reason, so tests
 * and the console can say *why* a field was skipped instead of a bare false.
 */

export type EditorKind = 'textarea' | 'input' | 'lexical' | 'slate' | 'draftjs' | 'quill' | 'prosemirror' | 'contenteditable';

export type SkipReason =
  | 'not-editable'
  | 'disabled'
  | 'readonly'
  | 'hidden'
  | 'too-small'
  | 'password'
  | 'search'
  | 'not-text-input'
  | 'combobox'
  | 'opted-out'
  | 'attune-ui';

export type Detection = { ok: true; el: HTMLElement; kind: EditorKind } | { ok: false; reason: SkipReason; el: Element | null };

/** Editor roots by marker, most specific first. The root is what holds focus when typing. */
const FRAMEWORKS: { kind: EditorKind; selector: string }[] = [
  { kind: 'lexical', selector: '[data-lexical-editor="true"]' },
  { kind: 'slate', selector: '[data-slate-editor="true"]' },
  { kind: 'draftjs', selector: '.public-DraftEditor-content' },
  { kind: 'quill', selector: '.ql-editor' },
  { kind: 'prosemirror', selector: '.ProseMirror' },
];

const TEXT_INPUT_TYPES = new Set(['text', '']);

/** The editable element an event happened in, looking through open shadow roots. */
export function editableFromPath(path: readonly EventTarget[]): HTMLElement | null {
  for (const t of path) {
    if (!(t instanceof HTMLElement)) continue;
    if (t instanceof HTMLTextAreaElement || t instanceof HTMLInputElement) return t;
    if (t.isContentEditable) {
      // The editing host: the outermost contenteditable ancestor (within the same tree).
      let host: HTMLElement = t;
      while (host.parentElement?.isContentEditable) host = host.parentElement;
      return host;
    }
  }
  return null;
}

export function editorKind(el: HTMLElement): EditorKind {
  if (el instanceof HTMLTextAreaElement) return 'textarea';
  if (el instanceof HTMLInputElement) return 'input';
  for (const f of FRAMEWORKS) if (el.matches(f.selector)) return f.kind;
  return 'contenteditable';
}

/** Why `el` is not a messaging composer, or null when it is one. */
export function skipReason(el: HTMLElement): SkipReason | null {
  if (el.closest('[data-attune-ui]')) return 'attune-ui';
  if (el.getAttribute('data-attune') === 'off' || el.getAttribute('data-enable-grammarly') === 'false') return 'opted-out';
  if (el instanceof HTMLInputElement) {
    const type = el.type.toLowerCase();
    if (type === 'password') return 'password';
    if (type === 'search') return 'search';
    if (!TEXT_INPUT_TYPES.has(type)) return 'not-text-input';
  }
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    if (el.disabled) return 'disabled';
    if (el.readOnly) return 'readonly';
  } else if (!el.isContentEditable) {
    return 'not-editable';
  }
  if (el.getAttribute('aria-disabled') === 'true') return 'disabled';
  if (el.getAttribute('aria-readonly') === 'true') return 'readonly';
  const role = el.getAttribute('role');
  if (role === 'combobox' || role === 'searchbox' || el.getAttribute('aria-autocomplete') === 'list') {
    return role === 'searchbox' ? 'search' : 'combobox';
  }
  if (isSearchy(el)) return 'search';
  const rect = el.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return 'hidden';
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  if (style && (style.visibility === 'hidden' || style.display === 'none')) return 'hidden';
  // A one-line <input> in a chat is usually search or a title; real composers are wide enough to type into.
  if (rect.width < 120 || rect.height < 14) return 'too-small';
  return null;
}

function isSearchy(el: HTMLElement): boolean {
  const words = [el.getAttribute('aria-label'), el.getAttribute('placeholder'), el.getAttribute('name'), el.id]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  if (/\bsearch\b|\bfind\b|\bfilter\b/.test(words)) return true;
  return !!el.closest('form[role="search"], [role="search"]');
}

/** The composer an event happened in, or the reason there is none. */
export function detectComposer(path: readonly EventTarget[]): Detection {
  const el = editableFromPath(path);
  if (!el) return { ok: false, reason: 'not-editable', el: null };
  const reason = skipReason(el);
  if (reason) return { ok: false, reason, el };
  return { ok: true, el, kind: editorKind(el) };
}
