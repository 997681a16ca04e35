import { nlp } from '../nlp';
import type { Category } from '../types';
import { assumption } from './assumption';
import { expand } from './macros';
import { outsourcing } from './outsourcing';
import { reflective } from './reflective';
import { rushedFix } from './rushed-fix';
import type { Rule, RuleFamily } from './types';

export const RULE_FAMILIES: readonly RuleFamily[] = [rushedFix, assumption, outsourcing, reflective];

export interface CompiledRule extends Rule {
  id: number;
  category: Category;
  negatable: boolean;
  praiseVeto: boolean;
}

/** Every rule, numbered; the net's entries carry the number back. */
export const COMPILED_RULES: readonly CompiledRule[] = RULE_FAMILIES.flatMap((family) =>
  family.rules.map((rule) => ({ ...rule, category: family.category, negatable: family.negatable, praiseVeto: !!family.praiseVeto && !rule.keepInPraise, id: 0 })),
).map((rule, id) => ({ ...rule, id }));

type Net = unknown;
let net: Net | undefined;

/** All match patterns compiled once into a compromise net (swept in one pass per segment). */
export function ruleNet(): Net {
  if (!net) {
    const entries = COMPILED_RULES.flatMap((r) =>
      (typeof r.match === 'string' ? [r.match] : r.match).map((m) => ({ match: checked(expand(m), r.reason), ruleId: r.id })),
    );
    net = (nlp as unknown as { buildNet(m: object[]): Net }).buildNet(entries);
  }
  return net;
}

interface Reg {
  optional?: boolean;
  negative?: boolean;
  min?: number;
  word?: string;
  fastOr?: Set<string> | string[];
  choices?: Reg[][];
}

/** For each compiled pattern: groups of words, at least one of each group must be in the text. */
let gateEntries: string[][][] | undefined;

function requirement(reg: Reg): string[] | undefined {
  if (reg.optional || reg.negative || reg.min === 0) return undefined;
  if (reg.word) return [reg.word];
  if (reg.fastOr) {
    const words = [...reg.fastOr];
    return words.every((w) => /^[a-z0-9']+$/.test(w)) ? words : undefined;
  }
  if (reg.choices) {
    const firsts = reg.choices.map((c) => (c[0] && !c[0].optional && !c[0].negative ? c[0].word : undefined));
    return firsts.every((w): w is string => !!w) ? firsts : undefined;
  }
  return undefined; // a tag, a wildcard: nothing to check lexically
}

/**
 * The lexical gate. Every compiled pattern has terms that must be one of a few words ("should",
 * "(maybe|perhaps)"); a segment lacking such a word for every pattern cannot match, so it is never
 * parsed. Derived from compromise's own compiled patterns, so it cannot disagree with the rules.
 */
export function gatePasses(lowerText: string): boolean {
  if (!gateEntries) {
    const hooks = (ruleNet() as { hooks: Record<string, { regs: Reg[] }[]> }).hooks;
    const entries = new Set<{ regs: Reg[] }>();
    for (const list of Object.values(hooks)) for (const e of list) entries.add(e);
    gateEntries = [...entries].map((e) => e.regs.map(requirement).filter((r): r is string[] => !!r));
  }
  const words = gateWords(lowerText);
  return gateEntries.some((groups) => groups.every((g) => g.some((w) => words.has(w))));
}

/** Every word some pattern requires: what a typo is corrected towards (spelling.ts). */
export function triggerWords(): string[] {
  gatePasses('');
  return [...new Set(gateEntries!.flat(2))].sort();
}

/** The words compromise will see, roughly: contractions expanded both ways (a superset is fine). */
const EXPANSIONS: Record<string, string> = {
  "won't": 'will not', "can't": 'can not', cannot: 'can not', "ain't": 'is not are not am not', dont: 'do not',
  doesnt: 'does not', didnt: 'did not', cant: 'can not', wont: 'will not', isnt: 'is not', wasnt: 'was not',
  arent: 'are not', werent: 'were not', couldnt: 'could not', shouldnt: 'should not', wouldnt: 'would not',
  havent: 'have not', hasnt: 'has not', im: 'i am', ive: 'i have', youre: 'you are', ure: 'you are',
  youve: 'you have', youll: 'you will', theyre: 'they are', its: 'it is', thats: 'that is', whats: 'what is',
  lets: 'let us', gonna: 'going to', wanna: 'want to', gotta: 'got to', "let's": 'let us', ur: 'you are your',
};

export function gateWords(lowerText: string): Set<string> {
  const words = new Set<string>();
  for (const raw of lowerText.replace(/[’‘`´]/g, "'").split(/[^a-z0-9']+/)) {
    if (!raw) continue;
    const w = raw.replace(/^'+|'+$/g, '');
    words.add(w);
    const exp = EXPANSIONS[w];
    if (exp) for (const x of exp.split(' ')) words.add(x);
    const m = /^(.*?)(n't|'re|'m|'ll|'ve|'d|'s)$/.exec(w);
    if (m) {
      words.add(m[1]!);
      const tail = { "n't": 'not', "'re": 'are', "'m": 'am', "'ll": 'will', "'ve": 'have', "'d": 'would had did', "'s": 'is has us' }[m[2]!]!;
      for (const x of tail.split(' ')) words.add(x);
    }
  }
  return words;
}

/** compromise silently misreads nested groups; fail loudly instead. */
function checked(match: string, reason: string): string {
  let depth = 0;
  for (const ch of match) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (depth > 1 || depth < 0) throw new Error(`rule ${reason}: nested or unbalanced group in "${match}"`);
  }
  return match;
}
