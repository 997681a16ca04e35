/**
 * Outcomes: what became of the hints a draft got, and the trust-bank deposits those actions earn.
 * Every logPattern / logTrust / addNotAPattern write the watcher makes goes through here, so the
 * rules "what counts as an outcome" and "what earns a deposit" live in one file:
 *
 *  - One user action is one outcome row and at most one deposit, however many findings it
 *    resolves: a rephrasing that rewrites two flagged phrases is one "used" and one deposit;
 *    Dismiss answers the whole hint; a send answers everything still open.
 *  - "Edited" (rephrased in own words) only when the flagged words were changed AND that draft was
 *    then sent. A send with a flagged phrase still in it is "sent anyway". Clearing the draft and
 *    sending something else is no answer to the hint: "no response".
 *  - A hint still open when the page is hidden or closed (pagehide, visibilitychange → hidden) is
 *    written as "no response" once; its row keeps its id, so if the person comes back and acts,
 *    that outcome replaces it (the data service puts by id) instead of adding a second row.
 *
 * The findings a hint has shown and not yet seen answered form an "episode" with one row id.
 */
import type { Finding } from '../analysis/types';
import type { Outcome, PatternEntry, TrustEntry } from '../storage/records';
import { newId } from './ids';
import { keyOf, type Session } from './sessions';
import { flaggedWordsPresent } from './stale';
import { PHRASE_MAX, type AttuneDeps } from './types';

interface Open {
  finding: Finding;
  /** The last analysis no longer found it (the words were changed). */
  changed: boolean;
}

interface Episode {
  /** The row this episode's outcome is written under (once, or replaced by id). */
  id: string;
  open: Map<string, Open>;
  /** Keys already answered in this draft: showing them again does not open a new row. */
  answered: Set<string>;
  /** When the draft was last emptied without a send (0 = not since the hint). */
  clearedAt: number;
  /** "No response" already written for this id (the page was hidden). */
  flushed: boolean;
}

export interface OutcomesEnv {
  host: string;
  now(): number;
  send: AttuneDeps['send'];
  /** Whether the user allows a snippet of the draft with a "used" entry (settings.storeSnippets). */
  storeSnippets(): boolean;
  report(error: unknown): void;
}

/** What a send detection saw at the send gesture. */
export interface SentDraft {
  /** The draft as it was when the person pressed Enter / clicked Send. */
  text: string;
  /** When the gesture happened (env.now()). */
  at: number;
}

export class Outcomes {
  private episodes = new Map<Session, Episode>();

  constructor(private env: OutcomesEnv) {}

  private episode(s: Session): Episode {
    let e = this.episodes.get(s);
    if (!e) this.episodes.set(s, (e = { id: newId(), open: new Map(), answered: new Set(), clearedAt: 0, flushed: false }));
    return e;
  }

  /** The hint put these findings in front of the user; returns how many it showed for the first time. */
  shown(s: Session, findings: Finding[]): number {
    const e = this.episode(s);
    let fresh = 0;
    for (const f of findings) {
      const key = keyOf(f);
      if (e.open.has(key) || e.answered.has(key)) continue;
      e.open.set(key, { finding: f, changed: false });
      fresh++;
    }
    return fresh;
  }

  /** A fresh analysis found `barriers`: open findings it no longer finds were changed (not yet answered). */
  analysed(s: Session, barriers: Finding[]) {
    const e = this.episodes.get(s);
    if (!e) return;
    const keys = new Set(barriers.map(keyOf));
    for (const [key, open] of e.open) open.changed = !keys.has(key);
  }

  /** The draft is empty and no send is on the way: what was flagged was deleted, not rephrased. */
  emptied(s: Session) {
    const e = this.episodes.get(s);
    if (e?.open.size) e.clearedAt = this.env.now();
  }

  /** A rephrasing replaced `covered` (the hint's finding first) in `text`: one "used", one deposit. */
  used(s: Session, covered: Finding[], text: string) {
    this.answer(s, 'used', covered, covered, text);
    this.deposit('reflection');
  }

  /** Dismiss answers the whole hint: every open finding of this draft, one row. */
  dismissed(s: Session, f: Finding | null) {
    const e = this.episodes.get(s);
    if (!e?.open.size) return;
    const all = [...e.open.values()].map((o) => o.finding);
    this.answer(s, 'dismissed', f ? [f, ...all] : all, all);
  }

  /** The user marked `f` "not a pattern": its phrase joins their list; returns the value added. */
  notAPattern(s: Session, f: Finding): string {
    const value = f.phrase.toLowerCase().slice(0, PHRASE_MAX);
    this.env.send('addNotAPattern', { value, kind: 'phrase', time: this.env.now() }).catch(this.env.report);
    this.answer(s, 'not-a-pattern', [f], [f]);
    return value;
  }

  /**
   * The draft went out. A reflective draft earns a deposit. Open hints: "sent anyway" if a flagged
   * phrase was still in it, "edited" if every one was changed in this draft, "no response" if the
   * draft was emptied since (a different message went out).
   */
  sent(s: Session, draft?: SentDraft) {
    if (s.findings.some((f) => f.category === 'reflective')) this.deposit('reflection', 'sent a reflection');
    const e = this.episodes.get(s);
    if (e?.open.size) {
      const open = [...e.open.values()];
      const still = open.filter((o) => (draft ? flaggedWordsPresent(draft.text, o.finding.phrase) : !o.changed));
      const outcome: Outcome = still.length
        ? 'sent-anyway'
        : e.clearedAt && (!draft || e.clearedAt <= draft.at)
          ? 'shown'
          : 'edited';
      this.answer(s, outcome, (still.length ? still : open).map((o) => o.finding), open.map((o) => o.finding));
    }
    // A new draft starts: what it shows is new.
    this.episodes.delete(s);
  }

  /** The conversation was left (location change): open hints got no response. */
  forget(s: Session) {
    const e = this.episodes.get(s);
    if (e?.open.size) this.answer(s, 'shown', [...e.open.values()].map((o) => o.finding), []);
    this.episodes.delete(s);
  }

  /** The page is hidden or closing: open hints are written as "no response", once per row id. */
  pageHidden() {
    for (const e of this.episodes.values()) {
      if (!e.open.size || e.flushed) continue;
      e.flushed = true;
      this.write(e.id, [...e.open.values()][0].finding, 'shown');
    }
  }

  /** A trust-bank deposit (a used rephrasing, a sent reflection, a repair word, a Silent Sync). */
  deposit(kind: TrustEntry['kind'], note?: string) {
    const entry: TrustEntry = { id: newId(), time: this.env.now(), direction: 'deposit', kind };
    if (note) entry.note = note;
    this.env.send('logTrust', entry).catch(this.env.report);
  }

  /**
   * One action: one row, for the first of `about` (the finding the person acted on), under the
   * episode's id; `resolves` leave the episode. Findings still open continue under a new id.
   */
  private answer(s: Session, outcome: Outcome, about: Finding[], resolves: Finding[], text?: string) {
    const e = this.episode(s);
    const f = about[0] ?? [...e.open.values()][0]?.finding;
    if (!f) return;
    this.write(e.id, f, outcome, text);
    for (const r of resolves) {
      e.open.delete(keyOf(r));
      e.answered.add(keyOf(r));
    }
    e.id = newId();
    e.flushed = false;
    e.clearedAt = 0;
  }

  private write(id: string, f: Finding, outcome: Outcome, text?: string) {
    const entry: PatternEntry = {
      id,
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
}
