/**
 * compromise's `doc.sweep(net, { tagger: false })`, same matches in the same order, without two
 * costs that made it most of a segment's analysis:
 *   - finding the candidate patterns walked every hook word of the net (about 1,500) for each
 *     sentence; here the sentence's own words are looked up and put back in the net's key order;
 *   - every candidate was run from every term, although a pattern whose required token matches no
 *     term of the sentence cannot match; such candidates are dropped first (`cannotMatch`).
 * The steps mirror compromise 14's sweep/01-getHooks, 02-trim-down, tooSmall, 04-runMatch and the
 * view code of sweep/api.js. tests/analysis/incremental.test.ts checks it against doc.sweep().
 */
import { nlp } from './nlp';

/** A matched term, as compromise keeps it. */
export interface SweepTerm {
  text: string;
  normal: string;
  machine?: string | null;
  implicit?: string;
  root?: string;
  alias?: string[];
  tags: Set<string>;
  index?: [number, number];
  offset?: { start: number; length: number };
}

interface Reg {
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  fuzzy?: boolean;
  greedy?: boolean;
  use?: string;
  id?: unknown;
  word?: string;
  tag?: string;
  method?: string;
  pre?: string;
  post?: string;
  regex?: RegExp;
  chunk?: string;
  switch?: string;
  machine?: string;
  sense?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
  operator?: string;
}

