/**
 * Support replies and partner chat (support-style.data.ts, our own words), each read with the
 * partner's message as context, as the extension reads a reply. The set was written before the
 * rules of this round and measured once then; it is held to floors on the whole set, and the
 * per-shape table is printed so a run shows where the rules stand.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, labelsOf } from '../../utils/analysis';
import { SUPPORT_LINES, type SupportLine } from './support-style.data';

function labels(line: SupportLine): string[] {
  return labelsOf(analyze(line.text, line.partner ? { partnerMessage: line.partner } : undefined));
}
function right(line: SupportLine): boolean {
  const l = labels(line);
  return line.expected === 'none' ? !l.includes('rushed-fix') && !l.includes('reflective') : l.includes(line.expected);
}

const table = new Map<string, { n: number; ok: number }>();
afterAll(() => {
  const rows = [...table].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => `${k.padEnd(40)} ${t.ok}/${t.n}`);
  console.log(`support-style lines (right / all):\n${rows.join('\n')}`);
});

describe('support replies and partner chat', () => {
  it('holds its floors: recall of each category, and few everyday lines flagged', () => {
    const wrong: string[] = [];
    for (const line of SUPPORT_LINES) {
      const ok = right(line);
      const key = `${line.expected} / ${line.kind}`;
      const t = table.get(key) ?? { n: 0, ok: 0 };
      t.n++;
      if (ok) t.ok++;
      table.set(key, t);
      if (!ok) wrong.push(`${line.expected}: ${line.text} → ${labels(line).join(',') || '-'}`);
    }
    const share = (e: SupportLine['expected']) => {
      const ls = SUPPORT_LINES.filter((l) => l.expected === e);
      return ls.filter(right).length / ls.length;
    };
    const r = { rushedFix: share('rushed-fix'), reflective: share('reflective'), everydayFlagged: 1 - share('none') };
    console.log(JSON.stringify(r), `\nwrong:\n${wrong.join('\n')}`);
    expect(r.rushedFix).toBeGreaterThanOrEqual(FLOOR.rushedFix);
    expect(r.reflective).toBeGreaterThanOrEqual(FLOOR.reflective);
    expect(r.everydayFlagged).toBeLessThanOrEqual(FLOOR.everydayFlagged);
  });
});

// Measured once before this round's rules (rushed-fix 0.11, reflective 0.26, everyday lines flagged
// 0.46); the rules were then written by shape with these lines in view, so the set is now a
// development set and the floors sit a little under what it scores (0.93, 1.00, 0.08).
const FLOOR = { rushedFix: 0.85, reflective: 0.9, everydayFlagged: 0.1 };
