/**
 * Pause – Attend – Reflect on a message *received*: find the feeling (a feelings-wheel word, or a
 * common way of saying one) and what it is about, and hand back reflections and open questions.
 *
 *   "I'm so anxious about tomorrow's meeting"
 *     → "I hear how anxious you feel about tomorrow's meeting."  /  "What feels heaviest about it?"
 *
 * With no feeling named, reflect the situation (pronouns flipped: my → your, I → you) and ask
 * about the feeling. A message that speaks of crisis gets the safety note instead (safety.ts).
 *
 * Chat spellings are written out first (normalize.ts: "ur never home" → "you're never home"), and
 * every reflection passes the rephrasing's quality gate (no barrier on re-analysis, grammatical by
 * compromise's checks); what does not pass is dropped, never shown.
 */
import nlp from 'compromise';
import { coreOf, FEELING_SYNONYMS, FEELING_WORDS } from './feelings';
import { crisisNote, detectCrisis } from './safety';
import type { ReflectResult } from './types';
import { normalizeChat } from './normalize';
import { analyze } from './analyze';
import { grammarProblem } from './rephrase/gate';

export interface ReflectOptions {
  /** The user's own crisis line from settings (overrides the locale's). */
  crisisLine?: string;
  /** e.g. "en-US", "en-GB": picks the crisis line. */
  locale?: string;
}

const POSITIVE_CORES = new Set(['joyful', 'powerful', 'peaceful']);

/** Every way of naming a feeling we recognise, longest first (multi-word before single). */
const FEELING_TERMS = [...new Set([...FEELING_WORDS, ...Object.keys(FEELING_SYNONYMS)])].sort((a, b) => b.length - a.length);
const FEELING_RE = new RegExp(`\\b(${FEELING_TERMS.map((w) => w.replace(/\s+/g, '\\s+')).join('|')})\\b`, 'gi');
/** Words before a feeling that show it is the speaker's own: "I'm so anxious", "feeling drained". */
const OWNED = /\b(i'?m|i am|im|i feel|i felt|feeling|i was|i've been|ive been|been|so|really|very|super|kinda|pretty|just|too|am|getting|got|more|extremely|totally)\s+$/i;
/** Not a feeling in these uses: "down the road", "lost my keys", "low battery", "I'm content with the plan" stays. */
const NOT_A_FEELING = /^(down|low|lost|empty|strong|seen|important|aware|safe|calm|secure|content|sick)$/;

interface Found {
  word: string; // the wheel's adjective
  core: string;
  topic: string | null;
  prep: string;
}

