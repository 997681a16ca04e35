/**
 * The shortcuts that keep a keystroke cheap must never change a result: the gate remembered by
 * trigger words (engine.ts), the sweep's counted wants (sweep.ts) and the analyzer's caches
 * (incremental.ts) against a fresh analyze() for the edits typing produces.
 */
import { describe, expect, it } from 'vitest';
import { analyze, IncrementalAnalyzer } from '../../utils/analysis';
import { gateOpen, normaliseForRules } from '../../utils/analysis/engine';
import { parse } from '../../utils/analysis/nlp';
import { gatePasses, ruleNet } from '../../utils/analysis/rules';
import { sweep } from '../../utils/analysis/sweep';

// Written for this test: advice in chat spellings (u, ya, yall), loving and everyday lines, questions.
const LINES = [
  'could u maybe try calling her tomorrow',
  'ya might want to sleep on it',
  'maybe yall dont need to worry so much',
  'you should totally come to the beach with us',
  'have you tried turning it off and on again?',
  'u always make me laugh so hard',
  "I can't believe you remembered my birthday",
  'why would ya think that?',
  'just ignore him, hes not worth it',
  'the train is late again, see you at 8',
  "you're the best thing that ever happened to me",
  'whatever, its fine. calm down',
  'did you eat yet',
  "I'm not saying you never help",
  'thats so hard, I hear you',
  'ok',
  '',
];

describe('speed shortcuts give the same results', () => {
  it('the remembered gate answers as gatePasses() does, for each text and after one-letter edits', () => {
    const edited = LINES.flatMap((l) => [l, ...Array.from({ length: l.length }, (_, i) => l.slice(0, i) + 'x' + l.slice(i)), l.replace(/ /g, '')]);
    // Every pair of the lines' words: texts the gate turns away whenever every pattern requires a word.
    const words = [...new Set(LINES.join(' ').toLowerCase().split(/[^a-z']+/).filter(Boolean))];
    const texts = [...edited, ...words.flatMap((a) => words.map((b) => `${a} ${b}`))];
    for (let round = 0; round < 2; round++) {
      for (const t of texts) {
        const lower = normaliseForRules(t);
        expect(gateOpen(lower), t).toBe(gatePasses(lower));
      }
    }
  });

  it("the sweep with counted wants finds what compromise's doc.sweep finds, in the same order", () => {
    type Found = { ruleId: number; view: { docs: unknown[][] } };
    for (const s of [...LINES, LINES.join(' ')]) {
      const doc = parse(s) as unknown as { document: never[][]; sweep(net: unknown, o: object): { found: Found[] } };
      const theirs = doc.sweep(ruleNet(), { tagger: false }).found.map((f) => [f.ruleId, f.view.docs[0] ?? []]);
      expect(sweep(doc.document, ruleNet()).map((f) => [f.ruleId, f.terms]), s).toEqual(theirs);
    }
  });

  it('the analyzer matches a fresh analyze() after the edits of typing', () => {
    const analyzer = new IncrementalAnalyzer();
    const base = LINES.slice(0, 12).join('. ');
    const steps: string[] = [base];
    const mid = base.indexOf('. ', base.length / 2);
    steps.push(base.slice(0, mid) + base.slice(mid + 1)); // a full stop deleted: two sentences become one
    steps.push(base.slice(0, mid + 5) + '. ' + base.slice(mid + 5)); // a full stop typed inside a sentence
    steps.push('x' + base); // at the very start
    steps.push(base + ' y'); // at the very end
    steps.push(base.slice(0, 40) + LINES.join('\n') + base.slice(40)); // a paste
    steps.push(base); // undo back to a text seen before
    steps.push(base.slice(0, mid) + ' ' + base.slice(mid)); // a space: same sentences, new offsets
    steps.push(''); // everything deleted
    steps.push(base);
    for (const t of steps) {
      expect(analyzer.analyze(t), t).toEqual(analyze(t));
      expect(analyzer.analyze(t, { partnerMessage: "I'm so tired, work was awful" }), t).toEqual(analyze(t, { partnerMessage: "I'm so tired, work was awful" }));
    }
  });
});
