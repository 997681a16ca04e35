/**
 * The phrasings that open a rewrite or stand in for one, fitted to what the partner said:
 * celebration for good news, their own feeling or their own words for something hard, and —
 * without a partner message — nothing that names a feeling they never named.
 *
 * Each list is rotated by the draft's hash (shared.ts), so openings vary across drafts; the gate
 * tries the next phrasing when one does not pass.
 */
import type { Category } from '../types';
import type { PartnerRead } from './partner';
import { rotate } from './shared';

export interface Openers {
  /** Reflect the partner first: celebration, their feeling, "I'm sorry <their words>". Empty without a mood. */
  reflect: string[];
  /** Neutral sentences that leave room before an idea ("Happy to just listen if you'd rather."). */
  checkIn: string[];
}

export function openersFor(p: PartnerRead, seed: number): Openers {
  const reflect: string[] = [];
  if (p.mood === 'good') {
    reflect.push('Congratulations!! 🎉', "That's amazing news!", "Yay, I'm so happy for you!", "Wow, that's huge — well done!", 'This is so exciting!');
    if (p.feeling) reflect.push(`I love how ${p.feeling} you are!`);
  } else if (p.mood === 'hard') {
    if (p.sorryClause) reflect.push(`I'm sorry ${p.sorryClause}.`);
    if (p.feeling) reflect.push(...rotate([`I can hear how ${p.feeling} you are.`, `No wonder you're feeling ${p.feeling}.`], seed, 10));
    reflect.push(...rotate(["Ugh, I'm sorry.", "Oh no, that's a lot.", "I'm so sorry, that's rough."], seed, 11));
  }
  const checkIn =
    p.mood === 'good'
      ? ['No pressure, just a thought.', "Only if it's useful."]
      : ["Happy to just listen if you'd rather.", 'No pressure, just a thought.', "Tell me if you'd rather just vent.", "I'm here either way.", 'Only if it helps.'];
  // Most specific first: the partner's own words, then the feeling they named, then a general reflection.
  return { reflect: p.mood === 'good' ? rotate(reflect, seed, 11) : reflect, checkIn: rotate(checkIn, seed, 12) };
}

/** Validation for a dismissal: only feelings the partner named, or their own words. */
export function validationsFor(p: PartnerRead, seed: number): string[] {
  const out: string[] = [];
  if (p.mood === 'hard') {
    if (p.sorryClause) out.push(`I'm sorry ${p.sorryClause}.`);
    if (p.feeling) out.push(`I can hear how ${p.feeling} you are.`, `It makes sense that you're ${p.feeling}.`);
    out.push(...rotate(['I can tell this really got to you.', 'That clearly hit hard.', "I'm sorry, that sounds painful."], seed, 21));
  } else if (p.mood === 'good') {
    out.push(...rotate(['I love how excited you are!', 'This is such big news!'], seed, 22));
  } else {
    out.push(...rotate(["I'm listening.", 'I want to understand.', "I'm here.", 'Okay, I hear you.'], seed, 23));
  }
  return out;
}

/** Open questions that follow a validation: never advice, never a yes/no about behaving differently. */
export function openQuestions(p: PartnerRead, seed: number): string[] {
  const list =
    p.mood === 'good'
      ? ['Tell me everything!', 'What are you most excited about?']
      : p.mood === 'hard'
        ? [p.feeling && /hurt|sad|heartbroken|rejected|lonely/.test(p.feeling) ? 'What hurt most?' : "What's weighing on you most?", "What's the hardest part?", 'Can you tell me more?', 'What do you need from me right now?', 'How are you holding up?']
        : ["What's going on for you?", 'Can you tell me more?', "What's on your mind?", 'What part is getting to you most?', 'How are you feeling about it?'];
  return rotate(list, seed, 24);
}

/**
 * When no rewrite passes the gate: a question to ask first instead (shown as a question, never
 * inserted as a rewrite).
 */
export function askFirst(category: Category, p: PartnerRead, seed: number): string {
  const byCategory: Partial<Record<Category, string[]>> = {
    assumption: ['Is everything OK with us?', "Can I check something with you — what's been going on for you lately?", 'Can you help me understand what happened?'],
    outsourcing: ['Can we talk about what just happened?', 'Can we slow down and talk about this?', 'Could we take a minute and talk this through?'],
  };
  const byMood: Record<PartnerRead['mood'], string[]> = {
    good: ['How are you feeling about it?', 'What are you most excited about?'],
    crisis: ["Are you safe right now? I'm here with you."],
    hard: ['How are you holding up?', 'What do you need from me right now?', 'Do you want ideas, or should I just listen?'],
    neutral: ['Before I jump in — how are you feeling about it?', "What's going on for you right now?", 'Do you want ideas, or should I just listen?'],
    none: ['Before I jump in — how are you feeling about it?', "What's going on for you right now?", 'Do you want ideas, or should I just listen?'],
  };
  const list = p.mood === 'crisis' ? byMood.crisis : (byCategory[category] ?? byMood[p.mood]);
  return rotate(list, seed, 31)[0]!;
}
