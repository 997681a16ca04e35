import type { Category, Finding, Rephrasing } from '../../utils/analysis/types';
import type { Side } from './placement';

/** Everything the hint shows; the watcher owns it, the component only renders it. */
export interface HintState {
  mode: 'hidden' | 'finding' | 'safety' | 'ack' | 'silent-sync';
  finding: Finding | null;
  /** The sentence around the phrase, with the phrase's offsets inside it (for the quote). */
  quote: { before: string; phrase: string; after: string } | null;
  /** More barrier findings in the draft besides `finding`. */
  moreCount: number;
  rephrasings: Rephrasing[];
  safetyNote: string;
  ackText: string;
  /** Several findings within minutes in this conversation: offer the repair ritual / Silent Sync. */
  heat: boolean;
  repairWord: string;
  breathsLeft: number;
  position: { left: number; top: number; maxHeight: number; maxWidth: number; side: Side } | null;
  underline: { left: number; top: number; width: number }[];
  theme: 'system' | 'light' | 'dark';
  dir: 'ltr' | 'rtl';
  /** Uses the first rephrasing from the composer. */
  shortcut: string;
  /** Moves focus from the composer into the hint. */
  focusShortcut: string;
}

export interface HintActions {
  use(index: number): void;
  dismiss(): void;
  notAPattern(): void;
  silentSync(): void;
  stopSilentSync(): void;
  insertRepairWord(): void;
  /** "+N more": show the next flagged phrase of this draft. */
  nextFinding(): void;
  /** Esc inside the hint: back to the composer, caret where it was; the hint stays. */
  leave(): void;
  /** The bubble's size changed ("More" opened): place it again. */
  resized?(): void;
}

export function emptyHintState(): HintState {
  return {
    mode: 'hidden',
    finding: null,
    quote: null,
    moreCount: 0,
    rephrasings: [],
    safetyNote: '',
    ackText: '',
    heat: false,
    repairWord: '',
    breathsLeft: 0,
    position: null,
    underline: [],
    theme: 'system',
    dir: 'ltr',
    shortcut: 'Alt+Shift+Enter',
    focusShortcut: 'Alt+Shift+H',
  };
}

export type { Category };
