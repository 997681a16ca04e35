/**
 * Shapes of everything Attune stores, as the UI and the protocol see them.
 * The storage modules (settings.ts, db.ts, …) own versions and migrations; this file is
 * the current shape only, so every context can import it without pulling in Dexie.
 */
import type { Category } from '../analysis/types';

/** What happened to a finding the hint showed. */
export type Outcome = 'used' | 'edited' | 'dismissed' | 'not-a-pattern' | 'sent-anyway' | 'shown';

/** One row of the patterns log. Never the draft itself. */
export interface PatternEntry {
  /** Stable id made by the sender (crypto.randomUUID()), so a retried write is not a duplicate. */
  id: string;
  /** Epoch milliseconds. */
  time: number;
  /** Site host, e.g. "web.whatsapp.com". */
  site: string;
  category: Category;
  reason: string;
  /** The short triggering phrase (≤ 60 chars), lower-cased. */
  phrase: string;
  outcome: Outcome;
  /** Only when the user opted in to storing draft snippets. */
  snippet?: string;
}

export type TrustDirection = 'deposit' | 'withdrawal';
export type TrustKind =
  | 'reflection' // a reflection used
  | 'check-in'
  | 'gratitude'
  | 'repair'
  | 'silent-sync'
  | 'partner-deposit' // a deposit noticed in the partner
  | 'dismissal' // withdrawal: caught myself dismissing
  | 'mockery'; // withdrawal: caught myself mocking

export interface TrustEntry {
  id: string;
  time: number;
  direction: TrustDirection;
  kind: TrustKind;
  note?: string;
}

export type CheckinSlot = 'morning' | 'evening';

export interface CheckinEntry {
  id: string;
  time: number;
  slot: CheckinSlot;
  /** A feelings-wheel word, e.g. "anxious". */
  feeling: string;
  /** The core feeling it belongs to, e.g. "afraid" (for colouring the calendar). */
  core: string;
  need: string;
  note?: string;
}

/** One "not a pattern" rule: a lower-cased phrase or a reason id the user dismissed as wrong. */
export interface NotAPatternEntry {
  /** The phrase or reason id itself; also the primary key. */
  value: string;
  kind: 'phrase' | 'reason';
  time: number;
}
