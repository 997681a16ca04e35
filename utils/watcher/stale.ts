/**
 * A hint must go the moment the words it describes are gone from the draft — after a select-all +
 * delete, or in an editor that re-renders its DOM (ProseMirror/TipTap handle deletions themselves,
 * so no input event may come) — not one typing pause later when the next analysis answers.
 *
 * Checked on every input and DOM change of the composer while a hint is visible, so it reads the
 * editor's raw text (a textarea's value, an element's textContent: native, no offset map) and only
 * asks whether the flagged phrase is still somewhere in it; an edit elsewhere that merely moved it
 * keeps the hint (the next analysis places it again).
 */
const SPACES = /[\s\u00a0\u200b]+/g;
const norm = (s: string) => s.replace(SPACES, ' ').toLowerCase();

/** The composer's text as cheaply as the DOM gives it (block breaks may be missing; spaces are normalised). */
export function rawText(el: HTMLElement): string {
  return el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
}

export function flaggedWordsPresent(text: string, phrase: string): boolean {
  // Runs on keystrokes while a hint is up: the usual answer ("still there, as written") is one
  // native search; normalising a long draft happens only when that fails.
  if (phrase && text.includes(phrase)) return true;
  const p = norm(phrase).trim();
  if (!p) return true;
  const t = norm(text);
  // Block breaks are missing from textContent, so compare without spaces at the phrase's edges.
  return t.includes(p) || t.replace(/ /g, '').includes(p.replace(/ /g, ''));
}
