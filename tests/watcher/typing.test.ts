import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PauseTimer, TypingContext } from '../../utils/watcher/typing';
import { HeatTracker, countRepairWord } from '../../utils/watcher/heat';

describe('the pause timer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  it('fires once, delayMs after the last keystroke, arming one timeout per pause', () => {
    const fire = vi.fn();
    const spy = vi.spyOn(globalThis, 'setTimeout');
    const t = new PauseTimer(fire, 400, () => Date.now());
    for (let i = 0; i < 20; i++) {
      t.poke();
      vi.advanceTimersByTime(50);
    }
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(fire).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls.length).toBeLessThan(6);
  });
});

describe('typing context', () => {
  it('reports time since focus and burst speed', () => {
    const c = new TypingContext();
    c.focus(1000);
    for (let i = 0; i <= 10; i++) c.noteInput(2000 + i * 100, 1);
    const ctx = c.context();
    expect(ctx.msSinceFocus).toBe(2000);
    expect(ctx.burstCharsPerSecond).toBe(11);
  });
});

describe('heat and the repair word', () => {
  it('is hot after three findings within five minutes', () => {
    const h = new HeatTracker();
    h.note(0);
    h.note(60_000);
    expect(h.isHot(60_000)).toBe(false);
    h.note(120_000);
    expect(h.isHot(120_000)).toBe(true);
    expect(h.isHot(120_000 + 5 * 60_000)).toBe(false);
  });
  it('counts the repair word as a whole word only', () => {
    expect(countRepairWord('Pineapple. ok pineapple', 'pineapple')).toBe(2);
    expect(countRepairWord('pineapples', 'pineapple')).toBe(0);
    expect(countRepairWord('anything', '')).toBe(0);
  });
});
