import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, IncrementalAnalyzer } from '../../utils/analysis';
import { analyzeSegment } from '../../utils/analysis/engine';
import { parse } from '../../utils/analysis/nlp';
import { ruleNet } from '../../utils/analysis/rules';
import { segment } from '../../utils/analysis/segment';
import { sweep } from '../../utils/analysis/sweep';
import type { AnalysisContext, AnalyzeOptions } from '../../utils/analysis/types';

const PIECES = [
  'you should just talk to him. ', "I'm so sorry. ", 'you never listen', ' lol ', '😅', 'dont worry bout it',
  '? ', '! ', '. ', '\n', ', ', 'That sounds awful — ', 'have you tried sleeping earlier', ' you make me feel ',
  'worthless', '"you always do this" he said. ', 'ok see you at 7', "it's not a big deal", 'u ', 'ur so lazy',
  'calm down', ' what happened?', 'at least', ' 3 people came. ', 'because of you ', "I'm not saying ",
];

type Edit = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; len: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
);

function apply(text: string, e: Edit): string {
  const at = text.length === 0 ? 0 : e.at % (text.length + 1);
  return e.kind === 'insert' ? text.slice(0, at) + e.text + text.slice(at) : text.slice(0, at) + text.slice(at + e.len);
}

describe('IncrementalAnalyzer', () => {
  it('gives exactly the from-scratch result after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), fc.array(editArb, { minLength: 1, maxLength: 15 }), (start, edits) => {
        const analyzer = new IncrementalAnalyzer();
        let text = start.join('');
        expect(analyzer.analyze(text)).toEqual(analyze(text));
        for (const e of edits) {
          text = apply(text, e);
          expect(analyzer.analyze(text)).toEqual(analyze(text));
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  // Longer drafts with a partner's message and settings: the draft-level steps (quotes, laughter
  // next to a minimising phrase, rules that count only after a feeling, the scorer) see every edit.
  it('matches analyze() with a context and options, on drafts of many sentences', () => {
    const MORE = [
      ...PIECES, "lol don't worry about it. ", "'you're overreacting' is what she said. ", '> you never help\n',
      'haha calm down 😂 ', 'maybe try talking to her? ', "I hear you, that's so hard. ", '(honestly) ', 'take the bus ',
    ];
    const contexts: (AnalysisContext | undefined)[] = [undefined, { partnerMessage: "I'm so stressed, I can't sleep" }, { partnerMessage: 'we got the flat!!' }, { msSinceFocus: 1000, burstCharsPerSecond: 9 }];
    const optionSets: (AnalyzeOptions | undefined)[] = [undefined, { sensitivity: 'gentle' }, { sensitivity: 'watchful' }, { notAPattern: ['dont worry'] }];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...MORE), { minLength: 10, maxLength: 40 }),
        fc.array(editArb, { minLength: 1, maxLength: 10 }),
        fc.nat(contexts.length - 1),
        fc.nat(optionSets.length - 1),
        (start, edits, c, o) => {
          const context = contexts[c];
          const options = optionSets[o];
          const analyzer = new IncrementalAnalyzer();
          let text = start.join('');
          expect(analyzer.analyze(text, context, options)).toEqual(analyze(text, context, options));
          for (const e of edits) {
            text = apply(text, e);
            expect(analyzer.analyze(text, context, options)).toEqual(analyze(text, context, options));
          }
        },
      ),
      { numRuns: 15 },
    );
  }, 180_000);

  it('analyzeChunked gives the same result, yielding on long drafts', async () => {
    const text = Array.from({ length: 120 }, (_, i) => PIECES[i % PIECES.length]).join('');
    let yields = 0;
    const analyzer = new IncrementalAnalyzer();
    const result = await analyzer.analyzeChunked(text, undefined, undefined, {
      budgetMs: 0,
      yieldFn: async () => {
        yields++;
      },
    });
    expect(result).toEqual(analyze(text));
    expect(yields).toBeGreaterThan(0);
  });

  it('analyzeChunked returns null when the draft went stale', async () => {
    const text = Array.from({ length: 60 }, (_, i) => PIECES[i % PIECES.length]).join('');
    const result = await new IncrementalAnalyzer().analyzeChunked(text, undefined, undefined, {
      budgetMs: 0,
      yieldFn: async () => {},
      isStale: () => true,
    });
    expect(result).toBeNull();
  });

  it('re-parses only the edited sentence', () => {
    const analyzer = new IncrementalAnalyzer();
    const text = 'you never listen. I am tired. you should rest. what happened?';
    analyzer.analyze(text);
    const before = analyzer.size;
    analyzer.analyze(text.replace('tired', 'tires'));
    expect(analyzer.size).toBe(before + 1);
    analyzer.reset();
    expect(analyzer.size).toBe(0);
  });
});

describe('lexical gate', () => {
  it('never hides a match compromise would have found', () => {
    const pairs = PIECES.flatMap((a, i) => PIECES.filter((_, j) => (i + j) % 3 === 0).map((b) => a + b));
    const sentences = new Set([...PIECES, ...pairs].flatMap((t) => segment(t).map((s) => s.text)));
    for (const s of sentences) expect(analyzeSegment(s), s).toEqual(analyzeSegment(s, { gate: false }));
  }, 120_000);

  it("the rule sweep finds what compromise's doc.sweep finds, in the same order", () => {
    const pairs = PIECES.flatMap((a, i) => PIECES.filter((_, j) => (i + j) % 2 === 0).map((b) => a + b));
    const sentences = new Set([...PIECES, ...pairs].flatMap((t) => segment(t).map((s) => s.text)));
    type Found = { ruleId: number; view: { docs: unknown[][] } };
    for (const s of sentences) {
      const doc = parse(s) as unknown as { document: never[][]; sweep(net: unknown, o: object): { found: Found[] } };
      const theirs = doc.sweep(ruleNet(), { tagger: false }).found.map((f) => [f.ruleId, f.view.docs[0] ?? []]);
      const ours = sweep(doc.document, ruleNet()).map((f) => [f.ruleId, f.terms]);
      expect(ours, s).toEqual(theirs);
    }
  }, 120_000);
});
