/**
 * Where the hint goes. Pure geometry (no DOM): the watcher measures the boxes, this decides.
 *
 * What a person must keep seeing: the composer they are typing in and its send button (never
 * covered, whatever the room), and the message they are answering, the nearest one above the
 * composer (covered only when there is no room anywhere else). The bubble is always wholly inside
 * the viewport: it flips to another side, and when no side has room for all of it, it takes the
 * side with the most room and scrolls inside a smaller max-height, as Grammarly's and Harper's
 * cards do.
 *
 * Candidates, in order (the first that fits whole and covers nothing wins):
 *   1. above the composer, start-aligned      (the usual place; free when the message is elsewhere)
 *   2. below the composer                     (pages where the composer is not at the bottom)
 *   3. beside the composer, after its buttons (wide windows), then before it
 *   4. above, aligned with the composer's end (incoming messages sit at the start side)
 * then the same sides with a smaller max-height, then (covering the message) the bigger side.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface PlaceInput {
  /** The composer's box: never covered. */
  composer: Box;
  /** The composer's own buttons (send, emoji, attach): never covered. */
  buttons?: Box[];
  /** The nearest messages above the composer: covered only when no other place has room. */
  messages?: Box[];
  /** The bubble's natural size (its height without any max-height). */
  bubble: Size;
  viewport: Size;
  rtl?: boolean;
}

export type Side = 'above' | 'below' | 'beside' | 'above-end';

export interface Placement {
  left: number;
  top: number;
  side: Side;
  /** Less than the bubble's height when it has to scroll inside (no side had room for all of it). */
  maxHeight: number;
  /** The widest it may be here (the viewport is narrower than the bubble, or the side room is). */
  maxWidth: number;
  /** True when nowhere had room without covering the nearest message (a very short window). */
  coversMessage: boolean;
}

/** Between the bubble and what it sits next to. */
export const GAP = 8;
/** Kept free at the viewport's edges. */
export const MARGIN = 4;
/** Below this a scrolling bubble is more frustrating than one that covers the message. */
export const MIN_HEIGHT = 120;
/** A bubble beside the composer may be narrower than its natural width, down to this. */
export const MIN_BESIDE_WIDTH = 240;

const right = (b: Box) => b.left + b.width;
const bottom = (b: Box) => b.top + b.height;
export const overlaps = (a: Box, b: Box) =>
  a.left < right(b) && b.left < right(a) && a.top < bottom(b) && b.top < bottom(a) && a.width > 0 && a.height > 0 && b.width > 0 && b.height > 0;

