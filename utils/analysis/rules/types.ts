import type { Category, Severity } from '../types';

/** What a rule's `skipIf` sees about one match. All strings are lower-cased, ’ read as '. */
export interface MatchContext {
  /** The whole sentence (segment) the match is in. */
  sentence: string;
  /** The matched words. */
  phrase: string;
  /** Clause text before the match (since the last , ; : — or sentence start). */
  before: string;
  /** Rest of the sentence after the match. */
  after: string;
  /** The clause holding the match. */
  clause: string;
  /** Matched terms: their normal form and compromise tags. */
  terms: { normal: string; tags: Set<string> }[];
  /** The sentence is a question ("…?" or starts with an auxiliary / wh-word). */
  question: boolean;
}

/**
 * One entry of a rule table: a compromise match pattern, the reason id it reports, how strong
 * a signal it is, and (rarely) a short veto for uses the pattern cannot tell apart by itself.
 * Patterns may use the macros of rules/macros.ts ({you}, {youare}, {label}, …).
 */
export interface Rule {
  /** Reason id: stable, what "not a pattern" feedback keys on. */
  reason: string;
  /** One pattern, or several alternatives (compromise cannot nest groups: "(a (b|c)|d)"). */
  match: string | readonly string[];
  severity: Severity;
  /**
   * Only a barrier when the partner's message carried a feeling: "take the bins out" is an errand,
   * "take a walk" after "I'm so stressed" is a fix.
   */
  onlyAfterFeeling?: boolean;
  /** Veto a match ("you should see the view!"). Keep these short and explain them. */
  skipIf?: (m: MatchContext) => boolean;
  /**
   * The match names a plain habit, with nothing of a complaint about it ("you always hang them
   * there"): said in answer to an everyday message (a question, a plan, a joke; no feeling, no
   * apology, no complaint about the speaker) it informs or teases, and combine.ts drops it.
   */
  plainHabit?: (m: MatchContext) => boolean;
  /**
   * The match is a verdict with nothing after it ("ugh typical.", "here we go again"): it judges
   * whatever the partner's message reported. When that was someone or something else's doing
   * ("the train's delayed again"), it commiserates, and combine.ts drops it.
   */
  bareVerdict?: (m: MatchContext) => boolean;
  /**
   * The words are a barrier even in an admiring sentence ("you ruined it, and it was the best
   * night"): the family's praise veto does not apply.
   */
  keepInPraise?: boolean;
}

export interface RuleFamily {
  category: Category;
  rules: readonly Rule[];
  /** Skip matches that follow a reporting/negating cue ("I'm not saying you never listen"). */
  negatable: boolean;
  /**
   * Skip matches in a sentence that admires (frame.ts): "you're crazy, that was amazing",
   * "because of you I finally tried sushi".
   */
  praiseVeto?: boolean;
}
