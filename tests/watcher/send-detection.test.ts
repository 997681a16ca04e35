import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SendDetection } from '../../utils/watcher/send-detection';
import { makeGuard } from '../../utils/watcher/types';

function setup(text: string) {
  const composer = { el: { isConnected: true }, value: text, read() { return this.value; } };
  const onSent = vi.fn();
  const detection = new SendDetection(makeGuard((e) => { throw e; }));
  return { composer, onSent, gesture: () => detection.gesture(composer, onSent) };
}

describe('send detection', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('Enter, then the composer empties: sent, once', async () => {
    const t = setup('you never listen');
    t.gesture();
    t.composer.value = '';
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.onSent).toHaveBeenCalledTimes(1);
  });

  it('counts an app that clears the composer late (before the second check)', async () => {
    const t = setup('you never listen');
    t.gesture();
    await vi.advanceTimersByTimeAsync(300);
    expect(t.onSent).not.toHaveBeenCalled();
    t.composer.value = '  ';
    await vi.advanceTimersByTimeAsync(700);
    expect(t.onSent).toHaveBeenCalledTimes(1);
  });

  it('is not a send when the composer keeps its text (Enter made a new line, a click elsewhere)', async () => {
    const t = setup('you never listen');
    t.gesture();
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.onSent).not.toHaveBeenCalled();
  });

  it('sends nothing from an empty composer', async () => {
    const t = setup('   ');
    t.gesture();
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.onSent).not.toHaveBeenCalled();
  });

  it('counts a composer the app removed from the page as sent', async () => {
    const t = setup('you never listen');
    t.gesture();
    t.composer.el.isConnected = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(t.onSent).toHaveBeenCalledTimes(1);
  });
});
