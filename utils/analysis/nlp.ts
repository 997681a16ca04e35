/**
 * The one place the analysis touches compromise. We use the `two` build (tokenizer, contractions,
 * part-of-speech tagger): the rules need tags, negation and contractions, not the chunker.
 * compromise is a singleton, so if another module loads the full build its `chunks` step would
 * run on every parse; we therefore run the tagging steps by name instead of every registered hook,
 * which keeps the cost the same whichever build the bundle holds.
 */
import nlp from 'compromise/two';

type Doc = ReturnType<typeof nlp>;

// Chat spellings compromise does not expand by itself. Harmless for anyone sharing the instance.
const CHAT_CONTRACTIONS = [
  { word: 'youre', out: ['you', 'are'] },
  { word: 'ure', out: ['you', 'are'] },
  { word: 'theyre', out: ['they', 'are'] },
  { word: 'wont', out: ['will', 'not'] },
];
const model = (nlp as unknown as { world(): { model: { one: { contractions: { word: string }[] } } } }).world().model.one;
for (const c of CHAT_CONTRACTIONS) if (!model.contractions.some((x) => x.word === c.word)) model.contractions.push(c);

const TAG_STEPS = ['index', 'id', 'freeze', 'typeahead', 'lexicon', 'preTagger', 'contractionTwo', 'offset'];
let steps: string[] | undefined;

/** Chat words compromise's lexicon lacks, so patterns like "{you} should #Adverb? #Verb" see them. */
const CHAT_LEXICON: Record<string, string> = {
  prob: 'Adverb', probs: 'Adverb', prolly: 'Adverb', def: 'Adverb', defo: 'Adverb', rly: 'Adverb',
  srsly: 'Adverb', lowkey: 'Adverb', totes: 'Adverb', deffo: 'Adverb', literally: 'Adverb',
  tbh: 'Expression', imo: 'Expression', imho: 'Expression', ngl: 'Expression', idk: 'Expression',
  w: 'Preposition', bc: 'Conjunction', cuz: 'Conjunction', coz: 'Conjunction', bout: 'Preposition',
};

let chatLexiconAdded = false;

/** Tokenise and tag one segment; terms get `offset` relative to `text`. */
export function parse(text: string): Doc {
  // tokenize(text, CHAT_LEXICON) would add the words to compromise's lexicon again on every parse,
  // a cost per keystroke; they stay there, so adding them before the first parse is the same.
  if (!chatLexiconAdded) {
    nlp.addWords(CHAT_LEXICON);
    chatLexiconAdded = true;
  }
  const doc = nlp.tokenize(text);
  if (!steps) {
    const available = (doc as unknown as { world: { compute: Record<string, unknown> } }).world.compute;
    steps = TAG_STEPS.filter((s) => s in available);
  }
  doc.compute(steps);
  return doc;
}

/** A plain full compromise parse (what the bench compares against). */
export function fullParse(text: string): Doc {
  return nlp(text);
}

export { nlp };
