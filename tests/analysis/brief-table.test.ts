import { describe, expect, it } from 'vitest';
import { analyze, labelsOf, type Category } from '../../utils/analysis';

// Every phrase of the table in ../shared/PRODUCT.md ("What the analysis looks for").
const FOUND: Record<Category, string[]> = {
  'rushed-fix': [
    'you should just talk to him', "why don't you quit?", 'have you tried sleeping earlier', 'calm down',
    "don't worry about it", 'at least you still have a job', "it's not a big deal", 'just ignore them', 'get over it',
  ],
  assumption: [
    'you always ignore my texts', 'you never listen', "you obviously don't care", "I know you think I'm stupid",
    'you just want to win', 'typical of you', "you're so lazy",
  ],
  outsourcing: [
    'you make me feel worthless', 'you made me so angry', "it's your fault I'm upset", 'fix this',
    'you need to make me feel better', "because of you I can't sleep",
  ],
  reflective: ["it sounds like you're exhausted", 'I hear how anxious you are', 'that must have hurt', 'what was that like for you?'],
};
const NOT_FLAGGED: Record<Exclude<Category, 'reflective'>, string[]> = {
  'rushed-fix': ['should I pick up dinner?', 'you should see the view from here!', "don't worry, I already paid", 'at least 3 people came'],
  assumption: ['you always make the best pancakes', 'I never thought of that', "do you think it'll rain?"],
  outsourcing: ['you make me laugh', 'thanks for making me feel welcome', 'can you fix the sink?'],
};

describe("the brief's table", () => {
  for (const [category, phrases] of Object.entries(FOUND) as [Category, string[]][]) {
    for (const phrase of phrases) {
      it(`${category}: "${phrase}"`, () => {
        expect(labelsOf(analyze(phrase))).toEqual([category]);
      });
    }
  }
  for (const [category, phrases] of Object.entries(NOT_FLAGGED)) {
    for (const phrase of phrases) {
      it(`not ${category}: "${phrase}"`, () => {
        expect(labelsOf(analyze(phrase)).filter((c) => c !== 'reflective')).toEqual([]);
      });
    }
  }
  it('"That sounds awful — have you thought about telling HR?" is not rushed', () => {
    expect(labelsOf(analyze('That sounds awful — have you thought about telling HR?'))).toEqual(['reflective']);
  });
});
