/**
 * The rephrasing and safety functions the analysis host adds to each reply
 * (utils/analysis/rephrase.ts and safety.ts, issue 5). The crisis line follows the browser's
 * locale; the user's own line (settings.crisisLine) is passed by the content script per request.
 */
import { rephrase } from '../analysis/rephrase';
import { safetyForDraft } from '../analysis/safety';
import type { AnalysisExtras } from './analysis-host';

export const analysisExtras: AnalysisExtras = {
  rephrase,
  safety: (text, crisisLine) => safetyForDraft(text, navigator.language, crisisLine || undefined),
};
