/**
 * Draft analysis: after the typing pause, the active composer's draft goes to the background's
 * analysis host, and the reply is stored in its session — unless it is stale (a newer request,
 * another composer, or a draft that changed on the way). Owns the pause timer.
 */
import type { AnalysisReply, AnalysisRequest } from './analysis-protocol';
import { PauseTimer } from './typing';
import { Sessions, type Session } from './sessions';
import type { Config } from './config';
import type { Guard } from './types';

export interface DraftAnalysisEnv {
  analyze(req: AnalysisRequest): Promise<AnalysisReply>;
  sessions: Sessions;
  config: Pick<Config, 'settings' | 'init' | 'isOn' | 'analysisOptions'>;
  partnerMessage(): string | undefined;
  guard: Guard;
  stopped(): boolean;
  /** The draft differs from the one last analysed (the repair word is counted here). */
  changed(s: Session, text: string): void;
  /** A reply is stored in `s` (outcomes settle here). */
  analysed(s: Session): void;
  /** Show what `s` holds (the hint decides whether there is anything to show). */
  show(s: Session): unknown;
  /** Hide the hint: for `s` only, or whatever it shows (null). */
  hide(s: Session | null): void;
}

export class DraftAnalysis {
  private timer: PauseTimer;

  constructor(private env: DraftAnalysisEnv) {
    this.timer = new PauseTimer(env.guard(() => this.run()), 400);
  }

  set delayMs(ms: number) {
    this.timer.delayMs = ms;
  }

  /** Input happened: analyse once it pauses. */
  poke() {
    this.timer.poke();
  }
  cancel() {
    this.timer.cancel();
  }

  /** Something besides the text changed (settings, not-a-pattern, partner message): analyse again. */
  forceReanalyse() {
    const { active, focused } = this.env.sessions;
    if (active) active.analysedText = null;
    if (active && focused) this.timer.poke();
  }

  /** Analyse the active composer's draft now (the pause timer calls this). */
  async run(): Promise<unknown> {
    const env = this.env;
    const sessions = env.sessions;
    const s = sessions.active;
    if (!s || !sessions.focused || sessions.composing || env.stopped()) return;
    if (!env.config.settings) await env.config.init();
    if (!env.config.isOn()) return env.hide(null);
    const text = s.adapter.read();
    const partnerMessage = env.partnerMessage();
    // Same text and context as last time (refocus, composition ended, undo back to it): show what we know.
    if (text === s.analysedText && partnerMessage === s.analysedPartner) return env.show(s);
    env.changed(s, text);
    if (!text.trim()) {
      Sessions.store(s, text, partnerMessage, { findings: [], rephrasings: [], safetyNote: null });
      return env.hide(s);
    }
    const seq = ++s.seq;
    const reply = await env.analyze({
      draftId: s.draftId,
      text,
      context: { ...s.typing.context(), partnerMessage },
      ...env.config.analysisOptions(),
    });
    if (seq !== s.seq || s !== sessions.active || env.stopped()) return;
    if (s.adapter.read() !== text) {
      // The draft changed while we waited (typing, or an editor such as Slate still re-rendering
      // after a select-all + delete). Analyse again after a pause; if typing goes on, input keeps
      // pushing the pause back, so this costs nothing extra.
      this.timer.poke();
      return;
    }
    Sessions.store(s, text, partnerMessage, reply);
    env.analysed(s);
    if (s.dismissedText !== null && s.dismissedText !== text) s.dismissedText = null;
    // Not awaited: the caller (the pause timer, analyzeNow) is done once the reply is stored.
    void env.show(s);
  }
}
