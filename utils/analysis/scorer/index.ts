/** The shipped scorer: weights.json, written by `npm run train` (scripts/train.ts). */
import data from './weights.json';
import { Scorer, type ScorerData } from './model';

export const DEFAULT_SCORER = new Scorer(data as unknown as ScorerData);
export { Scorer, SCORED_CATEGORIES, type ScorerData, type ScoredCategory } from './model';
