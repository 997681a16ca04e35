/**
 * Fitting the learned scorer (utils/analysis/scorer): shared by `npm run train` (the shipped
 * weights) and `npm run eval` (one fit per left-out source). Deterministic: full-batch Adam in a
 * fixed order, fixed folds by id hash, no randomness, so the same input gives the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { labelsOf } from '../../utils/analysis';
import { analyzeWith } from '../../utils/analysis/analyze';
import { orderFeatures } from '../../utils/analysis/combine';
import { readPartnerContext } from '../../utils/analysis/context';
import { analyzeSegment } from '../../utils/analysis/engine';
import { contextFeatures, segmentFeatures } from '../../utils/analysis/scorer/features';
import { SCORED_CATEGORIES, Scorer, type ScorerData } from '../../utils/analysis/scorer/model';
import { segment } from '../../utils/analysis/segment';
import type { Category } from '../../utils/analysis/types';

export interface CorpusItem {
  id: string;
  text: string;
  labels: Category[];
  context?: string;
  rule?: string;
}

/** One line as the scorer sees it. */
export interface Example {
  item: CorpusItem;
  /** Cross-source group (ESConv+FailedESConv, Friends family, ED, EPITOME, DailyDialog). */
  group: string;
  segments: string[][];
  draft: string[];
  weight: number;
}

export function readJsonl(file: string): CorpusItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusItem);
}

/** The corpus README's cross-source groups: ESConv with FailedESConv, and every Friends source together. */
export function groupOf(id: string): string {
  const prefix = id.split(':')[0]!;
  if (prefix === 'esconv' || prefix === 'esconvfail') return 'ESConv';
  if (prefix === 'meld' || prefix === 'emorynlp' || prefix === 'friends') return 'Friends';
  if (prefix === 'ed') return 'ED';
  if (prefix === 'epitome') return 'EPITOME';
  if (prefix === 'dailydialog') return 'DailyDialog';
  if (prefix === 'written') return 'Written';
  return prefix;
}

/**
 * Our own written lines (data/written/*.jsonl, see its README): partner and friend chat with
 * assumption and outsourcing positives and their innocent look-alikes, which train.jsonl lacks.
 * Ids become `written:<file>:<id>`, one cross-source group.
 */
export function readWritten(dir: string): CorpusItem[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(path.join(dir, f)).map((i) => ({ id: `written:${f.replace(/\.jsonl$/, '')}:${i.id}`, text: i.text, labels: i.labels, ...(i.context ? { context: i.context } : {}) })));
}

/**
 * The corpus README names the noisier rules: phrase-derived labels, ESConv "other" strategies
 * and plain restatements. They count half.
 */
export function weightOf(rule: string | undefined): number {
  if (!rule) return 1;
  return /^phrase:|^esconv-other-|^esconv-restate-plain$/.test(rule) ? 0.5 : 1;
}

export function exampleOf(item: CorpusItem): Example {
  const segs = segment(item.text);
  const placed: { category: string; start: number; onlyAfterFeeling?: boolean }[] = [];
  // exactly what combine() gates on
  const feeling = readPartnerContext(item.context).feeling;
  const segments = segs.map((s) => {
    const hits = analyzeSegment(s.text);
    for (const h of hits) if (!h.onlyAfterFeeling || feeling) placed.push({ category: h.category, start: s.start + h.start, onlyAfterFeeling: h.onlyAfterFeeling });
    return segmentFeatures(s.text, hits);
  });
  return {
    item,
    group: groupOf(item.id),
    segments,
    draft: [...contextFeatures(item.context, feeling), ...orderFeatures(placed)],
    weight: weightOf(item.rule),
  };
}

export interface FitOptions {
  /** L2 strength per example. */
  l2?: number;
  iterations?: number;
  /** Keep at most this many features (largest weights) in the shipped data. */
  maxFeatures?: number;
  /** Features seen in fewer training lines are not used. */
  minCount?: number;
  /** false: skip the Platt calibration folds (quicker; probabilities are then the raw model's). */
  calibrate?: boolean;
}