interface Entry {
  match: string;
  ruleId: number;
  regs: Reg[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
}

interface Net {
  hooks: Record<string, Entry[]>;
  always: Entry[];
}

export interface SweepMatch {
  ruleId: number;
  terms: SweepTerm[];
}

interface Methods {
  one: {
    cacheDoc(document: SweepTerm[][]): Set<string>[];
    match(docs: SweepTerm[][], todo: Entry): { ptrs: number[][] };
  };
}
const methods = (nlp as unknown as { methods(): Methods }).methods();

/**
 * Per net: its hook keys in Object.keys order (the order getHooks visits them), each key's position,
 * and for each pattern the (key position, place in that key's list) pairs it is hooked under, in
 * key order. getHooks lists a pattern at the first key the sentence has that hooks it; when no two
 * patterns share a match string (its de-duplication is by match string), that is the whole story.
 */
interface NetIndex {
  names: string[];
  order: Map<string, number>;
  /** Every pattern with what trim-down reads, when match strings are unique (else undefined). */
  cards: Card[] | undefined;
  /** Each pattern's card filed under one key it cannot pass trim-down without (see `guards`). */
  guarded: Map<string, Card[]>;
  /** Patterns without needs, under each of their wants with how often the pattern wants it (see `guards`). */
  wanting: Map<string, { card: Card; times: number }[]>;
  /** Patterns with no such key: tried on every sentence. */
  unguarded: Card[];
}

/**
 * One pattern with what trim-down and getHooks read, laid out once: the sweep puts a few hundred
 * patterns to trim-down per edited sentence, and map look-ups per pattern were most of its cost.
 */
interface Card {
  entry: Entry;
  /** needsInOrder(entry) */
  needs: string[];
  /** (key position, place in that key's list), in key order */
  places: [number, number][];
  /** The last sweep that considered this card (instead of a Set per sentence). */
  seen: number;
  /** Patterns without needs: how many of their wants (with repeats) the sentence has, this sweep. */
  count: number;
}
let sweepNo = 0;

const indexes = new WeakMap<Net, NetIndex>();
/** Per entry: the tests its required tokens put to a sentence (see `cannotMatch`). */
const required = new WeakMap<Entry, Test[]>();

function indexOf(net: Net): NetIndex {
  let ix = indexes.get(net);
  if (!ix) {
    const names = Object.keys(net.hooks);
    const places = new Map<Entry, [number, number][]>();
    const matches = new Map<string, Entry>();
    let unique = true;
    names.forEach((k, i) =>
      net.hooks[k]!.forEach((m, j) => {
        if ((matches.get(m.match) ?? m) !== m) unique = false;
        matches.set(m.match, m);
        const at = places.get(m);
        if (at) at.push([i, j]);
        else places.set(m, [[i, j]]);
      }),
    );
    const cards = [...places].map(([entry, at]): Card => ({ entry, needs: needsInOrder(entry), places: at, seen: 0, count: 0 }));
    ix = { names, order: new Map(names.map((k, i) => [k, i])), cards: unique ? cards : undefined, ...guards(cards) };
    indexes.set(net, ix);
  }
  return ix;
}

/**
 * Trim-down passes a pattern only if the sentence has all its needs, or (with no needs) one of its
 * wants. So each pattern is filed under one need, or under each of its wants; a sentence then only
 * looks at the patterns filed under the words and tags it has (a few dozen of the ~600) instead of
 * putting every pattern to trim-down. Any need is a sound key (trim-down checks all of them); the
 * longest word is chosen because long words are rare ("listen" before "you"), tags only when a
 * pattern needs no word.
 */
function guards(cards: readonly Card[]): Pick<NetIndex, 'guarded' | 'wanting' | 'unguarded'> {
  const guarded = new Map<string, Card[]>();
  const wanting = new Map<string, { card: Card; times: number }[]>();
  const unguarded: Card[] = [];
  const file = (key: string, c: Card) => {
    const list = guarded.get(key);
    if (list) list.push(c);
    else guarded.set(key, [c]);
  };
  for (const c of cards) {
    const m = c.entry;
    if (c.needs.length > 0) file(rarest(c.needs), c);
    else if (m.wants.length > 0 && m.minWant >= 1) {
      // Trim-down counts the wants the sentence has, with repeats; the sentence's keys add them up
      // instead, each pattern's list of wants (up to ~50 words) is then never walked.
      const times = new Map<string, number>();
      for (const w of m.wants) times.set(w, (times.get(w) ?? 0) + 1);
      for (const [w, n] of times) {
        const list = wanting.get(w);
        if (list) list.push({ card: c, times: n });
        else wanting.set(w, [{ card: c, times: n }]);
      }
    } else unguarded.push(c);
  }
  return { guarded, wanting, unguarded };
}

/** The need least likely to be in a sentence, roughly: the longest word, else the first tag. */
function rarest(needs: readonly string[]): string {
  let best = needs[0]!;
  for (const n of needs) if (!n.startsWith('#') && (best.startsWith('#') || n.length > best.length)) best = n;
  return best;
}

/** Per pattern: its needs, words before tags (a missing word is the usual reason to fail, found sooner). */
function needsInOrder(o: Entry): string[] {
  return [...o.needs.filter((x) => !x.startsWith('#')), ...o.needs.filter((x) => x.startsWith('#'))];
}

/** 02-trim-down for one pattern: all its needs, none of its ifNo, and at least minWant of its wants (counted with repeats). */
function trimmed(o: Entry, needs: readonly string[], have: Set<string>): boolean {
  for (let q = 0; q < needs.length; q++) if (!have.has(needs[q]!)) return false;
  if (o.ifNo !== undefined) for (const no of o.ifNo) if (have.has(no)) return false;
  const wants = o.wants;
  if (wants.length === 0) return true;
  let count = 0;
  for (let q = 0; q < wants.length; q++) if (have.has(wants[q]!) && ++count >= o.minWant) return true;
  return count >= o.minWant;
}

/** Files a card that passed trim-down under the first place getHooks would list it: (key position, place in that key's list) as one number. */
function place(c: Card, names: readonly string[], have: Set<string>, placed: Map<number, Card>): void {
  for (let q = 0; q < c.places.length; q++) {
    const p = c.places[q]!;
    if (!have.has(names[p[0]]!)) continue;
    // a key's list is far shorter than 2^16
    placed.set(p[0] * 65536 + p[1], c);
    return;
  }
}

function hasAny(words: readonly string[] | undefined, have: Set<string>): boolean {
  if (words !== undefined) for (const w of words) if (have.has(w)) return true;
  return false;
}

/** 01-getHooks + 02-trim-down: the patterns worth trying on a sentence, in compromise's order. */
function candidates(net: Net, ix: NetIndex, have: Set<string>): Entry[] {
  if (ix.cards) {
    // Every pattern that passes trim-down, placed where getHooks would have listed it.
    // Only patterns filed under a key the sentence has can pass; each place is unique, so the sort fixes the order.
    // (Plain loops, no closures: building a few closures per sentence showed in the profile.)
    const placed = new Map<number, Card>();
    const stamp = ++sweepNo;
    const counted: Card[] = [];
    for (const k of have) {
      const list = ix.guarded.get(k);
      if (list !== undefined) {
        for (let q = 0; q < list.length; q++) {
          const c = list[q]!;
          if (c.seen === stamp) continue;
          c.seen = stamp;
          if (trimmed(c.entry, c.needs, have)) place(c, ix.names, have, placed);
        }
      }
      const wants = ix.wanting.get(k);
      if (wants !== undefined) {
        for (let q = 0; q < wants.length; q++) {
          const w = wants[q]!;
          if (w.card.seen !== stamp) {
            w.card.seen = stamp;
            w.card.count = 0;
            counted.push(w.card);
          }
          w.card.count += w.times;
        }
      }
    }
    // (no needs, so trim-down asks only for no ifNo and minWant wants)
    for (let q = 0; q < counted.length; q++) {
      const c = counted[q]!;
      if (c.count >= c.entry.minWant && !hasAny(c.entry.ifNo, have)) place(c, ix.names, have, placed);
    }
    for (let q = 0; q < ix.unguarded.length; q++) {
      const c = ix.unguarded[q]!;
      if (trimmed(c.entry, c.needs, have)) place(c, ix.names, have, placed);
    }
    // Float64Array sorts numerically without a comparator.
    const at = Float64Array.from(placed.keys()).sort();
    const out: Entry[] = new Array(at.length);
    for (let q = 0; q < at.length; q++) out[q] = placed.get(at[q]!)!.entry;
    return out;
  }
  // The hook lists of the keys the sentence has, in the net's key order, first of each match string.
  const keys: number[] = [];
  for (const k of have) {
    const i = ix.order.get(k);
    if (i !== undefined) keys.push(i);
  }
  keys.sort((a, b) => a - b);
  const already = new Set<string>();
  const list: Entry[] = [];
  for (const i of keys) {
    for (const m of net.hooks[ix.names[i]!]!) {
      if (already.has(m.match)) continue;
      already.add(m.match);
      list.push(m);
    }
  }
  return list.filter((m) => trimmed(m, needsInOrder(m), have));
}

/**
 * A token whose test (term/doesMatch.js) reads only a word, a tag or a fast (a|b) set: no
 * wildcard, id, case-sensitive or fuzzy form, no slow (a b|c) block, and no other kind of test
 * checked before the fast set in doesMatch. Start/end anchors and a fast set's {word/pos} only make
 * doesMatch stricter, so the tests ignore them (a superset: it never rules out a real match).
 */
function testable(r: Reg): boolean {
  return (
    !r.anything && r.id === undefined && !r.use && !r.fuzzy && r.choices === undefined &&
    (r.word !== undefined ||
      r.tag !== undefined ||
      (r.fastOr !== undefined && [r.method, r.pre, r.post, r.regex, r.chunk, r.switch, r.machine, r.sense].every((x) => x === undefined)))
  );
}

/** One necessary condition: some term passes doesMatch for this token (or, for a block, for every testable token of one choice). */
type Test = { word: string } | { tag: string } | { fast: Set<string> } | { choices: Test[][] };

function test(r: Reg): Test | undefined {
  if (r.negative || !testable(r)) return undefined;
  if (r.word !== undefined) return { word: r.word };
  if (r.tag !== undefined) return { tag: r.tag };
  return { fast: r.fastOr! };
}

/**
 * The tokens any match must spend on a term of the sentence: not optional or negated (tryHere
 * dies when such a token matches no term; an optional token before it skips it only after it
 * matched the same term). A testable one needs a term doesMatch accepts; a slow (a b|c) block
 * needs one choice all of whose testable tokens do (tryChoice runs doesMatch on each in turn;
 * a token it cannot test counts as passed).
 */
function requiredTests(entry: Entry): Test[] {
  let tests = required.get(entry);
  if (!tests) {
    tests = [];
    for (const r of entry.regs) {
      if (r.optional || r.negative) continue;
      if (testable(r)) tests.push(test(r)!);
      else if (r.choices !== undefined && r.operator === 'or' && !r.anything && r.choices.every((c) => Array.isArray(c)))
        tests.push({ choices: r.choices.map((c) => c.map(test).filter((t): t is Test => !!t)) });
    }
    required.set(entry, tests);
  }
  return tests;
}

/** What doesMatch compares, gathered over a sentence's terms. */
interface Seen {
  /** word tokens: term.machine, term.alias, term.text, term.normal */
  words: Set<string>;
  /** fast sets: term.root || implicit || machine || normal, and term.text */
  fast: string[];
  tags: Set<string>;
}

function seen(terms: readonly SweepTerm[]): Seen {
  const words = new Set<string>();
  const fast: string[] = [];
  const tags = new Set<string>();
  for (const t of terms) {
    if (t.machine !== null && t.machine !== undefined) words.add(t.machine);
    if (t.alias) for (const a of t.alias) words.add(a);
    words.add(t.text);
    words.add(t.normal);
    fast.push(t.root || t.implicit || t.machine || t.normal, t.text);
    for (const g of t.tags) tags.add(g);
  }
  return { words, fast, tags };
}

function passes(t: Test, s: Seen): boolean {
  if ('word' in t) return s.words.has(t.word);
  if ('tag' in t) return s.tags.has(t.tag);
  if ('fast' in t) {
    for (const w of s.fast) if (t.fast.has(w)) return true;
    return false;
  }
  return t.choices.some((c) => c.every((x) => passes(x, s)));
}

function cannotMatch(entry: Entry, s: Seen): boolean {
  for (const t of requiredTests(entry)) if (!passes(t, s)) return true;
  return false;
}

/** doc.sweep(net, { tagger: false }).found, as rule ids and the matched terms. */
export function sweep(document: SweepTerm[][], netObject: unknown): SweepMatch[] {
  const net = netObject as Net;
  const ix = indexOf(net);
  const caches = methods.one.cacheDoc(document);
  const found: { ruleId: number; pointer: number[] }[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]!;
    // getHooks and trim-down; then the net's `always` and tooSmall.
    let list = candidates(net, ix, caches[n]!);
    if (net.always.length > 0) list = list.concat(net.always);
    // 04-runMatch, skipping what cannot match.
    let s: Seen | undefined;
    for (let q = 0; q < list.length; q++) {
      const m = list[q]!;
      if (terms.length < m.minWords) continue;
      s ??= seen(terms);
      if (cannotMatch(m, s)) continue;
      const res = methods.one.match([terms], m);
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        found.push({ ruleId: m.ruleId, pointer: ptr });
      }
    }
  }
  // sweep/api.js: pointers re-based on the first term's index, then the view's terms.
  const out: SweepMatch[] = new Array(found.length);
  for (let q = 0; q < found.length; q++) {
    const { ruleId, pointer } = found[q]!;
    const first = document[pointer[0]!]![pointer[1]!]!;
    const len = pointer[2]! - pointer[1]!;
    const n = first.index ? first.index[0] : pointer[0]!;
    const start = first.index ? first.index[1] : pointer[1]!;
    out[q] = { ruleId, terms: (document[n] ?? []).slice(start, start + len) };
  }
  return out;
}
