/**
 * Typing context and the pause timer. Keystroke handlers only call `noteInput()`: two numbers
 * and, at most, one setTimeout per pause (the timer re-arms itself for the remainder instead of
 * being cleared and set on every keystroke).
 */
import type { AnalysisContext } from '../analysis/types';

/** A gap longer than this starts a new typing burst. */
export const BURST_GAP_MS = 1500;

export class TypingContext {
  focusedAt = 0;
  burstStart = 0;
  burstChars = 0;
  lastInputAt = 0;

  focus(now: number) {
    this.focusedAt = now;
    this.burstStart = 0;
    this.burstChars = 0;
  }
  noteInput(now: number, chars: number) {
    if (!this.burstStart || now - this.lastInputAt > BURST_GAP_MS) {
      this.burstStart = now;
      this.burstChars = 0;
    }
    this.burstChars += chars;
    this.lastInputAt = now;
  }
  /** What analyze() may use: time since focus at the end of the last burst, burst speed. */
  context(): AnalysisContext {
    if (!this.burstStart) return {};
    const seconds = Math.max(0.25, (this.lastInputAt - this.burstStart) / 1000);
    return {
      msSinceFocus: Math.max(0, this.lastInputAt - this.focusedAt),
      burstCharsPerSecond: Math.round((this.burstChars / seconds) * 10) / 10,
    };
  }
}

/** Calls `fire` once input has paused for `delayMs`. */
export class PauseTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private last = 0;
  constructor(
    private fire: () => void,
    public delayMs: number,
    private now: () => number = () => performance.now(),
  ) {}
  /** Note an input; cheap enough for every keystroke. */
  poke() {
    this.last = this.now();
    if (!this.timer) this.arm(this.delayMs);
  }
  cancel() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
  get pending() {
    return this.timer !== null;
  }
  private arm(ms: number) {
    this.timer = setTimeout(() => {
      this.timer = null;
      const left = this.delayMs - (this.now() - this.last);
      if (left > 1) this.arm(left);
      else this.fire();
    }, ms);
  }
}
