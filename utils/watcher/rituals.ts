/**
 * Rituals: the repair word (typing it earns a deposit and cools the conversation), heat
 * (several findings within minutes: the hint offers the repair word and Silent Sync), and Silent
 * Sync itself (five slow breaths, then a deposit).
 */
import { HeatTracker, countRepairWord } from './heat';
import type { Session } from './sessions';
import type { Guard } from './types';

export const SILENT_SYNC_BREATHS = 5;
export const BREATH_MS = 8000;

/** The parts of the hint controller rituals drive. */
export interface RitualHint {
  hide(): void;
  showAck(text: string): void;
  showSilentSync(breaths: number): boolean;
  breathe(): number;
  endSilentSync(): void;
}

export interface RitualsEnv {
  hint: RitualHint;
  /** A trust-bank deposit (outcomes.deposit). */
  deposit(kind: 'repair' | 'silent-sync', note?: string): void;
  repairWord(): string;
  now(): number;
  guard: Guard;
}

export class Rituals {
  private heat = new HeatTracker();
  private breathTimer: ReturnType<typeof setInterval> | null = null;

  constructor(private env: RitualsEnv) {}

  /** `count` findings were shown for the first time; returns whether the conversation runs hot. */
  noteFindings(count: number): boolean {
    const t = this.env.now();
    for (let i = 0; i < count; i++) this.heat.note(t);
    return this.heat.isHot(t);
  }

  /** A changed draft: a repair word more than last time is a repair (the first look only counts). */
  noticeRepair(s: Session, text: string) {
    const word = this.env.repairWord();
    const count = countRepairWord(text, word);
    if (s.repairCount >= 0 && count > s.repairCount) {
      this.env.deposit('repair', word);
      this.heat.reset();
      this.env.hint.showAck(`Repair noticed: “${word}”. A deposit in your trust bank.`);
    }
    s.repairCount = text.trim() ? count : 0;
  }

  /** The hint's "insert the repair word" button: at the caret, after a space. */
  insertRepairWord(s: Session | null) {
    const word = this.env.repairWord();
    if (!s || !word) return;
    this.env.hint.hide();
    void s.adapter.insertAtCaret(` ${word}`);
  }

  startSilentSync() {
    const { hint, guard } = this.env;
    if (this.breathTimer) clearInterval(this.breathTimer);
    if (!hint.showSilentSync(SILENT_SYNC_BREATHS)) return;
    this.breathTimer = setInterval(
      guard(() => {
        if (hint.breathe() > 0) return;
        this.stopSilentSync();
        this.env.deposit('silent-sync');
        this.heat.reset();
        hint.showAck('Silent Sync done. A deposit in your trust bank.');
      }),
      BREATH_MS,
    );
  }

  stopSilentSync() {
    if (this.breathTimer) clearInterval(this.breathTimer);
    this.breathTimer = null;
    this.env.hint.endSilentSync();
  }

  /** Another conversation: its heat starts cold. */
  reset() {
    this.heat = new HeatTracker();
  }

  stop() {
    if (this.breathTimer) clearInterval(this.breathTimer);
  }
}
