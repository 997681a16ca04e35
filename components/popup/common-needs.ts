/**
 * The needs the check-in shows before "More…": the ones this person names most often, then the
 * list's own order, so a first check-in still sees a sensible six.
 */
import { NEEDS } from '@/utils/analysis/feelings';
import { frequentNeeds } from '@/utils/insights/checkins';
import type { CheckinEntry } from '@/utils/storage/records';

export const COMMON_NEEDS_SHOWN = 6;

export function commonNeeds(entries: readonly Pick<CheckinEntry, 'need'>[], count = COMMON_NEEDS_SHOWN): string[] {
  const known = new Set(NEEDS);
  // Only needs from the list: a need written in one's own words stays under "Something else".
  const frequent = frequentNeeds(entries as CheckinEntry[], NEEDS.length)
    .map((f) => f.value)
    .filter((n) => known.has(n));
  return [...new Set([...frequent, ...NEEDS])].slice(0, count);
}
