/**
 * The scorer raises outsourcing on sighs no rule lists ("so I get to sit through it alone"). The
 * offer says the hurt plainly and keeps none of the sigh, nor a sarcastic sign-off after it.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../utils/analysis';
import { suggestionFor } from '../../utils/analysis/rephrase';

const cases: [draft: string, partner: string][] = [
  ['so I get to sit through the whole wedding alone. thanks so much', "I can't come to the wedding"],
  ["guess I'll just explain to my mum why you're not there then. cool", "can't make sunday lunch"],
  ["k. I'll just lie here wide awake then", "I'm going to sleep on the sofa"],
];

describe('a sigh the scorer reads as outsourcing', () => {
  it.each(cases)('%s', (draft, partner) => {
    const ctx = { partnerMessage: partner };
    const findings = analyze(draft, ctx);
    expect(findings.map((f) => f.category)).toContain('outsourcing');
    const { rewrite } = suggestionFor(draft, findings, ctx);
    expect(rewrite).toBeTruthy();
    expect(rewrite!).toMatch(/\b(hurt|disappointed|hard for me|lonely)\b/i);
    // nothing of the sigh or its sarcastic sign-off is kept
    expect(rewrite!).not.toMatch(/\b(alone|wide awake|thanks|cool|explain)\b/i);
    expect(analyze(rewrite!, ctx).filter((f) => f.category !== 'reflective')).toEqual([]);
  });
});
