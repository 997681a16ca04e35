/**
 * Send detection: a send gesture (Enter in the composer, or a click elsewhere such as the send
 * button) followed by the composer emptying means the draft went out. Apps clear the composer
 * at different speeds, so it is checked twice.
 */
import type { Guard } from './types';

export const SENT_CHECK_MS = [150, 600];

/** What send detection reads of a composer. */
export interface SendableComposer {
  el: { readonly isConnected: boolean };
  read(): string;
}

export class SendDetection {
  constructor(
    private guard: Guard,
    // Called as a plain function: setTimeout invoked as a method of this class throws "Illegal invocation".
    private schedule: (fn: () => void, ms: number) => unknown = (fn, ms) => setTimeout(fn, ms),
  ) {}

  /**
   * A send gesture on `composer`. When it held text and is empty (or gone) at a later check,
   * `onSent` runs, once for this gesture. A composer that was already empty sends nothing.
   */
  gesture(composer: SendableComposer, onSent: () => void) {
    if (!composer.read().trim()) return;
    let sent = false;
    for (const ms of SENT_CHECK_MS) {
      this.schedule(
        this.guard(() => {
          if (sent || (composer.el.isConnected && composer.read().trim())) return;
          sent = true;
          onSent();
        }),
        ms,
      );
    }
  }
}
