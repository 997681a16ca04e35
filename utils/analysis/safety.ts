/**
 * Safety first: when a message (received or drafted) speaks of suicide, self-harm or abuse, Attune
 * offers no clever rewrite. It shows a short, kind note pointing to immediate help instead.
 *
 * Precision matters in both directions, but a miss costs more than a false alarm, so the patterns
 * are broad about the person ("I", "me", "myself", and the partner "you") and careful only about
 * idioms that borrow the same words ("this traffic is killing me", "I could kill for a coffee").
 */

/** Phrases that, on their own, mean someone may be in danger. Each entry: an example above it. */
const CRISIS: RegExp[] = [
  // "I want to kill myself", "thinking about killing myself", "gonna kms"
  /\b(kill(ing|ed)?|hurt(ing)?|harm(ing)?|cut(ting)?|hang(ing)?|starv(e|ing)|shoot(ing)?|poison(ing)?|burn(ing)?)\s+(my\s*self|myself|meself)\b/,
  /\bkms\b/,
  // "suicide", "suicidal", "I'm going to end it all", "end my life", "take my own life"
  /\bsuicid(e|al)\b/,
  /\b(end|ending|take|taking|took)\s+(my|his|her|your)\s+(own\s+)?life\b/,
  /\bend(ing)?\s+it\s+all\b/,
  /\bunalive\b/,
  // "I don't want to be alive anymore", "I wish I was dead", "better off dead", "I want to die"
  /\b(don'?t|do not|no longer)\s+want\s+to\s+(be\s+alive|live|exist|wake up)\b/,
  /\b(wish|want)\s+(i\s+)?(was|were|to\s+be)\s+dead\b/,
  /\bbetter\s+off\s+(dead|without\s+me)\b/,
  /\bi\s+(just\s+)?want\s+to\s+die\b/,
  /\b(no|not\s+any)\s+reason\s+to\s+live\b/,
  /\b(overdose|od)\s+on\b/,
  /\bself[-\s]?harm(ing)?\b/,
  // abuse: "he hits me", "she beat me", "my husband hurts me", "I'm being abused", "he threatened to kill me"
  /\b(he|she|they|my\s+\w+)\s+(hits?|beats?|beat|chokes?|choked|strangled?|kicked|punched|slapped|raped?|molest(s|ed)?|abuses?|abused|hurts?)\s+me\b/,
  /\b(i\s*'?m|i\s+am|i\s+was|been|being)\s+(abused|raped|molested|assaulted|beaten)\b/,
  /\bthreaten(s|ed)?\s+to\s+(kill|hurt)\s+(me|us|my)\b/,
  /\b(domestic\s+(violence|abuse)|sexual\s+abuse|sexually\s+assaulted)\b/,
  /\bafraid\s+(he|she|they)('ll|\s+will|\s+is\s+going\s+to|\s+might)\s+(kill|hurt|hit)\s+me\b/,
  // the partner at risk, in a draft: "don't kill yourself", "are you going to hurt yourself"
  /\b(kill(ing)?|hurt(ing)?|harm(ing)?)\s+yourself\b/,
];

/** Idioms that borrow the words and mean nothing of the kind. */
const LOOK_ALIKE = [
  /\b(traffic|work|job|heat|commute|suspense|wait|homework|meeting|boss|kids|this|it|that|these\s+\w+|my\s+(feet|back|legs))\s+(is|are)\s+killing\s+me\b/g,
  /\b(could|would)\s+kill\s+for\b/g,
  /\b(killed|kills|slayed|slays)\s+(me|it)\b/g,
  /\bkill(ing)?\s+myself\s+laughing\b/g,
  /\bdying\s+(to|of\s+laughter)\b/g,
];

function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ');
}

/** True when the text speaks of suicide, self-harm or abuse. */
export function detectCrisis(text: string): boolean {
  if (!text) return false;
  let t = normalise(text);
  for (const re of LOOK_ALIKE) t = t.replace(re, ' ');
  // "I'm not suicidal" still warrants care, so negation is deliberately not a veto.
  return CRISIS.some((re) => re.test(t));
}

/** Crisis lines by region (the user can override the number in settings). */
export const CRISIS_LINES: Record<string, string> = {
  US: '988 (call or text)',
  CA: '1-833-456-4566 (or text 45645)',
  GB: '116 123 (Samaritans)',
  IE: '116 123 (Samaritans)',
  AU: '13 11 14 (Lifeline)',
  NZ: '1737 (call or text)',
};

/** The crisis line for a locale such as "en-US", "en_GB" or "fr-CA"; undefined when unknown. */
export function crisisLineFor(locale?: string): string | undefined {
  const region = /[-_]([a-z]{2})\b/i.exec(locale ?? '')?.[1]?.toUpperCase();
  if (region === 'UK') return CRISIS_LINES.GB;
  return region ? CRISIS_LINES[region] : undefined;
}

/** A short, kind note pointing to immediate help. `override` is the user's own number from settings. */
export function crisisNote(locale?: string, override?: string): string {
  const line = override?.trim() || crisisLineFor(locale);
  const help = line
    ? `You can reach a crisis line right now at ${line}, or your local emergency number if anyone is in immediate danger.`
    : 'You can call your local emergency number if anyone is in immediate danger, or find a free, confidential crisis line at findahelpline.com.';
  return `This sounds serious, and it matters more than finding the right words. ${help} Please reach out to someone you trust now — you don't have to carry this alone.`;
}

/** For the hint on a draft: the note when the draft speaks of crisis, else null. */
export function safetyForDraft(text: string, locale?: string, override?: string): string | null {
  return detectCrisis(text) ? crisisNote(locale, override) : null;
}
