import { alt, CAUSED_FEELINGS, NEGATIVE_LABELS } from '../lexicon';

/** Chat spellings of the addressee: "u", "ya", "yall". */
const YOU = '(you|u|ya|yall|youse)';
/** "you are" in all its chat shapes (compromise already expands "you're"). */
// ("youre"/"ure" are expanded to "you are" by nlp.ts; multi-word alternatives are slow to match.)
const YOU_ARE = '(you|u|ur) (are|r|re|were)?';

/** Feelings that words like "sorry" and "that's …" acknowledge. */
export const ACK_ADJECTIVES = [
  'awful', 'terrible', 'horrible', 'hard', 'tough', 'rough', 'sad', 'scary', 'frustrating', 'unfair',
  'awkward', 'lame', 'bummer', 'worst', 'unfortunate', 'difficult', 'heartbreaking', 'painful',
  'upsetting', 'stressful', 'devastating', 'brutal', 'crappy', 'shitty', 'annoying', 'overwhelming',
  'rude', 'disappointing', 'exhausting', 'sucks', 'stinks', 'hurtful', 'horrifying', 'infuriating',
  'nightmare', 'shame', 'pity', 'bad', 'shocking', 'traumatic', 'lonely', 'isolating', 'confusing',
];

const MACROS: Record<string, string> = {
  you: YOU,
  youare: YOU_ARE,
  label: alt(NEGATIVE_LABELS),
  caused: alt(CAUSED_FEELINGS),
  ack: alt(ACK_ADJECTIVES),
};

/** Expand {macro} placeholders in a match pattern. */
export function expand(match: string): string {
  // Inside a group, a macro's alternatives join the group: "({you}|it)" → "(you|u|…|it)".
  let depth = 0;
  let out = '';
  for (let i = 0; i < match.length; i++) {
    const ch = match[i]!;
    if (ch === '{') {
      const close = match.indexOf('}', i);
      const name = match.slice(i + 1, close);
      const body = MACROS[name];
      if (body && close > i) {
        if (depth > 0 && body.indexOf('(', 1) !== -1) throw new Error(`macro {${name}} cannot be used inside a group`);
        out += depth > 0 ? body.slice(1, -1) : body;
        i = close;
        continue;
      }
    }
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    out += ch;
  }
  return out;
}