/**
 * A category with fewer positive lines than this is not fitted (threshold above 1: never reported).
 * train.jsonl alone holds 24 assumption/outsourcing lines; without our written lines (the
 * cross-source fold that leaves them out) those two categories are the rules' alone.
 */
const MIN_POSITIVES = 100;
/**
 * assumption and outsourcing positives (our written lines, ~1,300 each among ~12,600) count 4×: at 1× the fit barely
 * left the rules' own hits (leave-one-written-file-out: outsourcing F1 +0.04 over the rules alone
 * at 1×, +0.09–0.20 at 4×, the same innocent lines flagged). Platt calibration on the unweighted
 * folds keeps the probabilities honest.
 */
const RARE_POSITIVE_WEIGHT: Record<string, number> = { outsourcing: 4, assumption: 4 };

/**
 * l2 chosen by leave-one-source-out (the cross-source means of `npm run eval`), not by dev: 1e-3
 * lets a source's own phrasings in (more barrier false alarms on the left-out source's neutral
 * lines), 1e-2 loses rushed-fix recall there; 3e-3 is the best of the three on both.
 */
const DEFAULTS: Required<FitOptions> = { l2: 3e-3, iterations: 250, maxFeatures: 7000, minCount: 3, calibrate: true };

interface Matrix {
  names: string[];
  rows: { idx: Int32Array; val: Float64Array }[];
}

function matrix(examples: readonly Example[], minCount: number): Matrix {
  const df = new Map<string, number>();
  for (const e of examples) {
    const seen = new Set<string>([...e.segments.flat(), ...e.draft]);
    for (const f of seen) df.set(f, (df.get(f) ?? 0) + 1);
  }
  const names = [...df.entries()]
    .filter(([f, n]) => n >= minCount || /^[rxo]:/.test(f))
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => {
    const counts = new Map<number, number>();
    for (const f of [...e.segments.flat(), ...e.draft]) {
      const i = index.get(f);
      if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const idx = Int32Array.from([...counts.keys()].sort((a, b) => a - b));
    return { idx, val: Float64Array.from(idx, (i) => counts.get(i)!) };
  });
  return { names, rows };
}

/** Weighted L2 logistic regression, full batch, Adam. Returns [weights..., bias]. */
function logistic(m: Matrix, y: Float64Array, sw: Float64Array, o: Required<FitOptions>): Float64Array {
  const d = m.names.length;
  const w = new Float64Array(d + 1);
  const g = new Float64Array(d + 1);
  const m1 = new Float64Array(d + 1);
  const m2 = new Float64Array(d + 1);
  const total = sw.reduce((a, b) => a + b, 0);
  const lr = 0.05, b1 = 0.9, b2 = 0.999, eps = 1e-8;
  for (let t = 1; t <= o.iterations; t++) {
    g.fill(0);
    for (let r = 0; r < m.rows.length; r++) {
      const { idx, val } = m.rows[r]!;
      let z = w[d]!;
      for (let k = 0; k < idx.length; k++) z += w[idx[k]!]! * val[k]!;
      const err = (1 / (1 + Math.exp(-z)) - y[r]!) * sw[r]!;
      for (let k = 0; k < idx.length; k++) g[idx[k]!]! += err * val[k]!;
      g[d]! += err;
    }
    for (let j = 0; j <= d; j++) {
      const gj = g[j]! / total + (j < d ? o.l2 * w[j]! : 0);
      m1[j] = b1 * m1[j]! + (1 - b1) * gj;
      m2[j] = b2 * m2[j]! + (1 - b2) * gj * gj;
      w[j]! -= (lr * (m1[j]! / (1 - b1 ** t))) / (Math.sqrt(m2[j]! / (1 - b2 ** t)) + eps);
    }
  }
  return w;
}

