/**
 * A CheckList-style behavioural suite (Ribeiro et al., 2020) for the analysis: perturbations that
 * must not change a draft's labels (invariance), and edits that must move them one way
 * (directional). Shared by tests/analysis/behaviour.test.ts (on the drafts below, written for
 * this suite) and `npm run eval` (also on the corpus's read lines when ../shared/corpus is there).
 * Everything goes through analyze() with default options, as the extension calls it.
 */
import { analyze, labelsOf, type Category } from '../../utils/analysis';

/** Drafts written for this suite (not from any corpus): every category and plain chat. */
export const BASE_DRAFTS: readonly string[] = [
  // rushed-fix
  'You should just tell your boss you need a day off.',
  "Why don't you call your sister and ask her to help?",
  'Have you tried going to bed a bit earlier?',
  "Don't worry about it, it's not a big deal.",
  'At least you still have the weekend to sort it out.',
  'Maybe you could look for a quieter flat next year.',
  'I would suggest writing down everything that happened.',
  'Just ignore them, they are not worth your energy.',
  "You need to stop checking your phone before bed.",
  "It'll be fine, everything works out in the end.",
  'Try going for a long walk when it gets too much.',
  'Calm down, it was only one bad meeting.',
  // reflective
  'That sounds really exhausting, I am sorry it has been like this.',
  'It must have been so hard to hear that from your friend.',
  "I'm so sorry, that is a horrible thing to go through.",
  'How are you holding up after everything this week?',
  'I can imagine how lonely the evenings feel right now.',
  'It sounds like you feel stuck between the two of them.',
  'No wonder you are tired, you have been carrying a lot.',
  'What was the hardest part of the visit for you?',
  // assumption
  'You always leave the dishes for me to do.',
  "You never listen when I talk about my family.",
  "You're so selfish about the car.",
  "You obviously don't care what I think.",
  'All you ever do is complain about my friends.',
  "You don't even try to understand my side.",
  // outsourcing
  'You make me feel invisible when you scroll through dinner.',
  "It's all your fault that we missed the train.",
  "Because of you I can't sleep at night.",
  "You're stressing me out with all these questions.",
  'You ruined the whole evening for everyone.',
  // plain chat and innocent look-alikes
  'Can you pick up some milk on the way home?',
  'I always forget where I put my keys.',
  'The film starts at eight, shall we meet at half seven?',
  'My brother is visiting on Sunday with the kids.',
  'You always make the best pancakes.',
  'Thanks for making me feel so welcome yesterday.',
  'I never liked that café anyway, the coffee is bitter.',
  "It's not your fault the printer broke.",
  'We should book the tickets before they sell out.',
  'He never calls his mum on her birthday.',
  'Did you see the match last night?',
];

/** Labels of a draft through analyze() with default options. */
export const labelsOfText = (text: string, partnerMessage?: string): Category[] =>
  labelsOf(analyze(text, partnerMessage ? { partnerMessage } : undefined));

