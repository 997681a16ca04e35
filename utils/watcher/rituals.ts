/**
 * Rituals: the repair word (typing it earns a deposit and cools the conversation), heat
 * (several findings within minutes: the hint offers the repair word and Silent Sync), and Silent
 * Sync itself (five slow breaths, then a deposit).
 *
 * Only the user's own typing earns the repair deposit (issue 15). A page can put any text in its
 * composer and call focus() (a trusted focus event), or call document.execCommand('insertText'),
 * whose `input` event is trusted too; neither fires a `beforeinput`. So the deposit needs both:
 * the draft holds more repair words than at the last look, and the text the user entered through
 * trusted `beforeinput` events since then (keys, IME composition, paste, drop, autocorrect; see
 * `typedText()`) completed the word. The hint's "insert the repair word" button (a trusted click)
 * counts as typing it.
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

/** The text a `beforeinput` adds to the draft (null: it adds none, e.g. a deletion or formatting). */
export function typedText(e: InputEvent): string | null {
  if (!e.inputType.startsWith('insert')) return null;
  if (e.inputType === 'insertLineBreak' || e.inputType === 'insertParagraph') return '\n';
  // textarea/input carry the text in `data`; contenteditable paste, drop and autocorrect in dataTransfer.
  return e.data ?? e.dataTransfer?.getData('text/plain') ?? null;
}

/** How much of what the user typed is kept: enough for any repair word (≤ 200 characters). */
const TAIL_MAX = 512;

/** What the user typed into one draft, as far as the repair word is concerned. */
interface Typed {
  /** The end of the text entered through trusted input, in order (the caret's moves ignored). */
  tail: string;
  /** The tail before the IME composition now in progress (each composition update replaces it). */
  beforeComposition: string | null;
  /** Repair words the typing completed since the last look at the draft. */
  completed: number;
}

export class Rituals {
  private heat = new HeatTracker();
  private typed = new WeakMap<Session, Typed>();
  private breathTimer: ReturnType<typeof setInterval> | null = null;

  constructor(private env: RitualsEnv) {}

  /** `count` findings were shown for the first time; returns whether the conversation runs hot. */
  noteFindings(count: number): boolean {
    const t = this.env.now();
    for (let i = 0; i < count; i++) this.heat.note(t);
    return this.heat.isHot(t);
  }

  private typedIn(s: Session): Typed {
    let t = this.typed.get(s);
    if (!t) this.typed.set(s, (t = { tail: '', beforeComposition: null, completed: 0 }));
    return t;
  }

  /**
   * The user's own `beforeinput` in `s`'s composer (start.ts passes only trusted ones): the text
   * it adds goes on the typed tail, and a repair word it completes is noted. A deletion cuts the
   * tail (Backspace: one character; anything else: all of it), so a word is never pieced together
   * across text the user removed.
   */
  noteTyped(s: Session, e: Pick<InputEvent, 'inputType' | 'data' | 'dataTransfer'>) {
    const word = this.env.repairWord();
    const t = this.typedIn(s);
    if (e.inputType === 'insertCompositionText') {
      // Each update carries the whole composition so far; it replaces the previous one.
      t.beforeComposition ??= t.tail;
      this.append(t, t.beforeComposition, e.data ?? '', word);
      return;
    }
    t.beforeComposition = null;
    const text = typedText(e as InputEvent);
    if (text !== null) this.append(t, t.tail, text, word);
    else if (e.inputType === 'deleteContentBackward') t.tail = [...t.tail].slice(0, -1).join('');
    else if (e.inputType.startsWith('delete')) t.tail = '';
  }

  /**
   * The user deleted something (the `input` after a trusted deletion): repair words deleted with it
   * no longer count as "already there", so one typed again is a new repair (select all, Backspace
   * and a new message typed before the pause). Reads the draft only when it held a repair word.
   */
  noteDeleted(s: Session, read: () => string) {
    if (s.repairCount > 0) s.repairCount = Math.min(s.repairCount, countRepairWord(read(), this.env.repairWord()));
  }

  /** The composition ended (committed or cancelled): the next update starts a new one. */
  compositionEnded(s: Session) {
    const t = this.typed.get(s);
    if (t) t.beforeComposition = null;
  }

  private append(t: Typed, base: string, text: string, word: string) {
    const before = countRepairWord(t.tail, word);
    const next = base + text;
    // A paste or drop lands wherever the caret is, so its own words count even where the tail
    // (which ignores the caret's moves) would glue them to the previous ones.
    const delta = countRepairWord(next, word) - before;
    const own = countRepairWord(text, word);
    const added = own > 0 ? Math.max(delta, own) : delta;
    t.completed = Math.max(0, t.completed + added);
    t.tail = next.length > TAIL_MAX ? next.slice(-TAIL_MAX) : next;
  }

  /**
   * A changed draft: a repair word more than last time is a repair, when the user's typing since
   * the last look completed one. A draft the page or app put there (restored, or written by a
   * script) earns nothing, however often it is focused.
   */
  noticeRepair(s: Session, text: string) {
    const word = this.env.repairWord();
    const count = countRepairWord(text, word);
    const t = this.typedIn(s);
    if (count > Math.max(s.repairCount, 0) && t.completed > 0) {
      this.env.deposit('repair', word);
      this.heat.reset();
      this.env.hint.showAck(`Repair noticed: “${word}”. A deposit in your trust bank.`);
    }
    // Typing counts towards the next look only: what it completed is spent here, repair or not.
    t.completed = 0;
    if (!text.trim()) t.tail = '';
    s.repairCount = text.trim() ? count : 0;
  }

  /** The hint's "insert the repair word" button: at the caret, after a space. */
  insertRepairWord(s: Session | null) {
    const word = this.env.repairWord();
    if (!s || !word) return;
    this.env.hint.hide();
    // The user's own click on the hint's button: as good as typing the word.
    this.noteTyped(s, { inputType: 'insertText', data: ` ${word}`, dataTransfer: null });
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
    this.typed = new WeakMap();
  }

  stop() {
    if (this.breathTimer) clearInterval(this.breathTimer);
  }
}
