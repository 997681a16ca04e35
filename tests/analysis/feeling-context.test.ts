/**
 * carriesFeeling (utils/analysis/context.ts): does the partner's message carry a hard feeling or
 * a hardship? Our own sentences, one per shape, and the look-alikes that must stay quiet: good
 * news, logistics, plain questions, reassurance, slang praise.
 */
import { describe, expect, it } from 'vitest';
import { carriesFeeling } from '../../utils/analysis/context';

const yes = (list: string[]) => {
  for (const m of list) expect(carriesFeeling(m), m).toBe(true);
};
const no = (list: string[]) => {
  for (const m of list) expect(carriesFeeling(m), m).toBe(false);
};

describe('carriesFeeling: hard feelings by word class', () => {
  it('sad, mad, scared and worn-out adjectives', () => {
    yes(['honestly a bit miserable this week', 'still fuming about the parking ticket', 'so paranoid everyone is talking about me', 'completely knackered after the double shift', 'i feel numb about all of it', 'kind of jealous of my cousin tbh', 'I am petrified of the interview']);
  });

  it('nouns naming a hardship', () => {
    yes(['my anxiety has been through the roof', 'the grief comes in waves', 'mum starts chemo on monday', 'the divorce papers came today']);
  });

  it('a hard feeling said without an adjective', () => {
    yes(["I keep crying in the car", 'pretty sure I am losing my mind', 'everything keeps going wrong and I am going crazy', 'I miss how things used to be', "I hate how tired I am all the time"]);
  });
});

describe('carriesFeeling: negated good states and "can\'t …"', () => {
  it('not okay, not coping, nothing helps, no one cares', () => {
    yes(["I'm not okay", 'honestly not doing great', "I don't feel like myself lately", 'nothing helps anymore', 'no one listens to me at home', 'there is no point trying']);
  });

  it("can't sleep, can't cope, can't afford", () => {
    yes(["can't sleep again", "I can't stop thinking about what he said", "we can't afford the rent this month", 'I just cannot face work tomorrow']);
  });

  it('being done with it, having had enough', () => {
    yes(["I'm so done with this job", "I've had enough of the noise upstairs", 'at the end of my rope with the kids']);
  });
});

describe('carriesFeeling: hardship events', () => {
  it('fired, dumped, rejected, someone lost', () => {
    yes(['got laid off this morning', 'he ghosted me after three dates', 'got rejected from the last programme too', 'we lost our dog on sunday', 'my grandad passed away last night', 'we broke up', 'I failed the resit']);
  });

  it('a situation weighing on the speaker', () => {
    yes(['this project is killing me', 'the noise is driving me up the wall', 'rough week at work', "it's been so hard since the move", 'work has me feeling really down']);
  });
});

describe('carriesFeeling: chat spelling', () => {
  it('reads chat spellings and squeezed letters', () => {
    yes(['im not ok', 'cant sleep at all', 'ugh worst day ever', 'rlly struggling w everything', 'feelin so lonely rn', 'im sooo stressed']);
  });

  it('reads sad faces', () => {
    yes(['miss u :(', 'today was a lot 😞']);
  });
});

describe('carriesFeeling: what is no feeling', () => {
  it('good news', () => {
    no(['I passed my driving test!', 'I got the job!!', 'we got engaged last night', 'feeling great after the run', 'I feel so lucky today', 'finally finished the marathon', 'the interview went really well']);
  });

  it('logistics', () => {
    no(['can you grab milk on the way?', "don't worry, I'll pick the kids up", 'my phone died, call you later', 'the hard drive is full again', 'I lost my keys, can you let me in at 6?', 'meeting moved to 3', "we're going down the road to the shop", 'no rush, whenever you get a chance']);
  });

  it('plain questions and chat', () => {
    no(['are you married?', 'what time does the film start?', 'did you see the match last night?', 'feeling like pizza tonight?', "that's sick bro", 'what the hell is that song called', 'I miss you too, see you friday', 'hell yeah, count me in']);
  });
});
