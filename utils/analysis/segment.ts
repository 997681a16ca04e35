/**
 * Split a draft into short segments (sentences; very long ones cut at clause boundaries) with
 * their offsets. Deterministic and purely lexical, so a segment's analysis depends only on its
 * own text: that is what lets the incremental analyzer cache by segment text.
 */
export interface Segment {
  start: number;
  text: string;
}

/** Longest segment handed to compromise in one piece (keeps the per-pause parse small). */
export const MAX_SEGMENT = 120;

// A sentence ends after . ! ? … (and closing quotes/brackets/emoji-free spaces) or at a line break.
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s)|\n/g;
// …but not after an aside in brackets that the sentence carries on from: "it can't (fingers
// crossed!) be worse" is one sentence (the rephraser would otherwise rebuild half of it).
const ASIDE_CONTINUES = /^[)\]]\s+[a-z]/;

/**
 * `memo` (optional, owned by the caller) keeps how each long sentence was cut, by its text: cutting
 * is most of the cost of re-splitting a long draft on every keystroke, and a sentence's pieces
 * depend only on its own text.
 */
export function segment(text: string, memo?: Map<string, readonly Segment[]>): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    // (the bracket is checked first: slicing for the regex at every sentence end was a cost per keystroke)
    const last = text.charCodeAt(end - 1);
    if ((last === 0x29 || last === 0x5d) && ASIDE_CONTINUES.test(text.slice(end - 1, end + 4))) continue;
    pushSentence(text, from, end, out, memo);
    from = end;
  }
  pushSentence(text, from, text.length, out, memo);
  return out;
}

function pushSentence(text: string, from: number, to: number, out: Segment[], memo: Map<string, readonly Segment[]> | undefined): void {
  // A short sentence is only trimmed: cheaper than a look-up.
  if (!memo || to - from <= MAX_SEGMENT) return push(text, from, to, out);
  const sentence = text.slice(from, to);
  let pieces = memo.get(sentence);
  if (!pieces) {
    const cut: Segment[] = [];
    push(sentence, 0, sentence.length, cut);
    memo.set(sentence, (pieces = cut));
  }
  for (const p of pieces) out.push({ start: from + p.start, text: p.text });
}

function push(text: string, from: number, to: number, out: Segment[]): void {
  // trim
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (to <= from) return;
  if (to - from <= MAX_SEGMENT) {
    out.push({ start: from, text: text.slice(from, to) });
    return;
  }
  // Too long (chat text without punctuation, a paste): cut at the last clause boundary, else a space.
  const window = text.slice(from, from + MAX_SEGMENT);
  let cut = -1;
  for (const re of [/[,;:—–]\s/g, /\s(?:and|but|so|because|then)\s/g, /\s/g]) {
    let last = -1;
    for (let m = re.exec(window); m; m = re.exec(window)) if (m.index > 30) last = m.index + 1;
    if (last > 0) {
      cut = last;
      break;
    }
  }
  if (cut <= 0) {
    cut = MAX_SEGMENT;
    // never split a surrogate pair (emoji)
    const code = text.charCodeAt(from + cut);
    if (code >= 0xdc00 && code <= 0xdfff) cut--;
  }
  push(text, from, from + cut, out);
  push(text, from + cut, to, out);
}

/**
 * Exactly what /\s/ matches (ECMAScript WhiteSpace and LineTerminator), by char code: the regex on a
 * one-character string per trimmed character was most of re-splitting a long draft on each keystroke.
 */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
