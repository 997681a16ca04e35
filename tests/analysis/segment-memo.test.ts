import { describe, expect, it } from 'vitest';
import { segment, type Segment } from '../../utils/analysis/segment';

// Long sentences without punctuation are cut into pieces; the memo keeps those cuts by sentence text.
const LONG = 'so I was thinking we could maybe go to the lake this weekend and take the dog and some food and then ' +
  'stay until the sun goes down because it has been ages since we did anything like that together';
const TEXTS = [
  LONG,
  `hi. ${LONG}! and then ${LONG}`,
  `${LONG}\n${LONG.replace(/ /g, '')}`, // one with no space to cut at
  `${'🙂'.repeat(70)} ok`, // a hard cut must not split an emoji
  `short one. ${LONG.toUpperCase()}? it can't (fingers crossed!) be worse, ${LONG}`,
];

describe('segment() with a memo of cuts', () => {
  it('gives the same segments as without it, first time and from the memo', () => {
    const memo = new Map<string, readonly Segment[]>();
    for (let round = 0; round < 2; round++)
      for (const t of TEXTS) for (const text of [t, `  ${t}  `, `x ${t}`]) expect(segment(text, memo)).toEqual(segment(text));
    expect(memo.size).toBeGreaterThan(0);
  });
});
