/**
 * Content script ⇄ background messages for analysis. Its own @webext-core/messaging instance (the
 * shared protocol.ts is for stored data and the popup); instances ignore each other's types.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnalysisContext, AnalyzeOptions, Finding, Rephrasing } from '../analysis/types';

export interface AnalysisRequest {
  /** Stable per composer session; the host keeps one incremental cache per draft. */
  draftId: string;
  text: string;
  context?: AnalysisContext;
  options?: AnalyzeOptions;
  /** settings.crisisLine: the user's own crisis line for the safety note ('' = by locale). */
  crisisLine?: string;
}

export interface AnalysisReply {
  findings: Finding[];
  rephrasings: Rephrasing[];
  /** A kind note pointing to immediate help, when the draft speaks of self-harm, suicide or abuse. */
  safetyNote: string | null;
  /** Time the host spent, ms (for the bench and the console). */
  ms: number;
}

interface AnalysisProtocol {
  attuneAnalyze(req: AnalysisRequest): AnalysisReply;
  /** Sent on first focus so the worker (and compromise) is up before the first pause. */
  attuneWarm(): boolean;
  /** The composer went away: drop its cache. */
  attuneForget(draftId: string): void;
}

export const analysisMessaging = defineExtensionMessaging<AnalysisProtocol>();
