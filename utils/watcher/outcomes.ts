/**
 * Outcomes: which findings the hint showed in each draft, and what became of them (used,
 * dismissed, not-a-pattern, edited away, sent anyway), each logged once; and the trust-bank
 * deposits those actions earn. Every logPattern / logTrust / addNotAPattern write the watcher makes goes through
 * here, so the rules "what counts as an outcome" and "what earns a deposit" live in one file.
 */
import type { Finding } from '../analysis/types';
import type { Outcome, PatternEntry, TrustEntry } from '../storage/records';
import { newId } from './ids';
import { keyOf, type Session } from './sessions';
import { PHRASE_MAX, type AttuneDeps } from './types';

interface Shown {
  id: string;
  finding: Finding;
  resolved: boolean;
}

export interface OutcomesEnv {
  host: string;
  now(): number;
  send: AttuneDeps['send'];
  /** Whether the user allows a snippet of the draft with a "used" entry (settings.storeSnippets). */
  storeSnippets(): boolean;
  report(error: unknown): void;
}

export class Outcomes {
  /** Findings the hint showed, per session, by key: outcome logged once per id. */
  private ledgers = new WeakMap<Session, Map<string, Shown>>();

  constructor(private env: OutcomesEnv) {}

  private ledger(s: Session): Map<string, Shown> {
    let l = this.ledgers.get(s);
    if (!l) this.ledgers.set(s, (l = new Map()));
    return l;
  }

  /** The hint put these findings in front of the user; returns how many it showed for the first time. */
  shown(s: Session, findings: Finding[]): number {
    const l = this.ledger(s);
    let fresh = 0;
    for (const f of findings) {
      const key = keyOf(f);
      if (l.has(key)) continue;
      l.set(key, { id: newId(), finding: f, resolved: false });
      fresh++;
    }
    return fresh;
  }

  /** A fresh analysis found `barriers`: shown findings gone from the text were answered by editing. */
  analysed(s: Session, barriers: Finding[]) {
    const keys = new Set(barriers.map(keyOf));
    for (const [key, shown] of this.ledger(s)) if (!keys.has(key)) this.log(shown, 'edited');
    this.settle(s, null, keys);
  }

  /** A rephrasing replaced `covered` in the draft `text`: used, and a reflection deposit. */
  used(s: Session, covered: Finding[], text: string) {
    for (const f of covered) {
      const shown = this.ledger(s).get(keyOf(f));
      if (shown) this.log(shown, 'used', text);
    }
    this.deposit('reflection');
  }

  dismissed(s: Session, f: Finding | null) {
    const shown = f && this.ledger(s).get(keyOf(f));
    if (shown) this.log(shown, 'dismissed');
  }

  /** The user marked `f` "not a pattern": its phrase joins their list; returns the value added. */
  notAPattern(s: Session, f: Finding): string {
    const value = f.phrase.toLowerCase().slice(0, PHRASE_MAX);
    this.env.send('addNotAPattern', { value, kind: 'phrase', time: this.env.now() }).catch(this.env.report);
    const shown = this.ledger(s).get(keyOf(f));
    if (shown) this.log(shown, 'not-a-pattern');
    return value;
  }

  /** The draft went out: a reflective draft earns a deposit; unanswered hints were sent anyway. */
  sent(s: Session) {
    if (s.findings.some((f) => f.category === 'reflective')) this.deposit('reflection', 'sent a reflection');
    this.settle(s, 'sent-anyway');
  }

  /** The draft is abandoned (location change): unanswered hints are forgotten, not logged. */
  forget(s: Session) {
    this.settle(s, null);
  }

  /** A trust-bank deposit (a used rephrasing, a sent reflection, a repair word, a Silent Sync). */
  deposit(kind: TrustEntry['kind'], note?: string) {
    const entry: TrustEntry = { id: newId(), time: this.env.now(), direction: 'deposit', kind };
    if (note) entry.note = note;
    this.env.send('logTrust', entry).catch(this.env.report);
  }

  private log(shown: Shown, outcome: Outcome, text?: string) {
    if (shown.resolved) return;
    shown.resolved = true;
    const f = shown.finding;
    const entry: PatternEntry = {
      id: shown.id,
      time: this.env.now(),
      site: this.env.host,
      category: f.category,
      reason: f.reason,
      phrase: f.phrase.toLowerCase().slice(0, PHRASE_MAX),
      outcome,
    };
    if (this.env.storeSnippets() && text) entry.snippet = text.slice(0, 500);
    this.env.send('logPattern', entry).catch(this.env.report);
  }

  /** Drop unresolved shown findings not in `keep`, logging `outcome` for each when given. */
  private settle(s: Session, outcome: Outcome | null, keep?: Set<string>) {
    const l = this.ledger(s);
    for (const [key, shown] of l) {
      if (shown.resolved || keep?.has(key)) continue;
      if (outcome) this.log(shown, outcome);
      l.delete(key);
    }
  }
}
