/**
 * The analysis engine's public face. Everything here is pure TypeScript (no browser APIs), shared
 * by the content script, popup, options page, CLI tools and tests.
 */
import type { Category, Finding } from './types';

export * from './types';
export { analyze } from './analyze';
export { IncrementalAnalyzer, type ChunkOptions } from './incremental';
export { CATEGORY_NAMES, EXPLANATIONS, categoryName, explain } from './explain';
export { normalizeChat } from './normalize';

/** The distinct categories of a list of findings, in the order of ALL_CATEGORIES. */
export function labelsOf(findings: readonly Finding[]): Category[] {
  const seen = new Set(findings.map((f) => f.category));
  return (['rushed-fix', 'assumption', 'outsourcing', 'reflective'] as const).filter((c) => seen.has(c));
}
