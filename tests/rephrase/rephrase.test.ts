import { describe, expect, it } from 'vitest';
import { analyze } from '@/utils/analysis/analyze';
import { bestRewrite, rephrase } from '@/utils/analysis/rephrase';

const best = (text: string) => bestRewrite(text, analyze(text));
const all = (text: string) => rephrase(text, analyze(text)).map((r) => text.slice(0, r.start) + r.text + text.slice(r.end));

describe('rushed-fix: acknowledge first, offer instead of instruct', () => {
  it.each([
    ['You should just talk to your boss.', 'That sounds really hard. Would it help to talk to your boss?'],
    ['Why don’t you quit?', 'That sounds really hard. Would it help to quit?'],
    ['you should just talk to him', 'that sounds really hard — would it help to talk to him?'],
    ['Maybe you should complain to the city', 'That sounds really hard. Would it help to complain to the city?'],
    ['Calm down.', 'I can see how upset you are.'],
    ["It's not a big deal.", 'I can see this matters to you.'],
    ["don't worry about it", 'I can see this is weighing on you'],
    ['At least you still have a job.', 'That sounds really hard, even though you still have a job.'],
  ])('%s', (input, expected) => expect(best(input)).toBe(expected));

  it('offers an open question as another alternative (gerund by compromise)', () => {
    expect(all("Why don't you quit?")).toContain('That sounds really hard. What do you think about quitting?');
    expect(all('you should just talk to your boss')).toContain('that sounds really hard — what do you think about talking to your boss?');
  });

  it('keeps the negation of negative advice', () => {
    expect(best("You shouldn't worry so much about it.")).toBe('That sounds really hard. Would it help not to worry so much about it?');
    expect(all("You shouldn't worry so much about it.")).toContain('That sounds really hard. What do you think about not worrying so much about it?');
  });

  it('does not duplicate an acknowledgement the draft already has', () => {
    const out = best('You should get some rest. That sounds exhausting.')!;
    expect(out.match(/sounds/g)).toHaveLength(1);
    expect(out).toBe('Would it help to get some rest? That sounds exhausting.');
    for (const alt of all('You should get some rest. That sounds exhausting.')) expect(alt.match(/sounds/g)).toHaveLength(1);
  });

  it('acknowledges once in a draft with two pieces of advice', () => {
    const out = best('You should call her. Maybe you could also write to her.')!;
    expect(out.match(/sounds really hard/g)).toHaveLength(1);
  });
});

describe('assumption: name the story and ask', () => {
  // A lowercase texter gets lowercase sentence starts; "I" stays a capital unless they write "i".
  it.each([
    ['You never listen to me.', "I'm telling myself you aren't listening to me — can you help me understand?"],
    ['you always ignore my texts', "I'm telling myself you're ignoring my texts — can you help me understand?"],
    ['You never want to do anything anymore.', "I'm telling myself you don't want to do anything anymore — can you help me understand?"],
    ["You obviously don't care.", "I'm telling myself this doesn't matter to you — can you help me understand?"],
    ['I know you think I’m stupid.', 'Do you think I’m stupid? That’s the story I’m telling myself, and I’d like to check it.'],
    ['You never even noticed me!', "I'm telling myself you didn't notice me — can you help me understand?"],
  ])('%s', (input, expected) => expect(best(input)).toBe(expected));

  it('agrees verbs with "you" (never "you is listening")', () => {
    for (const t of ['You never listen.', 'You always blow things out of proportion.', 'you never call me back']) {
      const out = best(t)!;
      expect(out).not.toMatch(/\byou (is|was|does|has)\b/i);
      expect(out).toMatch(/\byou('re| are| aren't| don't| didn't)\b/i);
    }
  });

  it('makes the object of "care about" the subject, agreeing in person and number', () => {
    expect(best('you obviously dont care about me')).toBe("I'm telling myself I don't matter to you — can you help me understand?");
    expect(best("you don't care about my feelings")).toBe("I'm telling myself my feelings don't matter to you — can you help me understand?");
    expect(best('You never care about my job.')).toBe("I'm telling myself my job doesn't matter to you — can you help me understand?");
  });

  it('turns a label into how it is for the speaker', () => {
    expect(best("You're so lazy.")).toBe("I'm feeling really frustrated right now — can we talk about what just happened?");
  });

  it('drops the absolute from a question', () => {
    expect(best('Do you always have to bring him here?')).toBe('Do you have to bring him here?');
  });
});

describe('outsourcing: own the feeling, make a request', () => {
  it('says a repeated accusation once, keeping what stands between', () => {
    expect(best("All right... Forget it! You've ruined it! Go home! You've ruined it!")).toBe(
      "All right... Forget it! I'm really upset about this, and I'd like us to talk about it. Go home!",
    );
  });

  it.each([
    ['You make me feel worthless.', "I'm feeling worthless right now, and I'd like your support."],
    ['you made me so angry', "I felt so angry, and I'd like us to talk about it"],
    ["It's your fault I'm upset.", "I'm upset, and I'd like your support."],
    ['Fix this.', 'Can we figure this out together?'],
    ["You're freaking me out!", "I'm feeling freaked out right now, and I'd like your support."],
    ['Because of you I can’t sleep.', 'I can’t sleep, and I’d like your support.'],
  ])('%s', (input, expected) => expect(best(input)).toBe(expected));
});

describe('the rest of the draft is untouched', () => {
  it('rewrites only the flagged sentence, byte for byte elsewhere', () => {
    const draft = 'Hey!!  I saw the news :)\nYou never listen to me. Anyway, dinner at 7?';
    const r = rephrase(draft, analyze(draft))[0]!;
    expect(draft.slice(0, r.start)).toBe('Hey!!  I saw the news :)\n');
    expect(draft.slice(r.end)).toBe(' Anyway, dinner at 7?');
    expect(r.text).toBe("I'm telling myself you aren't listening to me — can you help me understand?");
    expect(r.category).toBe('assumption');
    expect(r.move).toBe('name the story');
  });

  it('copies sentences between two flagged ones exactly', () => {
    const draft = 'You should call him. The weather was  weird today. You never listen!';
    const out = best(draft)!;
    expect(out).toContain(' The weather was  weird today. ');
  });
});

describe('never returns a suggestion that is flagged again', () => {
  const drafts = [
    'You should just talk to your boss.', 'calm down', 'you never listen', 'You make me feel worthless.',
    "why don't you just call her? You obviously want to.", 'Get over it.', 'Typical of you.', 'You idiot!',
    'I blame you.', "you're driving me crazy", 'have you tried sleeping earlier', 'just ignore them',
  ];
  it.each(drafts)('%s', (d) => {
    const rs = rephrase(d, analyze(d));
    expect(rs.length).toBeGreaterThan(0);
    expect(rs.length).toBeLessThanOrEqual(3);
    for (const r of rs) {
      const full = d.slice(0, r.start) + r.text + d.slice(r.end);
      expect(analyze(full).filter((f) => f.category !== 'reflective')).toEqual([]);
    }
  });
});

describe('no rephrasing', () => {
  it('for a draft without barriers', () => {
    expect(rephrase('See you at 7!', analyze('See you at 7!'))).toEqual([]);
    expect(bestRewrite('See you at 7!', [])).toBeNull();
  });
  it('for a draft that speaks of crisis', () => {
    const d = "You should just sleep it off. I want to kill myself.";
    expect(rephrase(d, analyze(d))).toEqual([]);
  });
});