export function placeHint(input: PlaceInput): Placement {
  const { composer, viewport: vp, rtl = false } = input;
  const hard = [composer, ...(input.buttons ?? [])];
  const soft = input.messages ?? [];
  const maxWidth = Math.max(0, vp.width - 2 * MARGIN);
  const width = Math.min(input.bubble.width, maxWidth);
  const height = input.bubble.height;
  // The composer row: the composer and its buttons (the bubble stays clear of all of them).
  const row = union(hard);

  const clampLeft = (left: number, w: number) => Math.min(Math.max(MARGIN, left), Math.max(MARGIN, vp.width - MARGIN - w));
  const startLeft = (w: number) => clampLeft(rtl ? right(composer) - w : composer.left, w);
  const endLeft = (w: number) => clampLeft(rtl ? composer.left : right(row) - w, w);
  const inside = (b: Box) => b.left >= MARGIN - 0.5 && b.top >= MARGIN - 0.5 && right(b) <= vp.width - MARGIN + 0.5 && bottom(b) <= vp.height - MARGIN + 0.5;
  const clear = (b: Box, avoidMessages: boolean) => !hard.some((h) => overlaps(b, h)) && (!avoidMessages || !soft.some((m) => overlaps(b, m)));

  // Beside: after the composer row's end (before its start), bottom-aligned with the composer
  // (the text being typed is at its bottom), as wide as the room allows.
  const besideBoxes = (h: number): Box[] => {
    const afterEnd = { left: right(row) + GAP, room: vp.width - MARGIN - (right(row) + GAP) };
    const beforeStart = { left: MARGIN, room: row.left - GAP - MARGIN };
    const order = rtl ? [beforeStart, afterEnd] : [afterEnd, beforeStart];
    const boxes: Box[] = [];
    for (const side of order) {
      const w = Math.min(width, side.room);
      if (w < Math.min(width, MIN_BESIDE_WIDTH)) continue;
      const left = side === afterEnd ? side.left : row.left - GAP - w;
      const top = Math.min(Math.max(MARGIN, bottom(composer) - h), vp.height - MARGIN - h);
      boxes.push({ left, top, width: w, height: h });
    }
    return boxes;
  };

  const candidates = (h: number): [Side, Box][] => [
    ['above', { left: startLeft(width), top: composer.top - GAP - h, width, height: h }],
    ['below', { left: startLeft(width), top: bottom(composer) + GAP, width, height: h }],
    ...besideBoxes(h).map((b) => ['beside', b] as [Side, Box]),
    ['above-end', { left: endLeft(width), top: composer.top - GAP - h, width, height: h }],
  ];
  const result = (side: Side, b: Box, maxHeight: number, coversMessage = false): Placement => ({
    left: Math.round(b.left),
    top: Math.round(b.top),
    side,
    maxHeight: Math.floor(maxHeight),
    maxWidth: Math.floor(b.width),
    coversMessage,
  });

  // 1. The whole bubble somewhere that covers nothing.
  for (const [side, b] of candidates(height)) if (inside(b) && clear(b, true)) return result(side, b, height);

  // 2. Shrunk (scrolling inside) where it still covers nothing: the side with the most room.
  let best: { side: Side; box: Box; room: number } | null = null;
  for (const [side, room] of rooms(true)) {
    if (room < MIN_HEIGHT || (best && best.room >= room)) continue;
    const h = Math.min(height, room);
    const b = candidates(h).find(([s]) => s === side)![1];
    if (inside(b) && clear(b, true)) best = { side, box: b, room };
  }
  if (best) return result(best.side, best.box, best.room);

  // 3. Nowhere without covering the message: above or below, whichever has more room, never
  //    over the composer row; still inside the viewport.
  const above = rowRoomAbove();
  const below = rowRoomBelow();
  const side: Side = above >= below ? 'above' : 'below';
  const room = Math.max(above, below);
  if (room >= 48) {
    const h = Math.min(height, room);
    const top = side === 'above' ? composer.top - GAP - h : bottom(composer) + GAP;
    const b = { left: startLeft(width), top: Math.max(MARGIN, top), width, height: h };
    return result(side, b, h, soft.some((m) => overlaps(b, m)));
  }
  // 4. The composer fills the window (a huge draft in an editor that grows): the top of the
  //    viewport, short and scrolling; the caret is at the bottom, where the person types.
  const h = Math.min(height, Math.max(48, Math.floor(vp.height / 3)));
  const b = { left: startLeft(width), top: MARGIN, width, height: h };
  return result('above', b, h, soft.some((m) => overlaps(b, m)));

  // Vertical room inside the viewport above / below the composer (ignoring messages).
  function rowRoomAbove() {
    return composer.top - GAP - MARGIN;
  }
  function rowRoomBelow() {
    return vp.height - MARGIN - (bottom(composer) + GAP);
  }
  /** Room for each side that covers no message (above: down from the lowest message above). */
  function rooms(avoidMessages: boolean): [Side, number][] {
    const column = { left: startLeft(width), top: 0, width, height: composer.top };
    const endColumn = { left: endLeft(width), top: 0, width, height: composer.top };
    const ceiling = (col: Box) =>
      Math.max(MARGIN, ...(avoidMessages ? soft.filter((m) => overlaps(m, col)).map((m) => bottom(m) + GAP) : []));
    return [
      ['above', composer.top - GAP - ceiling(column)],
      ['below', rowRoomBelow()],
      ['above-end', composer.top - GAP - ceiling(endColumn)],
    ];
  }
}

function union(boxes: Box[]): Box {
  const l = Math.min(...boxes.map((b) => b.left));
  const t = Math.min(...boxes.map((b) => b.top));
  const r = Math.max(...boxes.map(right));
  const btm = Math.max(...boxes.map(bottom));
  return { left: l, top: t, width: r - l, height: btm - t };
}
