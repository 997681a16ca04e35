/**
 * What the hint must not cover, measured on any page without knowing the app: the composer's own
 * buttons (send, emoji, attach: they sit in the composer's row) and the nearest message above the
 * composer (the one being answered). Plain DOM reads, only while a hint is visible and the layout
 * changed (scroll, resize); never on a keystroke.
 */
import type { Box } from '../../components/hint/placement';

/** How far up from the composer to look for the nearest message. */
export const MESSAGE_SCAN_PX = 360;
const SCAN_STEP_PX = 8;
/** How many ancestors of the composer may hold its buttons (slot → row → form). */
const BUTTON_ANCESTORS = 4;
const BUTTON_REACH_PX = 240;

const toBox = (r: DOMRect): Box => ({ left: r.left, top: r.top, width: r.width, height: r.height });
const visible = (r: DOMRect) => r.width > 0 && r.height > 0;

/** Buttons in the composer's row: beside it or inside it, vertically level with it. */
export function composerButtons(composer: HTMLElement, ours: (el: Element) => boolean = () => false): Box[] {
  const c = composer.getBoundingClientRect();
  const found = new Set<Element>();
  let scope: Element | null = composer.parentElement;
  for (let i = 0; i < BUTTON_ANCESTORS && scope; i++, scope = scope.parentElement) {
    for (const b of scope.querySelectorAll('button, [role="button"], input[type="submit"], input[type="button"]')) found.add(b);
  }
  const boxes: Box[] = [];
  for (const b of found) {
    if (ours(b)) continue;
    const r = b.getBoundingClientRect();
    if (!visible(r)) continue;
    const level = r.top < c.bottom + 8 && r.bottom > c.top - 8;
    const near = r.left < c.right + BUTTON_REACH_PX && r.right > c.left - BUTTON_REACH_PX;
    if (level && near && r.width < 240 && r.height < 160) boxes.push(toBox(r));
  }
  return boxes;
}

/**
 * The nearest content above the composer in three columns (its start, middle and end): in a chat
 * that is the last incoming message on one side and the last sent one on the other. Found with
 * hit tests stepping up from the composer, so it works in any app's markup; `ours` excludes
 * Attune's own UI.
 */
export function messagesAbove(composer: HTMLElement, ours: (el: Element) => boolean = () => false): Box[] {
  const doc = composer.ownerDocument;
  // Hit tests in the composer's own tree: in a shadow root the document only sees its host.
  const root = composer.getRootNode() as Document | ShadowRoot;
  const hits = (x: number, y: number) => (typeof root.elementsFromPoint === 'function' ? root : doc).elementsFromPoint(x, y);
  const c = composer.getBoundingClientRect();
  // The columns lie in the part of the composer that is on screen (a page wider than the window
  // can start the composer left of it).
  const left = Math.max(c.left, 0);
  const right = Math.min(c.right, doc.documentElement.clientWidth);
  const w = Math.max(0, right - left);
  const xs = [left + Math.min(24, w / 4), left + w / 2, right - Math.min(24, w / 4)];
  const boxes: Box[] = [];
  const seen = new Set<Element>();
  for (const x of xs) {
    if (w <= 0) break;
    for (let y = c.top - SCAN_STEP_PX; y > 0 && y > c.top - MESSAGE_SCAN_PX; y -= SCAN_STEP_PX) {
      const el = hits(x, y).find((e) => !ours(e));
      if (!el || el === doc.documentElement || el === doc.body) continue;
      if (el.contains(composer) || composer.contains(el)) continue;
      if (!isContent(el)) continue;
      const block = blockOf(el, composer);
      if (!seen.has(block)) {
        seen.add(block);
        boxes.push(toBox(block.getBoundingClientRect()));
      }
      break;
    }
  }
  return boxes;
}

/** Text a person reads (its own text, not just a container's), a form field, or media. */
function isContent(el: Element): boolean {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return true;
  if (/^(IMG|VIDEO|CANVAS|SVG|PICTURE)$/i.test(el.tagName)) return true;
  for (const n of el.childNodes) if (n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) return true;
  return false;
}

/** An inline piece of a message stands for its block (the bubble), never a block holding the composer. */
function blockOf(el: Element, composer: HTMLElement): Element {
  let cur = el;
  const view = el.ownerDocument.defaultView;
  while (cur.parentElement && view && view.getComputedStyle(cur).display.startsWith('inline')) {
    if (cur.parentElement.contains(composer)) break;
    cur = cur.parentElement;
  }
  return cur;
}
