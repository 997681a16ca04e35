/**
 * Support replies and partner chat, written for this suite in our own words (never taken or
 * paraphrased from ../shared/corpus or the lead's blind set): a reply to someone who shared a
 * problem or a feeling, or a line of everyday chat. Written before any rule change of this round
 * and measured once (support-style.test.ts prints the table); the figure then is the baseline.
 */
export type Expected = 'rushed-fix' | 'reflective' | 'none';

export interface SupportLine {
  /** What the other person said just before (the context analyze() is given). */
  partner?: string;
  text: string;
  expected: Expected;
  /** The shape of line, for the per-kind table. */
  kind: string;
}

const P_WORK = "my manager keeps piling work on me and i'm so stressed i can't sleep";
const P_LONELY = "i feel like nobody at the new place even notices me, it's been really lonely";
const P_EXAM = "i failed the driving test again and i feel like such an idiot";
const P_MONEY = "rent went up again and i honestly don't know how we'll manage, i'm panicking";
const P_SISTER = "my sister said some really hurtful things at dinner and i can't stop thinking about it";
const P_GRIEF = "it's a year since mum died and i still cry most nights";
const P_INTERVIEW = "big interview tomorrow and i'm so nervous i feel sick";
const P_PLAIN = 'heading to the shops, need anything?';
const P_NEWS = 'guess what, we got the flat!!';

const lines = (expected: Expected, kind: string, partner: string | undefined, texts: readonly string[]): SupportLine[] =>
  texts.map((text) => ({ partner, text, expected, kind }));

export const SUPPORT_LINES: readonly SupportLine[] = [
  // ── rushed-fix: bare imperatives as the answer to a feeling or a problem ──
  ...lines('rushed-fix', 'bare imperative', P_WORK, [
    'write down every extra task he gives you and send him the list on friday',
    'book a day off and switch your phone off',
    'forward him the emails and ask which one he wants first',
    'update your linkedin tonight, then start applying elsewhere',
  ]),
  ...lines('rushed-fix', 'bare imperative', P_MONEY, [
    'ring the landlord and negotiate',
    'cancel the gym and the streaming stuff, done',
    'check if you can claim housing benefit',
    'compare energy tariffs, we saved loads that way',
  ]),
  ...lines('rushed-fix', 'bare imperative', P_SISTER, [
    'mute her for a few days',
    'text her tomorrow and clear the air',
    'please bring this up with her when you are both calm',
  ]),
  ...lines('rushed-fix', 'bare imperative', P_INTERVIEW, [
    'have an early night and lay your clothes out',
    'google the company and prepare three questions',
    'then come for a swim with me in the morning, it will clear your head',
  ]),
  ...lines('rushed-fix', 'noun-list fix', P_WORK, [
    'lavender oil, a white noise app, no screens after ten. works every time.',
    'magnesium and a cold bedroom. total game changer',
  ]),
  ...lines('rushed-fix', 'hedged or indirect', P_LONELY, [
    'it might be worth joining a club or something',
    "i wouldn't take it personally, people are just busy",
    "it's probably just that everyone is still settling in",
    'could just be that they are shy too',
  ]),
  ...lines('rushed-fix', 'minimising', P_EXAM, [
    "loads of people fail it twice, it's no biggie",
    "no point beating yourself up, just rebook",
    "you're overthinking it. seriously stop",
    'eh, third time lucky',
    'relax, there is no deadline on passing',
  ]),
  ...lines('rushed-fix', 'advice as a question', P_MONEY, [
    'have you both sat down and done a budget?',
    'has he thought about getting a second job?',
    'have you two looked at cheaper areas?',
  ]),

  // ── reflective: validation without the listed phrases ──
  ...lines('reflective', 'evaluative sentence', P_WORK, [
    "that's so draining, no wonder you can't switch off",
    'being stretched that thin is exhausting',
    'that kind of pressure would wear anyone down',
    'lying awake with it all going round is the worst',
  ]),
  ...lines('reflective', 'evaluative sentence', P_LONELY, [
    'that is so isolating',
    "it's really disheartening when you're making the effort and nobody notices",
    'that can feel so lonely',
    'ugh that stings',
  ]),
  ...lines('reflective', 'naming their feeling', P_SISTER, [
    "you're carrying a lot of hurt from that",
    "you're stuck between wanting to forgive her and being angry",
    'there is so much hurt in that',
    'i can hear how much she matters to you',
  ]),
  ...lines('reflective', 'normalising', P_INTERVIEW, [
    'totally normal to be nervous the night before',
    'it makes sense you feel sick, this one matters',
    'being this nervous just shows how much you care about it',
    'feeling shaky before something big is a really normal reaction',
  ]),
  ...lines('reflective', 'normalising', P_GRIEF, [
    'of course you still cry, she was your mum',
    "it's completely understandable to still feel it this much",
    'grief has no schedule, it makes total sense',
  ]),
  ...lines('reflective', 'partner register', P_EXAM, [
    "that's gutting, you practised so much",
    "ugh that's rough, especially after all those lessons",
    'makes total sense you feel rubbish about it',
    'that would make me so frustrated too',
  ]),

  // ── none: logistics, enthusiasm and recommendations with no problem in sight ──
  ...lines('none', 'logistics', P_PLAIN, [
    'you need to grab milk, we are out',
    'get bin bags and some batteries please',
    'you should pick up the parcel while you are there',
    'take the car, the bus is rubbish on sundays',
  ]),
  ...lines('none', 'enthusiasm', P_NEWS, [
    'you should see the garden in summer, it will be gorgeous',
    "that's so exciting!!",
    'that is so cool, when do you move in?',
    'you have to show me the pictures',
  ]),
  ...lines('none', 'recommendation', undefined, [
    'you should try the dumpling place on king street, amy loves it',
    'do you ever think about getting a dog',
    'watch the new season, it is so good',
    'you need to bring the speaker, mine is broken',
  ]),
  ...lines('none', 'open question', P_LONELY, [
    'how long have you been there now?',
  ]),
];
