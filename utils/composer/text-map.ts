/**
 * Reads a contenteditable draft as the person sees it and maps text offsets back to the DOM.
 *
 * Each block (paragraph, div, list item) is a line; a <br> inside a block breaks the line,
 * except the placeholder <br> editors leave as the last child of a block (an empty line in
 * Lexical, Quill, ProseMirror, Draft.js, Chrome's own contenteditable). Zero-width helpers that
 * editors render (Slate's `data-slate-zero-width`, Quill's cursor guard, ProseMirror's
 * separator images) are not text. Emoji and other astral characters are kept as UTF-16, the
 * same units analysis offsets use.
 */

export interface TextSegment {
  node: Text;
  /** Offset of node.data[0] in the read text. */
  start: number;
}

export interface TextMap {
  text: string;
  segments: TextSegment[];
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'TABLE', 'TR',
]);

function isSkipped(el: Element): boolean {
  return (
    el.hasAttribute('data-slate-zero-width') ||
    el.classList.contains('ql-cursor') ||
    el.classList.contains('ProseMirror-separator') ||
    el.hasAttribute('data-attune-ui') ||
    el.tagName === 'STYLE' ||
    el.tagName === 'SCRIPT'
  );
}

const ZERO_WIDTH_ONLY = /^[\uFEFF\u200B]+$/;

/** True when `br` is the last thing in its block (a placeholder that does not add a line). */
function isTrailingBreak(br: Element, root: Element): boolean {
  let node: Node = br;
  while (node !== root) {
    let next = node.nextSibling;
    while (next && next.nodeType === Node.TEXT_NODE && !(next as Text).data) next = next.nextSibling;
    if (next) return false;
    const parent = node.parentNode;
    if (!parent || (parent instanceof Element && BLOCK_TAGS.has(parent.tagName)) || parent === root) return true;
    node = parent;
  }
  return true;
}

export function readTextMap(root: Element): TextMap {
  let text = '';
  const segments: TextSegment[] = [];
  let lineStarted = false;
  let pendingBreak = false;
  const emit = (s: string) => {
    if (pendingBreak) {
      text += '\n';
      pendingBreak = false;
    }
    text += s;
    lineStarted = true;
  };
  const blockBoundary = () => {
    if (lineStarted) {
      pendingBreak = true;
      lineStarted = false;
    }
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (!data || ZERO_WIDTH_ONLY.test(data)) return;
      if (pendingBreak) emit('');
      segments.push({ node: node as Text, start: text.length });
      emit(data);
      return;
    }
    if (!(node instanceof Element) || isSkipped(node)) {
      if (node instanceof Element && node.hasAttribute('data-slate-zero-width')) lineStarted = true;
      return;
    }
    if (node.tagName === 'BR') {
      if (isTrailingBreak(node, root)) {
        if (pendingBreak) emit('');
        lineStarted = true;
      } else emit('\n');
      return;
    }
    const block = node !== root && BLOCK_TAGS.has(node.tagName);
    if (block) blockBoundary();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) blockBoundary();
  };
  walk(root);
  return { text, segments };
}

/** The DOM position of text offset `offset`; `preferEnd` picks the earlier node at a boundary. */
export function positionAt(map: TextMap, offset: number, preferEnd = false): { node: Text; offset: number } | null {
  const segs = map.segments;
  if (!segs.length) return null;
  const end = (s: TextSegment) => s.start + s.node.data.length;
  const at = (s: TextSegment) => ({ node: s.node, offset: offset - s.start });
  const inside = preferEnd
    ? segs.find((s) => offset > s.start && offset <= end(s))
    : segs.find((s) => offset >= s.start && offset < end(s));
  if (inside) return at(inside);
  const touching = segs.find((s) => offset >= s.start && offset <= end(s));
  if (touching) return at(touching);
  // Between segments (an offset on a line break): the start of the next text, or the very end.
  const next = segs.find((s) => s.start >= offset);
  if (next) return { node: next.node, offset: 0 };
  const last = segs[segs.length - 1];
  return { node: last.node, offset: last.node.data.length };
}

/** A live DOM Range over text offsets [start, end) of `map`, or null when it cannot be mapped. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const a = positionAt(map, start, false);
  const b = positionAt(map, end, true);
  if (!a || !b) return null;
  const doc = a.node.ownerDocument;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}
