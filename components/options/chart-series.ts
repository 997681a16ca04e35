/** The chart series every section shares: one colour and one fill pattern per category. */
import { ALL_CATEGORIES, type Category } from '@/utils/analysis/types';
import type { ChartSeries } from './OptionsBarChart.vue';
import { S } from './strings';

const PATTERN: Record<Category, ChartSeries['pattern']> = {
  'rushed-fix': 'stripes',
  assumption: 'dots',
  outsourcing: 'cross',
  reflective: 'solid',
};

export function categorySeries(categories: readonly Category[] = ALL_CATEGORIES): ChartSeries[] {
  return categories.map((c) => ({ key: c, label: S.categories[c], color: `var(--at-${c})`, pattern: PATTERN[c] }));
}

export const singleSeries = (label: string, color = 'var(--at-accent)'): ChartSeries[] => [
  { key: 'value', label, color, pattern: 'solid' },
];
