/**
 * The cross-source section of `npm run eval`: for each source group, fit the scorer on every
 * other group's train.jsonl lines (thresholds on the other groups' dev.jsonl lines), then score
 * the whole analysis (rules + that scorer, through analyzeWith) on the left-out group: its weak
 * train.jsonl lines, and separately its read lines of dev.jsonl / conflict-dev.jsonl. A gain that
 * only memorises one dataset's style shows up here as a drop.
 */
import { analyzeWith } from '../../utils/analysis/analyze';
import { labelsOf } from '../../utils/analysis';
import { Scorer } from '../../utils/analysis/scorer/model';
import { ALL_CATEGORIES, type Category } from '../../utils/analysis/types';
import { chooseThresholds, exampleOf, fit, groupOf, type CorpusItem, type Example } from './scorer-train';

export const GROUPS = ['ESConv', 'Friends', 'ED', 'EPITOME', 'DailyDialog', 'Written'] as const;
/** The corpus's groups (the weak-label means); Written (ours, data/written/) is reported on its own. */
export const CORPUS_GROUPS: readonly string[] = GROUPS.filter((g) => g !== 'Written');

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Scored {
  lines: number;
  per: Record<Category, Counts>;
  /** Unlabelled lines, and how many got a barrier / assumption-outsourcing. */
  none: number;
  noneBarrier: number;
  noneHard: number;
}

export function score(items: readonly CorpusItem[], predict: (i: CorpusItem) => Category[]): Scored {
  const per = Object.fromEntries(ALL_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;
  let none = 0, noneBarrier = 0, noneHard = 0;
  for (const item of items) {
    const p = predict(item);
    for (const c of ALL_CATEGORIES) {
      const g = item.labels.includes(c), q = p.includes(c);
      if (g && q) per[c].tp++;
      else if (q) per[c].fp++;
      else if (g) per[c].fn++;
    }
    if (item.labels.length === 0) {
      none++;
      if (p.some((c) => c !== 'reflective')) noneBarrier++;
      if (p.some((c) => c === 'assumption' || c === 'outsourcing')) noneHard++;
    }
  }
  return { lines: items.length, per, none, noneBarrier, noneHard };
}

export const f1Of = ({ tp, fp, fn }: Counts) => (tp + fn === 0 ? NaN : (2 * tp) / (2 * tp + fp + fn));
const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : ' - ');

const COL = 24;

export function row(label: string, s: Scored): string {
  const cells = ALL_CATEGORIES.map((c) => {
    const k = s.per[c];
    const pos = k.tp + k.fn;
    if (pos === 0) return '-'.padStart(4).padEnd(COL);
    return `${String(pos).padStart(4)} ${fmt(k.tp / (k.tp + k.fp))} ${fmt(k.tp / pos)} ${fmt(f1Of(k))}`.padEnd(COL);
  });
  const fpRate = s.none ? (100 * s.noneBarrier) / s.none : NaN;
  const hard = s.none ? (100 * s.noneHard) / s.none : NaN;
  return `  ${label.padEnd(24)}${String(s.lines).padStart(5)}  ${cells.join('')}${fmt(fpRate).padStart(6)}%  ${fmt(hard).padStart(6)}%`;
}

export function header(): string {
  const cats = ALL_CATEGORIES.map((c) => c.padEnd(COL)).join('');
  const sub = ALL_CATEGORIES.map(() => ' pos P    R    F1'.padEnd(COL)).join('');
  return `  ${''.padEnd(24)}${''.padStart(5)}  ${cats}barrierFP  hard-neg\n  ${'lines'.padEnd(24)}${'n'.padStart(5)}  ${sub}`;
}

export interface CrossSourceResult {
  group: string;
  weak: Scored;
  read: Scored;
  weakRules: Scored;
  readRules: Scored;
  /** The corpus's read sample of train.jsonl (train-sample-read.jsonl, random-200) from this group, scored against the reader's labels. */
  sample: Scored;
}

/** A line of train-sample-read.jsonl: the weak labels plus the reader's (`read`). */
export interface ReadSampleItem extends CorpusItem {
  read: Category[];
  sample: string;
}

