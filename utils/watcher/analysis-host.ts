/**
 * Where compromise lives: once, in the background, for every tab.
 *
 * compromise costs ~12 MB of JS heap and ~45 ms to initialise. The content script runs in every
 * frame of every messaging tab a person keeps open, so loading it there would cost 12 MB per
 * tab (and per frame) on first focus. The background already carries the analysis engine for
 * the context menu and the popup, so here it costs nothing extra; the content script stays small
 * (see scripts/bench-typing.ts for the measured figures). A draft crosses one runtime message
 * per pause (never per keystroke); it never leaves the browser.
 *
 * One IncrementalAnalyzer per draft (sender tab + frame + draft id), so after a pause only the
 * edited sentences are parsed again; a 50,000-character paste is parsed in slices with a yield
 * between them (analyzeChunked) so other tabs' requests are not held up.
 */
import { IncrementalAnalyzer, analyze } from '../analysis';
import type { AnalysisReply, AnalysisRequest } from './analysis-protocol';
import { analysisMessaging } from './analysis-protocol';
import type { AnalysisContext, Finding, Rephrasing } from '../analysis/types';
import { browser } from 'wxt/browser';
import { WAKE_PORT } from './wake';

export interface AnalysisExtras {
  /** Rewrites fitted to the partner's message when the request carries one (context.partnerMessage). */
  rephrase?: (text: string, findings: Finding[], context?: AnalysisContext) => Rephrasing[];
  /** Returns the safety note for a draft that speaks of self-harm, suicide or abuse, else null. */
  safety?: (text: string, crisisLine?: string) => string | null;
}

const MAX_DRAFTS = 32;

export function createAnalysisHost(extras: AnalysisExtras = {}) {
  const analyzers = new Map<string, IncrementalAnalyzer>();
  const analyzerFor = (key: string) => {
    let a = analyzers.get(key);
    if (a) analyzers.delete(key);
    else a = new IncrementalAnalyzer(2000);
    analyzers.set(key, a); // most recent last
    while (analyzers.size > MAX_DRAFTS) analyzers.delete(analyzers.keys().next().value as string);
    return a;
  };
  return {
    async analyze(req: AnalysisRequest, senderKey = ''): Promise<AnalysisReply> {
      const t0 = performance.now();
      const text = String(req.text ?? '').slice(0, 100_000);
      const safetyNote = extras.safety?.(text, req.crisisLine) ?? null;
      let findings: Finding[];
      try {
        const chunked = await analyzerFor(`${senderKey}:${req.draftId}`).analyzeChunked(text, req.context, req.options, {
          yieldFn: () => new Promise((r) => setTimeout(r, 0)),
        });
        findings = chunked ?? analyze(text, req.context, req.options);
      } catch {
        findings = analyze(text, req.context, req.options);
      }
      let rephrasings: Rephrasing[] = [];
      if (!safetyNote && extras.rephrase && findings.some((f) => f.category !== 'reflective')) {
        try {
          rephrasings = extras.rephrase(text, findings, req.context);
        } catch (error) {
          console.warn('[Attune] rephrase failed', error);
        }
      }
      return { findings, rephrasings, safetyNote, ms: performance.now() - t0 };
    },
    forget(draftId: string, senderKey = '') {
      analyzers.delete(`${senderKey}:${draftId}`);
    },
  };
}

/** Background: answer the content scripts' (and the practice page's) analysis requests. */
export function startAnalysisHost(extras: AnalysisExtras = {}): () => void {
  const host = createAnalysisHost(extras);
  let warmed = false;
  const keyOf = (sender: { tab?: { id?: number }; frameId?: number; url?: string } | undefined) =>
    `${sender?.tab?.id ?? sender?.url ?? '?'}:${sender?.frameId ?? 0}`;
  // A composer was focused or typed in while this worker was not running: pay compromise's
  // first-parse cost now, while the person is still typing, not after the pause.
  const warm = () => {
    if (warmed) return;
    warmed = true;
    const text = 'you should just calm down, you never listen';
    try {
      extras.rephrase?.(text, analyze(text));
    } catch {
      /* a warm-up only: the real analysis reports its own errors */
    }
  };
  // The wake port (utils/watcher/wake.ts): connecting it is what starts this worker; it stays open
  // so the tab learns when the worker stops (Chrome disconnects it then).
  const onConnect = (port: { name: string }) => {
    if (port.name !== WAKE_PORT) return;
    // After the connect event's task, so the tab's connection is not held up by the parse.
    setTimeout(warm, 0);
  };
  browser.runtime.onConnect.addListener(onConnect);
  const offs = [
    analysisMessaging.onMessage('attuneAnalyze', (msg) => host.analyze(msg.data, keyOf(msg.sender))),
    analysisMessaging.onMessage('attuneWarm', () => {
      warm();
      return true;
    }),
    analysisMessaging.onMessage('attuneForget', (msg) => host.forget(msg.data, keyOf(msg.sender))),
    () => browser.runtime.onConnect.removeListener(onConnect),
  ];
  return () => offs.forEach((off) => off());
}
