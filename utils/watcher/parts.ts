/**
 * Assembles the watcher's parts and the few connections between them (who tells whom what
 * happened). start.ts calls this once, then feeds the parts events.
 */
import { Config } from './config';
import { DraftAnalysis } from './draft-analysis';
import { createHintActions } from './hint-actions';
import { HintController } from './hint-controller';
import { Outcomes, type SentDraft } from './outcomes';
import { PartnerMessage } from './partner-message';
import { createPopupApi } from './popup-api';
import { Rituals } from './rituals';
import { SendDetection } from './send-detection';
import { Sessions, barriersOf, type Session } from './sessions';
import type { AttuneDeps, Guard } from './types';

export interface PartsEnv {
  now(): number;
  guard: Guard;
  report(error: unknown): void;
  stopped(): boolean;
  /** Settings are read: the popup's handlers may register now (their unregister function). */
  onReady(unregister: () => void): void;
}

export type Parts = ReturnType<typeof assembleParts>;

export function assembleParts(deps: AttuneDeps, env: PartsEnv) {
  const { now, guard, report, stopped } = env;
  const sessions = new Sessions();
  const partner = new PartnerMessage(deps.partnerMessage && (() => deps.partnerMessage?.()));
  const sendDetection = new SendDetection(guard);
  const popupApi = createPopupApi(deps.host, () => sessions.lastActive);
  const config: Config = new Config({
    deps,
    now,
    guard,
    onSettings(s) {
      analysis.delayMs = s.pauseDelayMs;
      if (!config.isOn()) hint.hide();
      else analysis.forceReanalyse();
    },
    onNotAPattern: () => analysis.forceReanalyse(),
    onReady: () => deps.registerPopupHandlers && env.onReady(deps.registerPopupHandlers(popupApi)),
  });
  const repairWord = () => config.settings?.repairRitual.word ?? '';
  const outcomes = new Outcomes({
    host: deps.host,
    now,
    send: deps.send.bind(deps) as AttuneDeps['send'],
    report,
    storeSnippets: () => !!config.settings?.storeSnippets,
  });
  const hint: HintController = new HintController({
    createHintHost: () => deps.createHintHost(),
    mountHint: (host, a) => deps.mountHint(host, a),
    actions: () => actions,
    guard,
    stopped,
    active: () => sessions.active,
    focused: () => sessions.focused,
    composing: () => sessions.composing,
    look: () => ({ theme: config.settings?.theme ?? 'system', repairWord: repairWord() }),
    // Each finding shown for the first time warms the conversation.
    onShown: (s, barriers) => rituals.noteFindings(outcomes.shown(s, barriers)),
  });
  const rituals = new Rituals({ hint, deposit: (kind, note) => outcomes.deposit(kind, note), repairWord, now, guard });
  const analysis = new DraftAnalysis({
    analyze: (req) => deps.analyze(req),
    sessions,
    config,
    guard,
    stopped,
    partnerMessage: () => partner.current(),
    changed: (s, text) => {
      rituals.noticeRepair(s, text);
      // Emptied without a send: what the hint flagged was deleted, not rephrased.
      if (!text.trim()) outcomes.emptied(s);
    },
    analysed: (s) => outcomes.analysed(s, barriersOf(s.findings)),
    show: (s) => hint.render(s),
    hide: (s) => (s ? hint.hideFor(s) : hint.hide()),
  });
  const actions = createHintActions({ sessions, hint, outcomes, rituals, config, analysis, guard });

  /** Another conversation (location change): every draft session, heat, partner message and the hint reset. */
  function newConversation() {
    const was = sessions.reset();
    if (was) outcomes.forget(was);
    rituals.reset();
    partner.clear();
    analysis.cancel();
    hint.hide();
  }
  /** The draft went out: the selected message served it, hints settle, the composer starts afresh. */
  function draftSent(s: Session, partnerAtGesture: string | null, draft?: SentDraft) {
    partner.servedBy(partnerAtGesture);
    outcomes.sent(s, draft);
    Sessions.sent(s);
    hint.hideFor(s);
  }
  function stop() {
    analysis.cancel();
    rituals.stop();
    config.stop();
    hint.stop();
  }
  return { sessions, partner, sendDetection, config, outcomes, hint, rituals, analysis, newConversation, draftSent, stop };
}