/** Counts summed over groups (each line was scored by the scorer fitted without its own group). */
export function pooled(results: readonly CrossSourceResult[], pick: (r: CrossSourceResult) => Scored): Scored {
  const per = Object.fromEntries(ALL_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;
  let lines = 0, none = 0, noneBarrier = 0, noneHard = 0;
  for (const r of results) {
    const s = pick(r);
    lines += s.lines; none += s.none; noneBarrier += s.noneBarrier; noneHard += s.noneHard;
    for (const c of ALL_CATEGORIES) for (const k of ['tp', 'fp', 'fn'] as const) per[c][k] += s.per[c][k];
  }
  return { lines, per, none, noneBarrier, noneHard };
}

/**
 * The ceiling of the weak-label figures: the corpus reader's labels on the random read sample,
 * scored as if they were predictions against the weak labels. A careful reader does not reach
 * F1 1.0 there: about one weak label in nine is one a reader would change.
 */
export function readerAgainstWeak(sample: readonly ReadSampleItem[]): string {
  return row('the reader vs weak', score(sample, (i) => (i as ReadSampleItem).read));
}

export function crossSource(
  train: readonly CorpusItem[],
  dev: readonly CorpusItem[],
  conflict: readonly CorpusItem[],
  log: (s: string) => void,
  sample: readonly ReadSampleItem[] = [],
  written: readonly CorpusItem[] = [],
): CrossSourceResult[] {
  const fitted = [...train, ...written];
  const trainEx = fitted.map(exampleOf);
  const readEx = [...dev, ...conflict].map(exampleOf);
  const out: CrossSourceResult[] = [];
  for (const group of GROUPS) {
    const rest = trainEx.filter((e) => e.group !== group);
    if (!rest.length || rest.length === trainEx.length) continue;
    const data = chooseThresholds(fit(rest), readEx.filter((e: Example) => e.group !== group));
    const scorer = new Scorer(data);
    const predict = (s: Scorer | undefined) => (i: CorpusItem) =>
      labelsOf(analyzeWith(s, i.text, i.context ? { partnerMessage: i.context } : undefined));
    const weakItems = fitted.filter((i) => groupOf(i.id) === group);
    const readItems = [...dev, ...conflict].filter((i) => groupOf(i.id) === group);
    const r: CrossSourceResult = {
      group,
      weak: score(weakItems, predict(scorer)),
      read: score(readItems, predict(scorer)),
      weakRules: score(weakItems, predict(undefined)),
      readRules: score(readItems, predict(undefined)),
      sample: score(
        sample.filter((i) => groupOf(i.id) === group).map((i) => ({ ...i, labels: i.read })),
        predict(scorer),
      ),
    };
    log(`\n${group} left out (fitted on ${rest.length} lines of ${data.sources.join(', ')}; thresholds ${data.categories.map((c, i) => `${c} ${data.thresholds[i]! > 1 ? 'not fitted' : data.thresholds[i]}`).join(', ')})`);
    log(header());
    log(row(group === 'Written' ? 'written (ours)' : 'train.jsonl (weak)', r.weak));
    log(row('  rules alone', r.weakRules));
    if (r.read.lines) {
      log(row('dev + conflict (read)', r.read));
      log(row('  rules alone', r.readRules));
    }
    if (r.sample.lines) log(row('train sample (read)', r.sample));
    out.push(r);
  }
  return out;
}

/** Per category, the mean F1 over left-out groups holding at least 20 positives of it. */
export function means(all: readonly CrossSourceResult[], pick: (r: CrossSourceResult) => Scored): string {
  const results = all.filter((r) => CORPUS_GROUPS.includes(r.group));
  const parts = ALL_CATEGORIES.map((c) => {
    const f = results.filter((r) => pick(r).per[c].tp + pick(r).per[c].fn >= 20).map((r) => ({ g: r.group, f: f1Of(pick(r).per[c]) }));
    if (!f.length) return `${c} - (no source with ≥ 20)`;
    return `${c} ${fmt(f.reduce((a, b) => a + b.f, 0) / f.length)} (${f.map((x) => x.g).join('+')})`;
  });
  const none = results.reduce((a, r) => a + pick(r).none, 0);
  const fp = results.reduce((a, r) => a + pick(r).noneBarrier, 0);
  const hard = results.reduce((a, r) => a + pick(r).noneHard, 0);
  return `${parts.join('; ')}; barrier FP on unlabelled ${fmt((100 * fp) / none)}%, assumption/outsourcing on unlabelled ${fmt((100 * hard) / none)}%`;
}

/** The written file a line comes from (`written:<file>:<id>`), or undefined for a corpus line. */
const writtenFile = (id: string) => (id.startsWith('written:') ? id.split(':')[1] : undefined);

/**
 * Our written lines, one file left out at a time: the scorer fitted on train.jsonl and the other
 * written files (thresholds on dev + conflict-dev as shipped), the whole analysis scored on the
 * file left out. Leaving all of Written out (above) leaves outsourcing unfitted; this is the one
 * cross-source figure for the categories only our lines teach, on wording the fit has not seen.
 */
export function writtenFolds(
  train: readonly CorpusItem[],
  dev: readonly CorpusItem[],
  conflict: readonly CorpusItem[],
  written: readonly CorpusItem[],
  log: (s: string) => void,
): { file: string; whole: Scored; rules: Scored }[] {
  const readEx = [...dev, ...conflict].map(exampleOf);
  const files = [...new Set(written.map((i) => writtenFile(i.id)!))].sort();
  const predict = (s: Scorer | undefined) => (i: CorpusItem) => labelsOf(analyzeWith(s, i.text, i.context ? { partnerMessage: i.context } : undefined));
  const out: { file: string; whole: Scored; rules: Scored }[] = [];
  log(header());
  for (const file of files) {
    const held = written.filter((i) => writtenFile(i.id) === file);
    const rest = [...train, ...written.filter((i) => writtenFile(i.id) !== file)].map(exampleOf);
    const scorer = new Scorer(chooseThresholds(fit(rest), readEx));
    const r = { file, whole: score(held, predict(scorer)), rules: score(held, predict(undefined)) };
    log(row(`${file} left out`, r.whole));
    log(row('  rules alone', r.rules));
    out.push(r);
  }
  return out;
}

/** Per category, the mean F1 over the written files holding at least 20 positives of it; innocent lines flagged, pooled. */
export function writtenMeans(results: readonly { file: string; whole: Scored; rules: Scored }[], pick: 'whole' | 'rules'): string {
  const parts = ALL_CATEGORIES.map((c) => {
    const f = results.filter((r) => r[pick].per[c].tp + r[pick].per[c].fn >= 20);
    if (!f.length) return `${c} -`;
    return `${c} ${fmt(f.reduce((a, r) => a + f1Of(r[pick].per[c]), 0) / f.length)} (${f.length} files)`;
  });
  const none = results.reduce((a, r) => a + r[pick].none, 0);
  const fp = results.reduce((a, r) => a + r[pick].noneBarrier, 0);
  return `${parts.join('; ')}; unlabelled lines given a barrier ${fmt((100 * fp) / none)}%`;
}
