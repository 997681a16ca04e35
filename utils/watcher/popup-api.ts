/**
 * The popup's view of this frame: the last focused composer's draft and findings, and writing a
 * rephrasing or text into it. Answers about the last composer even after focus moved to the
 * popup (which is why it reads `lastActive`, not `active`).
 */
import type { Session } from './sessions';
import type { PopupApi } from './types';

export function createPopupApi(host: string, last: () => Session | null): PopupApi {
  return {
    hasComposer: () => !!last(),
    getDraft() {
      const s = last();
      if (!s) return null;
      return {
        host,
        // Barriers first, reflective findings after them.
        findings: [...s.findings].sort((a, b) => Number(a.category === 'reflective') - Number(b.category === 'reflective')),
        rephrasings: s.rephrasings,
        draftText: s.adapter.read(),
      };
    },
    async applyRephrasing(index) {
      const s = last();
      const r = s?.rephrasings[index];
      // Only onto the text the rephrasing was made for.
      if (!s || !r || r.kind === 'ask' || s.adapter.read() !== s.analysedText) return false;
      return s.adapter.replace(r.start, r.end, r.text);
    },
    async insertText(text) {
      const s = last();
      return s ? s.adapter.insertAtCaret(text) : false;
    },
  };
}