export function findFeeling(message: string): Found | null {
  const text = message.replace(/[’‘`]/g, "'");
  let best: { m: RegExpExecArray; owned: boolean } | null = null;
  FEELING_RE.lastIndex = 0;
  for (let m = FEELING_RE.exec(text); m; m = FEELING_RE.exec(text)) {
    const before = text.slice(0, m.index);
    const owned = OWNED.test(before);
    const w = m[1]!.toLowerCase().replace(/\s+/g, ' ');
    if (NOT_A_FEELING.test(w) && !owned) continue;
    // "they call me annoying", "it's depressing out": an -ing word not owned describes someone or something else.
    if (/ing$/.test(w) && !owned) continue;
    if (/\b(not|n't|never)\s+(so\s+|really\s+|very\s+|that\s+)?$/i.test(before)) continue; // "I'm not worried"
    if (!best || (owned && !best.owned)) best = { m, owned };
    if (owned) break;
  }
  if (!best) return null;
  const raw = best.m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const word = FEELING_SYNONYMS[raw] && !FEELING_WORDS.includes(raw) ? adjectiveFor(raw) : raw;
  const core = coreOf(word) ?? coreOf(raw) ?? 'sad';
  const after = text.slice(best.m.index + best.m[0].length);
  const t = /^\s*(?:out\s+|right\s+now\s+|lately\s+|today\s+)?(about|over|with|of|at|for|because|that|since|after|when|by)\s+([^.!?;\n]+)/i.exec(after);
  let topic = t ? flipPronouns(t[2]!.replace(/\s*(,|\band\b|\bbut\b|\bso\b).*$/i, '').trim()) : null;
  if (topic && !/[a-z]/i.test(topic)) topic = null;
  return { word, core, topic, prep: t ? t[1]!.toLowerCase() : 'about' };
}

/** Reflections that pass the gate; a general one when none does. */
function gated(list: string[]): string[] {
  const ok = list.filter(passes);
  return ok.length ? ok : ['It sounds like a lot is going on.'];
}

/** The adjective to reflect for a synonym: "anxiety" → "anxious", "burnt out" stays as said. */
function adjectiveFor(raw: string): string {
  if (/\s/.test(raw) || /(ed|ing|out)$/.test(raw) && !FEELING_SYNONYMS[raw]) return raw;
  const mapped = FEELING_SYNONYMS[raw]!;
  // Keep the speaker's own adjective when it already is one ("stressful" is about a thing, not a person).
  // ("anxiety", "worry" and "scary" end in -y but are a noun and a thing's quality: they map.)
  return /(ed|ous|ful|less|ly|y)$/.test(raw) && !/ful$|ing$|iety$|rry$|ary$/.test(raw) ? raw : mapped;
}

const FLIP: Record<string, string> = {
  i: 'you', me: 'you', my: 'your', mine: 'yours', myself: 'yourself', "i'm": "you're", im: "you're",
  "i've": "you've", "i'll": "you'll", "i'd": "you'd", we: 'you', us: 'you', our: 'your', ours: 'yours',
  ourselves: 'yourselves', "we're": "you're", "we've": "you've", you: 'me', your: 'my', yours: 'mine',
  yourself: 'myself', "you're": "I'm", "you've": "I've", u: 'me', ur: 'my',
};

/** Words after "you" that make it the subject: an auxiliary, a negation, a frequency, a past verb. */
const YOU_AS_SUBJECT = /^\s+(?:didn['’]?t|don['’]?t|did|do|does|can['’]?t|can|could|couldn['’]?t|will|won['’]?t|would|wouldn['’]?t|should|shouldn['’]?t|never|always|said|forgot|left|laughed|told|made|haven['’]?t|hadn['’]?t|keep|kept|went)\b/i;

/** First person → second and back, with the verb agreeing: "I was" → "you were", "you are" → "I am". */
export function flipPronouns(text: string): string {
  return text.replace(/\b(i|you|u)\s+(am|was|are|were)\b|\b[\w']+\b/gi, (m: string, subj: string | undefined, verb: string | undefined, at: number) => {
    if (subj && verb) {
      const v = verb.toLowerCase();
      if (/^i$/i.test(subj)) return `you ${v === 'am' ? 'are' : v === 'was' ? 'were' : v}`;
      return `I ${v === 'are' ? 'am' : v === 'were' ? 'was' : v}`;
    }
    const lower = m.toLowerCase();
    if (lower === 'you' || lower === 'u') {
      // Subject at the start of a clause ("you said") → "I"; otherwise an object ("told you") → "me".
      // A "you" followed by a verb is a subject too ("hurt you didn't stick up for me" → "I didn't").
      const before = text.slice(0, at);
      const after = text.slice(at + m.length);
      // ("since you moved", "until you called", "after you left": a clause opens after these too)
      return /(^|[,;:.!?]\s*|\b(and|but|that|because|cos|if|when|whenever|so|since|until|till|after|before|while|once|unless)\s+)$/i.test(before) || YOU_AS_SUBJECT.test(after) ? 'I' : 'me';
    }
    const r = FLIP[lower];
    if (!r) return m;
    // "I" is capital everywhere, so its capital says nothing: the flipped word keeps a capital only
    // where a sentence starts ("and I'm fed up" → "and you're fed up", not "and You're").
    const starts = /(^|[.!?]\s+)$/.test(text.slice(0, at));
    return /^[A-Z]/.test(m) && lower !== 'i' && (starts || !/^i/.test(lower)) ? r[0]!.toUpperCase() + r.slice(1) : r;
  });
}

/** The first sentence, as a situation to reflect: "My boss moved the deadline again." */
function situationOf(message: string): { text: string; aboutMe: boolean } | null {
  const first = nlp(message).sentences().out('array')[0] as string | undefined;
  if (!first) return null;
  const s = first.replace(/[.!?…\s]+$/u, '').trim();
  if (s.split(/\s+/).length < 3 || /\?$/.test(first.trim())) return null;
  // Keep a leading capital only for names and "I".
  const text = flipPronouns(s.replace(/^(\w)/, (c) => (/^I\b/.test(s) ? c : c.toLowerCase())));
  // "you're never home" is about the listener: reflected as what the partner feels, not as a fact.
  return { text, aboutMe: /^(you|your|you're|you've|you'll)\b/i.test(s) };
}

/** The rephrasing's gate for a reflection: nothing the analysis flags, nothing ungrammatical. */
function passes(reflection: string): boolean {
  return !grammarProblem(reflection) && !analyze(reflection).some((f) => f.category !== 'reflective');
}

export function reflect(received: string, opts?: ReflectOptions): ReflectResult {
  const message = normalizeChat(received);
  if (detectCrisis(message) || detectCrisis(received)) {
    return {
      kind: 'safety',
      reflections: ["That sounds incredibly heavy, and I'm really glad you told me."],
      questions: ['Are you safe right now?', 'Can I stay with you while you reach out for help?'],
      safetyNote: crisisNote(opts?.locale, opts?.crisisLine),
    };
  }
  const found = findFeeling(message);
  if (found) {
    const { word, topic, prep } = found;
    const about = topic ? ` ${prep} ${topic}` : '';
    if (POSITIVE_CORES.has(found.core)) {
      return {
        kind: 'reflection',
        reflections: gated([`I can hear how ${word} you feel${about}!`, `It sounds like you're feeling ${word}${about}.`]),
        questions: ['What made it feel so good?', 'What are you most looking forward to now?'],
      };
    }
    return {
      kind: 'reflection',
      reflections: gated([
        prep === 'of' && topic ? `I hear how ${word} of ${topic} you are.` : `I hear how ${word} you feel${about}.`,
        `It sounds like you're feeling ${word}${about}.`,
        `That makes sense — feeling ${word} is hard.`,
      ]),
      questions: [topic ? 'What feels heaviest about it?' : 'What feels heaviest right now?', 'What would help most right now?', 'How long have you been feeling this way?'],
    };
  }
  const situation = situationOf(message);
  const reflections = !situation
    ? []
    : situation.aboutMe
      ? [`It sounds like you feel ${situation.text}.`, `So it feels to you like ${situation.text} — I hear you.`]
      : [`It sounds like ${situation.text}.`, `So ${situation.text} — that's a lot to take in.`];
  return {
    kind: 'reflection',
    reflections: gated(reflections),
    questions: ['How are you feeling about it?', 'What was that like for you?'],
  };
}
