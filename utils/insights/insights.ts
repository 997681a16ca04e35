/**
 * Plain-language insights from a pattern summary — only where the numbers carry them.
 * Each rule states its own bar (enough entries, a clear enough share or change) and returns
 * nothing below it, so a sparse month says nothing rather than something made up.
 */
import { ALL_CATEGORIES, BARRIER_CATEGORIES, type Category } from '../analysis/types';
import { categoryPhrase } from '../i18n/categories';
import { hourLabel } from './calendar';
import type { PatternSummary } from './patterns';

export interface Insight {
  /** Stable id for tests and keys: "<rule>:<category>". */
  id: string;
  text: string;
}

/** Category names as they appear inside a sentence, plural ("stories you filled in"), from the shared vocabulary. */
export const CATEGORY_PHRASE: Record<Category, string> = Object.fromEntries(
  ALL_CATEGORIES.map((c) => [c, categoryPhrase(c)]),
) as Record<Category, string>;

const MIN_FOR_SHARE = 20;
const MIN_FOR_CHANGE = 10;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The busiest run of `width` consecutive hours (wrapping midnight) for one category. */
function busiestWindow(summary: PatternSummary, category: Category, width: number): { start: number; count: number } {
  let best = { start: 0, count: -1 };
  for (let start = 0; start < 24; start++) {
    let count = 0;
    for (let k = 0; k < width; k++) count += summary.hours[(start + k) % 24].counts[category];
    if (count > best.count) best = { start, count };
  }
  return best;
}

export function patternInsights(summary: PatternSummary): Insight[] {
  const out: Insight[] = [];
  const categories: Category[] = [...BARRIER_CATEGORIES, 'reflective'];

  for (const category of categories) {
    const n = summary.byCategory[category];
    if (n < MIN_FOR_SHARE) continue;
    const name = CATEGORY_PHRASE[category];

    // Time of day: a 3-hour window holding at least 40% (three times its even share of 12.5%).
    const win = busiestWindow(summary, category, 3);
    const share = win.count / n;
    if (share >= 0.4) {
      const end = (win.start + 3) % 24;
      const when =
        win.start === 21 ? 'after 9 pm' : end === 0 ? `between ${hourLabel(win.start)} and midnight` : `between ${hourLabel(win.start)} and ${hourLabel(end)}`;
      out.push({
        id: `hour:${category}`,
        text: `${share >= 0.5 ? 'Most' : `${pct(share)} of`} ${name} happen ${when}${share >= 0.5 ? ` (${pct(share)})` : ''}.`,
      });
    }

    // Place: one site with more than half, when there is more than one site.
    if (summary.sites.length > 1) {
      let top = { site: '', count: 0 };
      for (const s of summary.sites) if (s.counts[category] > top.count) top = { site: s.site, count: s.counts[category] };
      if (top.count / n > 0.5) {
        out.push({ id: `site:${category}`, text: `${capital(name)} show up mostly on ${top.site} (${pct(top.count / n)}).` });
      }
    }
  }

  // Change: the last 30 days against the 30 before, with enough in both to mean something.
  for (const category of categories) {
    const now = summary.recent[category];
    const before = summary.previous[category];
    if (before < MIN_FOR_CHANGE && now < MIN_FOR_CHANGE) continue;
    if (before < MIN_FOR_CHANGE) continue;
    const ratio = now / before;
    const name = CATEGORY_PHRASE[category];
    let change = '';
    if (ratio <= 0.55) change = ratio <= 0.3 ? 'fell by more than two thirds' : 'fell by half';
    else if (ratio <= 0.75) change = `fell by ${pct(1 - ratio)}`;
    else if (ratio >= 2) change = ratio >= 3 ? `rose to ${Math.floor(ratio)} times as often` : 'doubled';
    else if (ratio >= 1.33) change = `rose by ${pct(ratio - 1)}`;
    if (!change) continue;
    out.push({
      id: `change:${category}`,
      text: `${capital(name)} ${change} in the last 30 days (${now} against ${before} the 30 days before).`,
    });
  }

  // What happens after a hint: the rephrasing taken up, or mostly sent anyway.
  for (const category of BARRIER_CATEGORIES) {
    const o = summary.outcomesByCategory[category];
    const acted = o.used + o.edited + o.dismissed + o['sent-anyway'] + o['not-a-pattern'];
    if (acted < MIN_FOR_SHARE) continue;
    const used = (o.used + o.edited) / acted;
    const name = CATEGORY_PHRASE[category];
    if (used >= 0.5) out.push({ id: `used:${category}`, text: `When a hint about ${name} appeared, you rephrased ${pct(used)} of the time.` });
    else if (o['sent-anyway'] / acted >= 0.5) {
      out.push({ id: `sent:${category}`, text: `Hints about ${name} were mostly sent anyway (${pct(o['sent-anyway'] / acted)}) — maybe a sign to lower the sensitivity, or to pause a little longer.` });
    }
  }

  return out;
}
