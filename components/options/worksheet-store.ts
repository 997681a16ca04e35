/**
 * The "Us vs. the Issue" worksheet from the Learn section, saved on this device only
 * (storage.local: not synced, not part of the history database).
 */
import { storage } from 'wxt/utils/storage';

export interface Worksheet {
  /** The problem, written as something outside both of you. */
  issue: string;
  /** What each of you needs from the outcome. */
  myNeed: string;
  partnerNeed: string;
  /** Small cooperative steps, in order. */
  steps: string[];
  /** Epoch ms of the last save (0 = never). */
  updatedAt: number;
}

export const EMPTY_WORKSHEET: Worksheet = { issue: '', myNeed: '', partnerNeed: '', steps: [], updatedAt: 0 };
export const MAX_WORKSHEET_TEXT = 2000;
export const MAX_WORKSHEET_STEPS = 12;

export const worksheetItem = storage.defineItem<Worksheet>('local:worksheet', {
  fallback: EMPTY_WORKSHEET,
  version: 1,
});

/** Anything stored → a valid worksheet (a hand-edited or partial value never breaks the page). */
export function normalizeWorksheet(raw: unknown): Worksheet {
  const src = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, MAX_WORKSHEET_TEXT) : '');
  return {
    issue: text(src.issue),
    myNeed: text(src.myNeed),
    partnerNeed: text(src.partnerNeed),
    steps: Array.isArray(src.steps) ? src.steps.filter((s): s is string => typeof s === 'string').map(text).slice(0, MAX_WORKSHEET_STEPS) : [],
    updatedAt: typeof src.updatedAt === 'number' ? src.updatedAt : 0,
  };
}

export async function loadWorksheet(): Promise<Worksheet> {
  return normalizeWorksheet(await worksheetItem.getValue());
}

export async function saveWorksheet(sheet: Omit<Worksheet, 'updatedAt'>, now = Date.now()): Promise<Worksheet> {
  const clean = normalizeWorksheet({ ...sheet, steps: sheet.steps.map((s) => s.trim()).filter(Boolean), updatedAt: now });
  await worksheetItem.setValue(clean);
  return clean;
}