/** Three decimals: the weights file stays under 300 kB minified with three categories. */
const round = (x: number) => Number(x.toFixed(3)) || 0;

/** Fit the raw linear model (identity calibration, thresholds 0.5). */
function fitLinear(examples: readonly Example[], o: Required<FitOptions>, sources: string[]): ScorerData {
  const m = matrix(examples, o.minCount);
  const sw = Float64Array.from(examples, (e) => e.weight);
  const fitted = SCORED_CATEGORIES.map((c) => {
    const y = Float64Array.from(examples, (e) => (e.item.labels.includes(c) ? 1 : 0));
    const k = RARE_POSITIVE_WEIGHT[c] ?? 1;
    return logistic(m, y, k === 1 ? sw : Float64Array.from(sw, (w, r) => (y[r] ? w * k : w)), o);
  });
  const d = m.names.length;
  const strength = m.names.map((name, j) => ({ name, j, s: Math.max(...fitted.map((w) => Math.abs(w[j]!))) }));
  strength.sort((a, b) => b.s - a.s || (a.name < b.name ? -1 : 1));
  const kept = strength.slice(0, o.maxFeatures).filter((f) => f.s >= 5e-4);
  kept.sort((a, b) => (a.name < b.name ? -1 : 1));
  const weights: Record<string, number[]> = {};
  for (const f of kept) weights[f.name] = fitted.map((w) => round(w[f.j]!));
  return {
    version: 1,
    categories: [...SCORED_CATEGORIES],
    bias: fitted.map((w) => round(w[d]!)),
    platt: SCORED_CATEGORIES.map(() => [1, 0] as const),
    thresholds: SCORED_CATEGORIES.map(() => 0.5),
    weights,
    sources,
  };
}

/** A draft's raw linear score per category (before calibration). */
export function rawScores(scorer: Scorer, e: Example): number[] {
  const z = [...scorer.data.bias];
  for (const seg of e.segments) scorer.score(seg).forEach((v, c) => (z[c]! += v));
  scorer.score(e.draft).forEach((v, c) => (z[c]! += v));
  return z;
}

