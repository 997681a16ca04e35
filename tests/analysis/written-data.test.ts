/**
 * Our own written training lines (data/written/, see its README): the scorer's only source of
 * outsourcing positives. Malformed or mislabelled lines would be fitted silently, so their shape
 * is checked here, and the shipped weights must say they were fitted on them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis';
import { DEFAULT_SCORER } from '../../utils/analysis/scorer';
import { ALL_CATEGORIES } from '../../utils/analysis/types';

const dir = path.resolve(__dirname, '../../data/written');
const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
const rows = files.flatMap((f) =>
  readFileSync(path.join(dir, f), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => ({ file: f, ...(JSON.parse(l) as { id: string; text: string; context?: string; labels: string[]; kind: string }) })),
);

describe('written training lines', () => {
  it('are well formed: unique ids, known labels, a kind that agrees with the labels', () => {
    expect(rows.length).toBeGreaterThan(1000);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(r.text.trim().length, r.id).toBeGreaterThan(0);
      for (const l of r.labels) expect(ALL_CATEGORIES, r.id).toContain(l);
      expect(r.kind === 'positive', r.id).toBe(r.labels.length > 0);
    }
  });

  it('hold enough outsourcing positives and innocent look-alikes to fit on', () => {
    expect(rows.filter((r) => r.labels.includes('outsourcing')).length).toBeGreaterThanOrEqual(150);
    expect(rows.filter((r) => r.kind === 'hard-negative').length).toBeGreaterThanOrEqual(200);
  });

  it('copy no line of the corpus', () => {
    const corpus = path.resolve(__dirname, '../../../shared/corpus');
    if (!existsSync(corpus)) return;
    const norm = (s: string) => s.toLowerCase().replace(/[^a-z]+/g, ' ').trim();
    const seen = new Set<string>();
    for (const f of readdirSync(corpus).filter((x) => x.endsWith('.jsonl')))
      for (const l of readFileSync(path.join(corpus, f), 'utf8').split('\n')) if (l.trim()) seen.add(norm((JSON.parse(l) as { text: string }).text));
    const copied = rows.filter((r) => norm(r.text).split(' ').length >= 5 && seen.has(norm(r.text)));
    expect(copied.map((r) => r.id)).toEqual([]);
  });

  it('are among the sources of the shipped weights, which score outsourcing', () => {
    expect(DEFAULT_SCORER.data.sources).toContain('Written');
    expect(DEFAULT_SCORER.categories).toContain('outsourcing');
  });

  it('an admiring line stays quiet even where the scorer leans to outsourcing', () => {
    for (const t of ['you make me feel so lucky ❤️', 'ever since you moved in I come home happy 🥰', 'you make every day better, thank you'])
      expect(analyze(t, { partnerMessage: 'love you' }).filter((f) => f.category === 'outsourcing'), t).toEqual([]);
  });
});
