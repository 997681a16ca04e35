/**
 * The one typed protocol between Attune's contexts (@webext-core/messaging).
 *
 *   content script ──logPattern / logTrust──────────────▶ background (the only writer)
 *   popup, options ──saveCheckin / logTrust / import …──▶ background
 *   popup ──────────reflectMessage (compromise, once)──▶ background, next to the analysis host
 *   popup ──────────getDraft / applyRephrasing / insert─▶ content script of the active tab
 *   background ─────setPartnerMessage (context menu)────▶ content scripts of that tab
 *
 * Reads: popup and options read IndexedDB directly (same extension origin, read-only) through
 * utils/storage; content scripts read settings and the not-a-pattern list from
 * browser.storage, which the background keeps up to date. After every committed write the
 * background bumps the `local:revision` item so open pages refresh.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Finding, ReflectResult, Rephrasing } from '../analysis/types';
import type { CheckinEntry, NotAPatternEntry, PatternEntry, TrustEntry } from '../storage/records';

/** What the popup shows about the active tab's composer. */
export interface DraftState {
  host: string;
  /** Findings of the focused (or last focused) composer's draft, barrier categories first. */
  findings: Finding[];
  rephrasings: Rephrasing[];
  /** The draft's length; the draft text itself is not sent unless needed for display. */
  draftText: string;
}

export interface ImportReport {
  ok: boolean;
  /** Plain-language errors: which entry, which field. Empty when ok. */
  errors: string[];
  added: { patterns: number; trust: number; checkins: number; notAPattern: number };
  skippedDuplicates: number;
  /** Entries older than the retention period (settings.retentionDays), not imported. */
  skippedOld?: number;
  /** The user cancelled it (errors[0] says what was kept). */
  cancelled?: boolean;
  /** True when the file's settings replaced the current ones. */
  settingsApplied?: boolean;
  /** False when the file had no settings: the current ones were kept as they are. */
  settingsInFile?: boolean;
  /**
   * The file asked for a shorter history period than the user's; the user's was kept (nothing
   * deleted) and the shorter one awaits the user's confirmation.
   */
  retentionKept?: { file: number; current: number };
}

/**
 * A slice of an import file the options page's worker has parsed and checked in full; the
 * background checks its entries again and merges them in one transaction.
 */
export interface ImportSlice {
  patterns?: unknown[];
  trust?: unknown[];
  checkins?: unknown[];
  notAPattern?: unknown[];
  /** The file's settings.retentionDays (absent when the file has no settings). */
  fileRetentionDays?: number;
}

export interface ImportSliceReport {
  added: ImportReport['added'];
  skippedDuplicates: number;
  skippedOld: number;
}

/** The popup's Reflect helper: a message the partner sent, reflected by the background. */
export interface ReflectRequest {
  text: string;
  /** settings.crisisLine ('' = the one for the locale). */
  crisisLine?: string;
  /** navigator.language of the popup: picks the crisis line. */
  locale?: string;
}

export interface StorageUsage {
  bytes: number;
  quotaBytes: number;
  counts: { patterns: number; trust: number; checkins: number; notAPattern: number };
}

interface ProtocolMap {
  // ── to the background (writes) ───────────────────────────────────────────
  logPattern(entry: PatternEntry): void;
  logTrust(entry: TrustEntry): void;
  saveCheckin(entry: CheckinEntry): void;
  deletePatterns(ids: string[]): void;
  addNotAPattern(entry: NotAPatternEntry): void;
  removeNotAPattern(value: string): void;
  importData(json: string): ImportReport;
  importSlice(slice: ImportSlice): ImportSliceReport;
  /** The file's settings object, or null when it had none. */
  importFinish(settings: unknown): Pick<ImportReport, 'errors' | 'settingsApplied' | 'settingsInFile' | 'retentionKept'>;
  deleteAllData(): void;
  storageUsage(): StorageUsage;
  // ── to the background (no write) ─────────────────────────────────────────
  reflectMessage(request: ReflectRequest): ReflectResult;
  // ── to a tab's content script ────────────────────────────────────────────
  getDraft(): DraftState | null;
  /** Put rephrasing number `index` of the current draft into its composer. */
  applyRephrasing(index: number): boolean;
  /** Insert free text (a reflection, a gratitude note) at the caret of the last focused composer. */
  insertText(text: string): boolean;
  /**
   * "Reflect with Attune" on a selected message (background → every frame of that tab): the
   * partner's last message for the analysis of this page's drafts. Kept in the content script's
   * memory only, for this page; never stored.
   */
  setPartnerMessage(text: string): boolean;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
export type { ProtocolMap };
