import { describe, expect, it } from 'vitest';
import { GAP, placeHint } from '../../components/hint/placement';

describe('hint placement never covers the composer', () => {
  const vp = { width: 1000, height: 800 };
  it('goes above a composer at the bottom', () => {
    const p = placeHint({ left: 100, top: 700, width: 600, height: 40 }, { width: 300, height: 150 }, vp);
    expect(p.side).toBe('above');
    expect(p.top + 150).toBeLessThanOrEqual(700 - GAP);
  });
  it('goes below a composer at the top', () => {
    const p = placeHint({ left: 100, top: 20, width: 600, height: 40 }, { width: 300, height: 150 }, vp);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(60 + GAP);
  });
  it('scrolls instead of covering the composer when neither side has room (a short iframe)', () => {
    const anchor = { left: 10, top: 200, width: 600, height: 44 };
    const p = placeHint(anchor, { width: 300, height: 260 }, { width: 640, height: 360 });
    expect(p.top + Math.min(260, p.maxHeight)).toBeLessThanOrEqual(anchor.top - GAP);
    expect(p.top).toBeGreaterThanOrEqual(0);
  });
  it('aligns to the right edge in RTL and stays on screen', () => {
    const p = placeHint({ left: 700, top: 700, width: 290, height: 40 }, { width: 300, height: 150 }, vp, true);
    expect(p.left + 300).toBeLessThanOrEqual(1000);
  });
});
