/**
 * Short partner-style lines (partner-style.data.ts, our own words): every line of the development
 * set is checked one by one through analyze(), as the extension calls it; the two holdout sets,
 * written after rule changes and never used to change them, are held to floors on the whole set.
 * The per-shape table is printed so a run shows where the rules stand.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, labelsOf } from '../../utils/analysis';
import { PARTNER_HOLDOUT, PARTNER_HOLDOUT_2, PARTNER_HOLDOUT_3, PARTNER_HOLDOUT_4, PARTNER_HOLDOUT_5, PARTNER_LINES, type PartnerLine } from './partner-style.data';

const BARRIERS = ['assumption', 'outsourcing'] as const;

function right(line: PartnerLine): boolean {
  const labels = labelsOf(analyze(line.text));
  return line.expected === 'none' ? !BARRIERS.some((c) => labels.includes(c)) : labels.includes(line.expected);
}

/**
 * Lines of the development set the rules still get wrong, each for a reason no general shape
 * covers yet. `it.fails` keeps them honest: once one is right, its test fails and it moves out.
 */
const STILL_WRONG = new Set([
  // sarcasm carried only by the verb's object ("love making me wait" vs "love making me laugh")
  'you just love making me wait',
  // "so u just forgot again": an accusation made of a plain past verb and "again"
  'lol ok so u just forgot again',
  // the delight is in the next sentence ("!!" ends the first); segments are judged alone
  'look what you did!! the garden looks amazing',
  // "predictable" is as often fond as cutting ("so predictable, i knew you'd order the pasta 😂"): not a label yet
  'youre so predictable',
]);

interface Tally {
  n: number;
  ok: number;
}
const table = new Map<string, Tally>();
function count(set: string, line: PartnerLine, ok: boolean): void {
  const key = `${set.padEnd(10)} ${line.expected.padEnd(11)} ${line.kind}`;
  const t = table.get(key) ?? { n: 0, ok: 0 };
  t.n++;
  if (ok) t.ok++;
  table.set(key, t);
}

function rates(lines: readonly PartnerLine[]) {
  const of = (e: PartnerLine['expected']) => lines.filter((l) => l.expected === e);
  const share = (ls: PartnerLine[]) => ls.filter(right).length / ls.length;
  return { assumption: share(of('assumption')), outsourcing: share(of('outsourcing')), innocentFlagged: 1 - share(of('none')) };
}

describe('partner-style development set, line by line', () => {
  for (const line of PARTNER_LINES) {
    const title = `${line.expected === 'none' ? 'does not flag' : `finds ${line.expected}`} (${line.kind}): ${line.text}`;
    if (STILL_WRONG.has(line.text)) {
      it.fails(`still wrong, ${title}`, () => {
        const ok = right(line);
        count('dev', line, ok);
        expect(ok).toBe(true);
      });
    } else {
      it(title, () => {
        const ok = right(line);
        count('dev', line, ok);
        expect(ok, labelsOf(analyze(line.text)).join(',')).toBe(true);
      });
    }
  }
  it('every line marked still wrong is in the set', () => {
    const texts = new Set(PARTNER_LINES.map((l) => l.text));
    for (const t of STILL_WRONG) expect(texts.has(t), t).toBe(true);
  });
});

describe('partner-style holdouts hold their floors', () => {
  // Floors a little under what the rules scored when each set was first measured: a change that
  // costs recall or flags more loving lines on text nobody tuned to fails here.
  it.each([
    ['holdout 1', PARTNER_HOLDOUT, { assumption: 0.9, outsourcing: 0.9, innocentFlagged: 0.1 }],
    ['holdout 2', PARTNER_HOLDOUT_2, { assumption: 0.85, outsourcing: 0.75, innocentFlagged: 0.15 }],
    ['holdout 3', PARTNER_HOLDOUT_3, { assumption: 0.75, outsourcing: 0.8, innocentFlagged: 0.1 }],
    // Holdout 4 was measured before round 2 (assumption 8/24, outsourcing 5/20, innocent flagged
    // 6/30) and its misses then guided that round's shapes, so its floor guards, it does not measure.
    ['holdout 4', PARTNER_HOLDOUT_4, { assumption: 0.9, outsourcing: 0.85, innocentFlagged: 0.05 }],
    // Holdout 5 was written after round 2 and measured once: assumption 8/20, outsourcing 13/15,
    // innocent flagged 4/25 (the rules before round 2 scored 5/20, 8/15, 4/25 on it).
    ['holdout 5', PARTNER_HOLDOUT_5, { assumption: 0.35, outsourcing: 0.8, innocentFlagged: 0.2 }],
  ] as const)('%s', (name, lines, floor) => {
    for (const line of lines) count(name, line, right(line));
    const r = rates(lines);
    expect(r.assumption, 'assumption recall').toBeGreaterThanOrEqual(floor.assumption);
    expect(r.outsourcing, 'outsourcing recall').toBeGreaterThanOrEqual(floor.outsourcing);
    expect(r.innocentFlagged, 'innocent lines flagged').toBeLessThanOrEqual(floor.innocentFlagged);
  });
});

afterAll(() => {
  const rows = [...table].map(([k, t]) => `${k.padEnd(52)} ${String(t.ok).padStart(3)}/${String(t.n).padEnd(3)} ${(t.ok / t.n).toFixed(2)}`);
  console.log(['partner-style (right / lines, per set, label and shape):', ...rows].join('\n'));
});
