/**
 * Per-segment analysis: the lexical gate, one compromise parse, one sweep of the rule net, then
 * the vetoes (negation/reporting cues, each rule's skipIf). The result depends only on the
 * segment's text, which is what makes it cacheable (incremental.ts).
 */
import { aboutProblem, admiring, hasDelight } from './frame';
import { parse } from './nlp';
import { COMPILED_RULES, gatePasses, gateWords, ruleNet, triggerWords } from './rules';
import { correctSpelling, setTriggerWords, type Corrected } from './spelling';
import { sweep, type SweepTerm } from './sweep';
import type { MatchContext } from './rules/types';
import type { Category, Severity } from './types';

/** A match inside one segment; offsets are relative to the segment text. */
export interface Hit {
  category: Category;
  reason: string;
  severity: Severity;
  start: number;
  end: number;
  onlyAfterFeeling?: boolean;
  /** A plain habit (Rule.plainHabit): not a story when it answers an everyday message. */
  plainHabit?: boolean;
  /** A bare verdict (Rule.bareVerdict): about the news, not the partner, when the news is not their doing. */
  bareVerdict?: boolean;
}

/** "I'm not saying you never listen", "I don't think you're selfish": reported or denied, not claimed. */
const REPORTED =
  /\b(not saying|never said|didn'?t say|don'?t think|doesn'?t think|didn'?t think|do not think|does not think|not calling|not that|doesn'?t mean|don'?t mean|didn'?t mean|what do (you|u) mean|not because|who said|nobody said|no one said|nobody thinks|never thought|not like|i wish|pretend|imagine if|joking|kidding)\b[^,;:!?]*$/;

/** Clause boundaries inside a segment. */
const CLAUSE_BOUNDARY = /[,;:!?.—–()"“”]|\s-\s|\b(but|and then|because|cause|'cause)\b/g;

// ("don't" opens a question only with a subject after it: "don't you think…?"; "don't get me wrong, I
// understand" and "don't worry, it happens" are imperatives, and their later clauses are statements)
const QUESTION_START = /^\W*(do|does|did|are|is|am|was|were|can|could|would|will|should|have|has|had|why|what|how|when|where|who|which|don't(?= (you|u|ya|we|they|i|he|she|it|people|anyone|your|ur)\b)|doesn't|didn't|isn't|aren't|won't|wouldn't)\b/;

export function normaliseForRules(text: string): string {
  // Same length as the input: offsets stay valid.
  return text.toLowerCase().replace(/[’‘`´]/g, "'");
}

export function isQuestion(sentence: string): boolean {
  return /\?[\s"'”’)!?.\p{Extended_Pictographic}]*$/u.test(sentence) || QUESTION_START.test(sentence);
}

const EMPTY: readonly Hit[] = Object.freeze([]);

let spellingReady = false;

/**
 * `gate: false` runs compromise even when the lexical gate says no rule can match (tests use it).
 * The rules read the segment with chat spellings and one-slip typos corrected (spelling.ts);
 * spans are mapped back onto the text as typed.
 */
export function analyzeSegment(typed: string, opts?: { gate?: boolean }): readonly Hit[] {
  return analyzeSpelled(spellForRules(typed), opts);
}

/** The segment as the rules read it (chat spellings and one-slip typos corrected). */
export function spellForRules(typed: string): Corrected {
  if (!spellingReady) {
    setTriggerWords(triggerWords());
    spellingReady = true;
  }
  return correctSpelling(typed);
}

let triggerSet: Set<string> | undefined;
let alwaysOpen: boolean | undefined;
/** gatePasses() by the trigger words a segment has (a few hundred keys in typing). */
const gateMemo = new Map<string, boolean>();

/**
 * gatePasses(lower), remembered by the trigger words the text has: the gate reads nothing else
 * (only whether each word some pattern requires is among gateWords), and a one-character edit
 * rarely changes that set, while putting ~700 patterns to the gate again was a cost per keystroke.
 */
export function gateOpen(lower: string): boolean {
  // A pattern that requires no word at all lets every text through, and gatePasses('') says so.
  if ((alwaysOpen ??= gatePasses(''))) return true;
  triggerSet ??= new Set(triggerWords());
  const present: string[] = [];
  for (const w of gateWords(lower)) if (triggerSet.has(w)) present.push(w);
  const key = present.sort().join(' ');
  let open = gateMemo.get(key);
  if (open === undefined) {
    if (gateMemo.size >= 2000) gateMemo.clear();
    gateMemo.set(key, (open = gatePasses(lower)));
  }
  return open;
}

/** analyzeSegment() of a segment already spelled by spellForRules (the scorer's features reuse the same spelling). */
export function analyzeSpelled({ text, map }: Corrected, opts?: { gate?: boolean }): readonly Hit[] {
  const lower = normaliseForRules(text);
  if (opts?.gate !== false && !gateOpen(lower)) return EMPTY;
  const doc = parse(text);
  const found = sweep((doc as unknown as { document: Term[][] }).document, ruleNet());
  if (found.length === 0) return EMPTY;

  const hits: Hit[] = [];
  const question = isQuestion(lower.trim());
  for (const f of found) {
    const rule = COMPILED_RULES[f.ruleId];
    const terms = f.terms;
    if (!rule || !terms || terms.length === 0) continue;
    let start = Infinity;
    let end = -1;
    for (const t of terms) {
      const o = t.offset;
      if (!o || !t.text) continue; // implicit (contraction) terms have no text of their own
      start = Math.min(start, o.start);
      end = Math.max(end, o.start + o.length);
    }
    if (end <= start) continue;
    const ctx = context(lower, start, end, terms, question);
    if (rule.negatable && REPORTED.test(ctx.before)) continue;
    if (rule.skipIf?.(ctx)) continue;
    // A compliment in a story's or blame's clothes: "you obviously worked hard on this, it shows".
    if (rule.praiseVeto && admiring(lower, start, end, text)) continue;
    const hit: Hit = map
      ? { category: rule.category, reason: rule.reason, severity: rule.severity, start: map[start]!, end: map[end - 1]! + 1 }
      : { category: rule.category, reason: rule.reason, severity: rule.severity, start, end };
    if (rule.onlyAfterFeeling || recommends(rule.reason, lower, start, end)) hit.onlyAfterFeeling = true;
    if (rule.plainHabit?.(ctx)) hit.plainHabit = true;
    if (rule.bareVerdict?.(ctx)) hit.bareVerdict = true;
    hits.push(hit);
  }
  return hits;
}

/**
 * "try the new thai place, it's amazing", "you have to see this, it's adorable": an imperative in a
 * sentence of delight, about no problem, recommends or teases. It is rushed only when the
 * partner's message carried a feeling to rush past (combine.ts drops it otherwise).
 */
function recommends(reason: string, lower: string, start: number, end: number): boolean {
  if (reason !== 'advice-imperative' && reason !== 'advice-should' && reason !== 'advice-need-to') return false;
  // "stop being so perfect", "stop it, you're too cute": teasing, whatever the clause.
  if (/\bstop$/.test(lower.slice(start, end)) && hasDelight(lower.slice(end)) && !aboutProblem(lower)) return admiring(lower, start, end);
  // The delight must be a clause of its own that judges the thing: "give them your love and
  // support" is advice whose object happens to be a loving word.
  const clauseEnd = lower.slice(end).search(/[,;:!.—–]|\s-\s/);
  return clauseEnd >= 0 && hasDelight(lower.slice(end + clauseEnd)) && !aboutProblem(lower) && admiring(lower, start, end);
}

type Term = SweepTerm;

function context(lower: string, start: number, end: number, terms: Term[], question: boolean): MatchContext {
  let clauseStart = 0;
  let clauseEnd = lower.length;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(lower); m; m = CLAUSE_BOUNDARY.exec(lower)) {
    const boundaryEnd = m.index + m[0].length;
    if (boundaryEnd <= start) clauseStart = /\w/.test(m[0]) ? m.index : boundaryEnd;
    else if (m.index >= end) {
      clauseEnd = m.index;
      break;
    }
  }
  return {
    sentence: lower,
    phrase: lower.slice(start, end),
    before: lower.slice(clauseStart, start),
    after: lower.slice(end),
    clause: lower.slice(clauseStart, clauseEnd),
    terms: terms.map((t) => ({ normal: t.machine || t.normal, tags: t.tags })),
    question,
  };
}
