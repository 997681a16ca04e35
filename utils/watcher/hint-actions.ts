/**
 * What the hint's buttons (and its keys) do: use a rephrasing, dismiss, "not a pattern", Silent
 * Sync, insert the repair word, "+N more", back to the composer. Each is guarded; this object is
 * the one way user actions on the hint enter the watcher. An action taken with focus inside the
 * hint (keyboard users) returns focus to the composer, caret where it was; one taken by mouse
 * never moved focus at all.
 */
import type { HintActions } from '../../components/hint/types';
import type { Config } from './config';
import type { DraftAnalysis } from './draft-analysis';
import type { HintController } from './hint-controller';
import type { Outcomes } from './outcomes';
import type { Rituals } from './rituals';
import { barriersOf, type Sessions } from './sessions';
import type { Guard } from './types';

export interface HintActionsEnv {
  sessions: Sessions;
  hint: HintController;
  outcomes: Outcomes;
  rituals: Rituals;
  config: Config;
  analysis: DraftAnalysis;
  guard: Guard;
}

export function createHintActions(env: HintActionsEnv): HintActions {
  const { sessions, hint, outcomes, rituals, analysis, guard } = env;
  /** A rephrasing is being written into the editor: a second press (key repeat) is not a second action. */
  let applying = false;

  /** Replace the rephrasing's range in the composer; false when the draft moved on or the editor refused. */
  async function use(index: number): Promise<boolean> {
    const s = sessions.active;
    const st = hint.state;
    if (!s || !st || st.mode !== 'finding') return false;
    const r = st.rephrasings[index];
    // An "ask first" question is shown, never inserted (no rewrite passed the quality gate).
    if (!r || r.kind === 'ask') return false;
    const current = s.adapter.read();
    if (current !== s.analysedText) {
      analysis.forceReanalyse();
      return false;
    }
    if (applying) return false;
    const covered = barriersOf(s.findings).filter((f) => f.start >= r.start && f.end <= r.end);
    const shown = st.finding!;
    hint.hide();
    applying = true;
    const ok = await s.adapter.replace(r.start, r.end, r.text).finally(() => (applying = false));
    if (!ok) {
      console.warn('[Attune] the editor did not take the rephrasing', s.adapter.kind);
      analysis.forceReanalyse();
      return false;
    }
    // The finding the hint showed first: that is what the person acted on.
    outcomes.used(s, [shown, ...covered.filter((f) => f !== shown)], current);
    return true;
  }

  function dismiss() {
    const s = sessions.active;
    const st = hint.state;
    if (!st) return;
    if (st.mode === 'silent-sync') return rituals.stopSilentSync();
    if (s && (st.mode === 'finding' || st.mode === 'safety')) {
      // Hidden until the text changes.
      s.dismissedText = s.analysedText;
      outcomes.dismissed(s, st.finding);
    }
    hint.hide();
  }

  function notAPattern() {
    const s = sessions.active;
    const f = hint.state?.finding;
    if (!s || !f) return;
    env.config.addNotAPattern(outcomes.notAPattern(s, f));
    hint.hide();
    analysis.forceReanalyse();
  }

  /** Taken from inside the hint: focus goes back to the composer (before the hint re-renders). */
  const thenBack =
    <A extends unknown[]>(fn: (...args: A) => unknown) =>
    (...args: A) => {
      const fromHint = hint.hasFocus();
      if (fromHint) hint.backToComposer();
      return fn(...args);
    };

  return {
    use: guard(thenBack((i: number) => use(i))),
    dismiss: guard(thenBack(dismiss)),
    notAPattern: guard(thenBack(notAPattern)),
    silentSync: guard(thenBack(() => rituals.startSilentSync())),
    stopSilentSync: guard(thenBack(() => rituals.stopSilentSync())),
    insertRepairWord: guard(thenBack(() => rituals.insertRepairWord(sessions.active))),
    nextFinding: guard(() => hint.nextFinding()),
    leave: guard(() => hint.backToComposer()),
    resized: () => hint.bubbleResized(),
  };
}
