/**
 * The caret in a composer, kept while focus visits the hint, so a keyboard user comes back to
 * exactly where they were typing. A textarea keeps its own selection across blur; a rich editor's
 * caret is a DOM Range, which we hold and put back (the editor reads it on selectionchange).
 */
export interface SavedCaret {
  restore(): void;
}

function selectionFor(el: HTMLElement): Selection | null {
  const root = el.getRootNode() as Document | (ShadowRoot & { getSelection?: () => Selection | null });
  // Chromium gives a shadow root its own selection; elsewhere the document's covers it.
  return (root instanceof ShadowRoot && root.getSelection?.()) || el.ownerDocument.getSelection();
}

export function saveCaret(el: HTMLElement): SavedCaret {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    const start = el.selectionStart;
    const end = el.selectionEnd;
    const dir = el.selectionDirection ?? undefined;
    return {
      restore() {
        el.focus({ preventScroll: true });
        if (start != null && end != null) el.setSelectionRange(start, end, dir);
      },
    };
  }
  const sel = selectionFor(el);
  const range = sel && sel.rangeCount && el.contains(sel.getRangeAt(0).startContainer) ? sel.getRangeAt(0).cloneRange() : null;
  return {
    restore() {
      el.focus({ preventScroll: true });
      if (!range || !el.contains(range.startContainer) || !el.contains(range.endContainer)) return;
      const now = selectionFor(el);
      if (!now) return;
      const cur = now.rangeCount ? now.getRangeAt(0) : null;
      // Focus often restores it already; touching it again would make some editors re-render.
      if (cur && cur.startContainer === range.startContainer && cur.startOffset === range.startOffset && cur.collapsed === range.collapsed) return;
      now.removeAllRanges();
      now.addRange(range);
    },
  };
}
