/**
 * The current settings shape and defaults. Settings live in storage.sync (see settings.ts),
 * so they follow the user between browsers; keep them small.
 */
import type { Category, Sensitivity } from '../analysis/types';

export type HintStyle = 'bubble' | 'underline-only';

export interface Reminder {
  slot: 'morning' | 'evening';
  /** "HH:MM", local time. */
  time: string;
  enabled: boolean;
}

export interface Settings {
  enabled: boolean;
  categories: Record<Category, boolean>;
  sensitivity: Sensitivity;
  /** Pause in typing before a draft is analysed, ms. */
  pauseDelayMs: number;
  hintStyle: HintStyle;
  /** Hosts the user added on top of the built-in messaging apps (e.g. "chat.example.org"). */
  userSites: string[];
  /** Built-in hosts the user switched off. */
  disabledBuiltinSites: string[];
  /** Epoch ms until which Attune is snoozed everywhere (0 = not snoozed). */
  snoozeAllUntil: number;
  /** Per-host snoozes: host → epoch ms. */
  snoozedSites: Record<string, number>;
  repairRitual: { word: string; gesture: string; lyric: string };
  reminders: Reminder[];
  weeklyPartnerPrompt: boolean;
  /** Store the draft snippet with a finding. Off by default. */
  storeSnippets: boolean;
  /** Keep history this many days. */
  retentionDays: number;
  /** Optional pause timer before sending, seconds (0 = off). */
  pauseTimerSeconds: number;
  /** Crisis line shown by safety notes; empty = chosen from the browser locale. */
  crisisLine: string;
  theme: 'system' | 'light' | 'dark';
}

export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  categories: { 'rushed-fix': true, assumption: true, outsourcing: true, reflective: true },
  sensitivity: 'balanced',
  pauseDelayMs: 400,
  hintStyle: 'bubble',
  userSites: [],
  disabledBuiltinSites: [],
  snoozeAllUntil: 0,
  snoozedSites: {},
  repairRitual: { word: '', gesture: '', lyric: '' },
  reminders: [
    { slot: 'morning', time: '08:30', enabled: false },
    { slot: 'evening', time: '21:00', enabled: false },
  ],
  weeklyPartnerPrompt: true,
  storeSnippets: false,
  retentionDays: 365,
  pauseTimerSeconds: 0,
  crisisLine: '',
  theme: 'system',
};