const CHAT: [RegExp, string][] = [
  [/\byou are\b/gi, 'u r'], [/\byou're\b/gi, 'ur'], [/\byour\b/gi, 'ur'], [/\byou\b/gi, 'u'],
  [/\bI'm\b/g, 'im'], [/\bdon't\b/gi, 'dont'], [/\bcan't\b/gi, 'cant'], [/\bthat's\b/gi, 'thats'],
  [/\bbecause\b/gi, 'bc'], [/\bsorry\b/gi, 'sry'],
];

/** Swap two inner letters of the n longest words (ties: the earlier word): a typo a fast typist makes. */
function typo(text: string, n: number): string {
  const words = [...text.matchAll(/[A-Za-z]{6,}/g)].sort((a, b) => b[0].length - a[0].length || a.index! - b.index!).slice(0, n);
  let out = text;
  for (const w of words) {
    const i = w.index! + Math.floor(w[0].length / 2) - 1;
    out = out.slice(0, i) + out[i + 1] + out[i] + out.slice(i + 2);
  }
  return out;
}

/** Invariance perturbations: name → function. None of these should change what a reader hears. */
export const PERTURBATIONS: Record<string, (t: string) => string> = {
  'lower case': (t) => t.toLowerCase(),
  'upper case': (t) => t.toUpperCase(),
  'curly apostrophes': (t) => t.replace(/'/g, '’'),
  'no apostrophes': (t) => t.replace(/['’]/g, ''),
  'chat-speak': (t) => CHAT.reduce((s, [re, r]) => s.replace(re, r), t),
  'emoji at the end': (t) => `${t} 🙂`,
  'one typo': (t) => typo(t, 1),
  'two typos': (t) => typo(t, 2),
  'no final punctuation': (t) => t.replace(/[.!]+$/, ''),
  'exclamation marks': (t) => t.replace(/[.]*$/, '!!'),
  'a name in front': (t) => `Sam, ${t.charAt(0).toLowerCase()}${t.slice(1)}`,
  'repeated letters': (t) => t.replace(/\b(so|really|no)\b/gi, (w) => `${w}${w.slice(-1).repeat(3)}`),
};

export interface InvarianceRow {
  name: string;
  drafts: number;
  changed: number;
  examples: string[];
}

/** For each perturbation: on how many drafts the labels changed (at most 2% may). */
export function invariance(drafts: readonly string[], contexts?: readonly (string | undefined)[]): InvarianceRow[] {
  const base = drafts.map((t, i) => labelsOfText(t, contexts?.[i]).join(','));
  return Object.entries(PERTURBATIONS).map(([name, f]) => {
    const examples: string[] = [];
    let changed = 0;
    drafts.forEach((t, i) => {
      const p = f(t);
      if (p === t) return;
      const got = labelsOfText(p, contexts?.[i]).join(',');
      if (got !== base[i]) {
        changed++;
        if (examples.length < 3) examples.push(`"${p}" [${base[i] || '-'} → ${got || '-'}]`);
      }
    });
    return { name, drafts: drafts.length, changed, examples };
  });
}

/** Advice drafts for the directional check: an acknowledgement put first must clear rushed-fix. */
export const ADVICE_DRAFTS: readonly string[] = BASE_DRAFTS.slice(0, 12);
export const ACKNOWLEDGEMENTS = ['That sounds really hard.', "I'm so sorry, that's awful.", 'It makes sense you feel that way.'];

/** Drafts where "I always/never…" is about the speaker: never an assumption about the addressee. */
export const I_ALWAYS: readonly string[] = [
  'I always forget to charge my phone.',
  'I never know what to cook on Mondays.',
  'I always feel better after a swim.',
  "I'm always late on Fridays, sorry.",
  'I never said you had to come.',
  'I always wanted to see Lisbon.',
  'Honestly I never liked that song.',
  'I always end up doing the laundry on Sunday night.',
];

export interface DirectionalRow {
  name: string;
  cases: number;
  failed: string[];
}

export function directional(): DirectionalRow[] {
  const ack: string[] = [];
  let ackCases = 0;
  for (const a of ACKNOWLEDGEMENTS)
    for (const d of ADVICE_DRAFTS) {
      if (!labelsOfText(d).includes('rushed-fix')) continue;
      ackCases++;
      const t = `${a} ${d}`;
      if (labelsOfText(t).includes('rushed-fix')) ack.push(t);
    }
  const always = I_ALWAYS.filter((t) => labelsOfText(t).includes('assumption'));
  return [
    { name: 'an acknowledgement before advice clears rushed-fix', cases: ackCases, failed: ack },
    { name: '"I always/never…" is never an assumption', cases: I_ALWAYS.length, failed: always },
  ];
}

export function report(inv: readonly InvarianceRow[], dir: readonly DirectionalRow[]): string {
  const lines = ['perturbation            drafts  changed   rate'];
  for (const r of inv) {
    lines.push(`${r.name.padEnd(22)} ${String(r.drafts).padStart(7)} ${String(r.changed).padStart(8)} ${((100 * r.changed) / r.drafts).toFixed(1).padStart(6)}%${r.changed / r.drafts > 0.02 ? '  ABOVE 2%' : ''}`);
    for (const e of r.examples) lines.push(`    ${e}`);
  }
  for (const d of dir) {
    lines.push(`${d.name}: ${d.cases - d.failed.length}/${d.cases} hold`);
    for (const f of d.failed.slice(0, 3)) lines.push(`    fails: "${f}"`);
  }
  return lines.join('\n');
}
