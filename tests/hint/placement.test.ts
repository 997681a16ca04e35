import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, MIN_HEIGHT, overlaps, placeHint, type Box, type PlaceInput } from '../../components/hint/placement';

const bubble = { width: 360, height: 150 };
const box = (p: { left: number; top: number; maxWidth: number; maxHeight: number }, natural = bubble): Box => ({
  left: p.left,
  top: p.top,
  width: Math.min(natural.width, p.maxWidth),
  height: Math.min(natural.height, p.maxHeight),
});
const insideViewport = (b: Box, vp: { width: number; height: number }) =>
  b.left >= MARGIN && b.top >= MARGIN && b.left + b.width <= vp.width - MARGIN && b.top + b.height <= vp.height - MARGIN;

/** A messaging app: composer at the bottom, send button at its end, the partner's message above on the left. */
function chat(vp = { width: 1280, height: 900 }, message: Box = { left: 220, top: 760, width: 300, height: 40 }): PlaceInput {
  return {
    composer: { left: 200, top: 820, width: 760, height: 44 },
    buttons: [{ left: 968, top: 820, width: 72, height: 44 }],
    messages: [message],
    bubble,
    viewport: vp,
  };
}

describe('placeHint', () => {
  it('goes above a bottom composer, aligned with its start, when that covers no message', () => {
    const input = chat(undefined, { left: 220, top: 200, width: 300, height: 40 });
    const p = placeHint(input);
    expect(p.side).toBe('above');
    expect(p.left).toBe(200);
    expect(p.top + bubble.height).toBe(820 - GAP);
    expect(p.coversMessage).toBe(false);
  });

  it('moves off the message being answered: beside the composer when the window is wide enough', () => {
    const input = chat({ width: 1500, height: 900 });
    const p = placeHint(input);
    expect(p.side).toBe('beside');
    const b = box(p);
    expect(b.left).toBeGreaterThanOrEqual(968 + 72 + GAP);
    expect(overlaps(b, input.messages![0])).toBe(false);
    expect(insideViewport(b, input.viewport)).toBe(true);
  });

  it('otherwise above at the composer’s end, where incoming messages are not', () => {
    const input = chat();
    const p = placeHint(input);
    expect(p.side).toBe('above-end');
    const b = box(p);
    expect(overlaps(b, input.messages![0])).toBe(false);
    expect(overlaps(b, input.composer)).toBe(false);
    expect(overlaps(b, input.buttons![0])).toBe(false);
  });

  it('goes below a composer that sits high on the page, when the room above holds the message', () => {
    const input: PlaceInput = {
      composer: { left: 16, top: 250, width: 540, height: 44 },
      buttons: [{ left: 564, top: 250, width: 70, height: 44 }],
      messages: [{ left: 16, top: 90, width: 404, height: 32 }],
      bubble: { width: 380, height: 170 },
      viewport: { width: 420, height: 800 },
    };
    const p = placeHint(input);
    expect(p.side).toBe('below');
    expect(p.top).toBe(250 + 44 + GAP);
    expect(insideViewport(box(p, input.bubble), input.viewport)).toBe(true);
  });

  it('shrinks to scroll inside the side with the most room rather than covering the message', () => {
    // A narrow window: the message fills the width above, 200 px are free between it and the composer.
    const input: PlaceInput = {
      composer: { left: 8, top: 560, width: 340, height: 60 },
      buttons: [{ left: 352, top: 560, width: 60, height: 60 }],
      messages: [{ left: 8, top: 100, width: 404, height: 240 }],
      bubble: { width: 380, height: 300 },
      viewport: { width: 420, height: 640 },
    };
    const p = placeHint(input);
    expect(p.side).toBe('above');
    expect(p.maxHeight).toBe(560 - GAP - (340 + GAP));
    expect(p.maxHeight).toBeGreaterThanOrEqual(MIN_HEIGHT);
    const b = box(p, input.bubble);
    expect(overlaps(b, input.messages![0])).toBe(false);
    expect(p.coversMessage).toBe(false);
  });

  it('covers the message only when nothing else has room, and never the composer or its buttons', () => {
    const input: PlaceInput = {
      composer: { left: 8, top: 300, width: 340, height: 44 },
      buttons: [{ left: 352, top: 300, width: 60, height: 44 }],
      messages: [{ left: 8, top: 230, width: 404, height: 60 }],
      bubble: { width: 380, height: 200 },
      viewport: { width: 420, height: 360 },
    };
    const p = placeHint(input);
    expect(p.coversMessage).toBe(true);
    const b = box(p, input.bubble);
    expect(overlaps(b, input.composer)).toBe(false);
    expect(overlaps(b, input.buttons![0])).toBe(false);
    expect(insideViewport(b, input.viewport)).toBe(true);
  });

  it('stays inside the viewport with a tall composer (a long draft) and a narrow window', () => {
    const vp = { width: 420, height: 800 };
    const input: PlaceInput = {
      composer: { left: 0, top: 380, width: 560, height: 200 },
      buttons: [{ left: 570, top: 536, width: 70, height: 44 }],
      messages: [{ left: 16, top: 90, width: 250, height: 32 }],
      bubble: { width: 380, height: 260 },
      viewport: vp,
    };
    const p = placeHint(input);
    const b = box(p, input.bubble);
    expect(insideViewport(b, vp)).toBe(true);
    expect(overlaps(b, input.composer)).toBe(false);
  });

  it('is never wider than the viewport allows', () => {
    const p = placeHint({ composer: { left: 0, top: 500, width: 300, height: 40 }, bubble: { width: 380, height: 100 }, viewport: { width: 320, height: 600 } });
    expect(p.maxWidth).toBe(320 - 2 * MARGIN);
    expect(p.left).toBe(MARGIN);
  });

  it('a composer that fills the window: a short bubble at the top, inside the viewport', () => {
    const vp = { width: 800, height: 400 };
    const p = placeHint({ composer: { left: 0, top: 10, width: 800, height: 385 }, bubble: { width: 360, height: 200 }, viewport: vp });
    expect(insideViewport(box(p, { width: 360, height: 200 }), vp)).toBe(true);
    expect(p.maxHeight).toBeLessThan(200);
  });

  it('right-to-left: aligned with the composer’s right edge', () => {
    const p = placeHint({ composer: { left: 700, top: 700, width: 290, height: 40 }, bubble: { width: 300, height: 150 }, viewport: { width: 1000, height: 800 }, rtl: true });
    expect(p.side).toBe('above');
    expect(p.left + 300).toBe(990);
  });
});