/** Platt scaling: logistic regression of the label on the out-of-fold raw score (Newton steps). */
function platt(scores: number[], labels: number[], weights: number[]): [number, number] {
  let a = 1, b = 0;
  for (let it = 0; it < 50; it++) {
    let ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
    for (let i = 0; i < scores.length; i++) {
      const p = 1 / (1 + Math.exp(-(a * scores[i]! + b)));
      const r = (p - labels[i]!) * weights[i]!, h = p * (1 - p) * weights[i]! + 1e-9;
      ga += r * scores[i]!; gb += r;
      haa += h * scores[i]! * scores[i]!; hab += h * scores[i]!; hbb += h;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    a -= (hbb * ga - hab * gb) / det;
    b -= (haa * gb - hab * ga) / det;
  }
  return [round(a), round(b)];
}

const foldOf = (id: string, k: number) => parseInt(createHash('sha1').update(`fold:${id}`).digest('hex').slice(0, 8), 16) % k;

/**
 * Fit on `examples`; calibrate with 3 folds of the same examples (each fold scored by a model
 * fitted on the other two); thresholds stay 0.5 until chooseThresholds().
 */
export function fit(examples: readonly Example[], options: FitOptions = {}): ScorerData {
  const o = { ...DEFAULTS, ...options };
  const sources = [...new Set(examples.map((e) => e.group))].sort();
  const data = fitLinear(examples, o, sources);
  if (options.calibrate === false) return data;
  const K = 3;
  const oof: number[][] = SCORED_CATEGORIES.map(() => []);
  const lab: number[][] = SCORED_CATEGORIES.map(() => []);
  const wts: number[] = [];
  for (let k = 0; k < K; k++) {
    const inFold = examples.filter((e) => foldOf(e.item.id, K) === k);
    const fold = new Scorer(fitLinear(examples.filter((e) => foldOf(e.item.id, K) !== k), o, sources));
    for (const e of inFold) {
      const z = rawScores(fold, e);
      SCORED_CATEGORIES.forEach((c, i) => {
        oof[i]!.push(z[i]!);
        lab[i]!.push(e.item.labels.includes(c) ? 1 : 0);
      });
      wts.push(e.weight);
    }
  }
  // Too few positives to fit: a threshold above 1, which chooseThresholds leaves alone.
  const thresholds = SCORED_CATEGORIES.map((c) => (examples.filter((e) => e.item.labels.includes(c)).length < MIN_POSITIVES ? 2 : 0.5));
  return { ...data, thresholds, platt: SCORED_CATEGORIES.map((_, i) => platt(oof[i]!, lab[i]!, wts)) };
}

/**
 * Where the threshold search starts, per category. Measured across left-out sources (ESConv, ED,
 * Friends), rushed-fix additions between 0.6 and 0.8 raised weak-label F1 by 0.01–0.02 but barrier
 * false positives on unlabelled lines by 0.5–2 points (and cost precision on the read Friends
 * lines), so a rushed-fix addition needs 0.8; a reflective one, which is no barrier, 0.6.
 * assumption and outsourcing, barriers too, start at 0.8 as well. With 8,400 written lines the
 * shipped thresholds land above it anyway (precision first on dev + conflict-dev); but a fold whose
 * read lines hold few of them (Friends left out takes conflict-dev's sitcom lines away) chose
 * 0.67–0.68 from a 0.5 floor and read stories into Friends' unlabelled lines (barrier false
 * positives there 1.7% → 3.0%, assumption precision 0.54).
 */
const FLOOR: Record<string, number> = { 'rushed-fix': 0.8, reflective: 0.6, outsourcing: 0.8, assumption: 0.8 };

/**
 * Precision first: per category, the lowest probability threshold (from its FLOOR up) at which the
 * analysis as shipped — the rules' findings plus the scorer's additions — keeps a precision of at
 * least `minPrecision` on the read-labelled lines; if none does, the one with the best F1.
 */
export function chooseThresholds(data: ScorerData, read: readonly Example[], minPrecision = 0.9, floors: Record<string, number> = FLOOR): ScorerData {
  const scorer = new Scorer(data);
  const probs = read.map((e) => scorer.probabilities(e.segments.map((s) => scorer.score(s)), e.draft));
  const rules = read.map((e) => labelsOf(analyzeWith(undefined, e.item.text, e.item.context ? { partnerMessage: e.item.context } : undefined)));
  const thresholds = SCORED_CATEGORIES.map((c, i) => {
    if (data.thresholds[i]! > 1) return data.thresholds[i]!;
    const floor = floors[c] ?? 0.6;
    let best = floor, bestF1 = -1, chosen: number | undefined;
    for (let t = floor; t <= 0.951; t += 0.005) {
      let tp = 0, fp = 0, fn = 0;
      read.forEach((e, r) => {
        const g = e.item.labels.includes(c), p = rules[r]!.includes(c) || probs[r]![i]! >= t;
        if (g && p) tp++;
        else if (p) fp++;
        else if (g) fn++;
      });
      const prec = tp / (tp + fp || 1), rec = tp / (tp + fn || 1), f1 = (2 * prec * rec) / (prec + rec || 1);
      if (chosen === undefined && tp + fp > 0 && prec >= minPrecision) chosen = round(t);
      if (f1 > bestF1) [bestF1, best] = [f1, round(t)];
    }
    return chosen ?? best;
  });
  return { ...data, thresholds };
}

/** Deterministic text: one feature per line so a retrain reads as a diff. */
export function serialise(data: ScorerData): string {
  const head = { ...data, weights: undefined };
  const lines = Object.keys(data.weights)
    .sort()
    .map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(data.weights[k])}`);
  const meta = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${meta},\n  "weights": {\n${lines.join(',\n')}\n  }\n}\n`;
}
