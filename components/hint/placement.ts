/**
 * Where the hint goes: above the composer (messaging composers sit at the bottom of the window,
 * so above covers only old messages), or below when there is no room above. It never overlaps
 * the composer's box, and the send button sits beside or inside that box, so it is never covered
 * either. Horizontal: aligned with the composer's start edge (right edge in RTL), kept on screen.
 */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'above' | 'below';
  /** When neither side has room for the whole bubble (a short iframe), it scrolls instead of overlapping. */
  maxHeight: number;
}

export const GAP = 8;

export function placeHint(anchor: Box, bubble: { width: number; height: number }, viewport: { width: number; height: number }, rtl = false): Placement {
  const roomAbove = anchor.top - GAP;
  const roomBelow = viewport.height - (anchor.top + anchor.height) - GAP;
  const side: Placement['side'] = roomAbove >= bubble.height || roomAbove >= roomBelow ? 'above' : 'below';
  const maxHeight = Math.max(48, Math.floor((side === 'above' ? roomAbove : roomBelow) - 4));
  const height = Math.min(bubble.height, maxHeight);
  const top = side === 'above' ? Math.max(4, anchor.top - GAP - height) : anchor.top + anchor.height + GAP;
  let left = rtl ? anchor.left + anchor.width - bubble.width : anchor.left;
  left = Math.min(Math.max(4, left), Math.max(4, viewport.width - bubble.width - 4));
  return { left: Math.round(left), top: Math.round(top), side, maxHeight };
}
