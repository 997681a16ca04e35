/**
 * What the hint's buttons (and its keys) do: use a rephrasing, dismiss, "not a pattern", Silent
 * Sync, insert the repair word. Each is guarded; this object is the one way user actions on the
 * hint enter the watcher.
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

  /** Replace the rephrasing's range in the composer; false when the draft moved on or the editor refused. */
  async function use(index: number): Promise<boolean> {
    const s = sessions.active;
    const st = hint.state;
    if (!s || !st || st.mode !== 'finding') return false;
    const r = st.rephrasings[index];
    if (!r) return false;
    const current = s.adapter.read();
    if (current !== s.analysedText) {
      analysis.forceReanalyse();
      return false;
    }
    const covered = barriersOf(s.findings).filter((f) => f.start >= r.start && f.end <= r.end);
    hint.hide();
    const ok = await s.adapter.replace(r.start, r.end, r.text);
    if (!ok) {
      console.warn('[Attune] the editor did not take the rephrasing', s.adapter.kind);
      analysis.forceReanalyse();
      return false;
    }
    outcomes.used(s, covered.length ? covered : [st.finding!], current);
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

  return {
    use: guard((i: number) => use(i)),
    dismiss: guard(dismiss),
    notAPattern: guard(notAPattern),
    silentSync: guard(() => rituals.startSilentSync()),
    stopSilentSync: guard(() => rituals.stopSilentSync()),
    insertRepairWord: guard(() => rituals.insertRepairWord(sessions.active)),
  };
}
