/**
 * Keeping the first hint after a quiet minute on time. Chrome stops an extension's service worker
 * after ~30 s without events, and the analysis lives there: the first analysis after that pays
 * for starting the worker, evaluating background.js (compromise) and compromise's first parse,
 * ~600 ms on top of the usual round trip. So the watcher wakes it while the person is still
 * typing: on every focus of a composer and on every keystroke — which costs one boolean check
 * while the worker is known to be up.
 *
 * "Known to be up" is an open port to the background: Chrome disconnects it when the worker stops
 * (an open port does not keep the worker alive; only messages do), so the next focus or key
 * connects again, which starts the worker and warms the analysis. No timers, no polling, and the
 * worker is never kept alive by Attune.
 */
export interface PortLike {
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
}

/** The port's name the background answers with a warm-up (utils/watcher/analysis-host.ts). */
export const WAKE_PORT = 'attune-wake';

export class WorkerWake {
  private port: PortLike | null = null;
  constructor(private connect: () => PortLike) {}

  /** Start (and warm) the worker unless it is known to be running. Cheap: call it on every key. */
  wake(): void {
    if (this.port) return;
    try {
      const port = this.connect();
      this.port = port;
      port.onDisconnect.addListener(() => {
        if (this.port === port) this.port = null;
      });
    } catch {
      // The extension was reloaded (context invalidated): the watcher stops on its own.
      this.port = null;
    }
  }

  get awake(): boolean {
    return this.port !== null;
  }

  close(): void {
    this.port?.disconnect();
    this.port = null;
  }
}
