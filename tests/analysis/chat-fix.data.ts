/**
 * Rushed fixes in partner / close-friend chat (issue #13), written for this suite in our own words
 * (never taken or paraphrased from ../shared/corpus or a blind set): lowercase lines without
 * punctuation, each read after the partner's message, as the extension reads a reply.
 * Positives answer a feeling or a problem with a fix or a minimising line; look-alikes are
 * logistics, affection, celebration, invitations, reported speech, the speaker about themself and
 * jokes, which must stay quiet (several after a message that carried a feeling, where the
 * context-only rules could fire).
 */
export interface ChatLine {
  partner?: string;
  text: string;
  kind: string;
}

// partner messages that carry a feeling or a problem
// ("im so done" and "yelled at me" carry no word context.ts reads as a feeling: only rules that fire
// whatever came before can answer BOSS; BOSS_UPSET says how it felt)
const BOSS = 'ugh my boss yelled at me in front of everyone again, im so done';
const BOSS_UPSET = 'my boss yelled at me in front of everyone and im so upset';
const NIGHT = 'cant sleep, so anxious about tomorrow';
const SISTER = 'my sister keeps picking on me and im really upset';
const FAILURE = 'i feel like such a failure lately';
const GHOSTED = 'he ghosted me after three dates and i feel so stupid';
const MONEY = 'im so stressed about money rn';
const FIGHT = 'had a huge fight with jess and i feel awful';
const LOW = 'so tired and sad today';
const SICK = 'i feel sick and miserable';
// partner messages without a feeling
const PLAIN = 'on my way home, need anything?';
const FLIGHT = 'boarding now';
const PARTY = 'off to nadias party!!';
const NEWS = 'i got the job!!!';
const DINNER = 'what do u wanna do tonight';
const LAPSE = 'i forgot to call ur mum back, i feel so bad';

const of = (kind: string, partner: string | undefined, texts: readonly string[]): ChatLine[] =>
  texts.map((text) => ({ partner, text, kind }));

export const CHAT_FIXES: readonly ChatLine[] = [
  ...of('bare imperative', SISTER, ['just ignore her', 'tell her to back off', 'dont let her get to u']),
  ...of('bare imperative', NIGHT, ['go to bed babe', 'put ur phone down and sleep', 'get some sleep x', 'have a hot bath and read for a bit']),
  ...of('bare imperative', GHOSTED, ['dump him lol', 'delete his number', 'forget about him', 'block him and move on', 'just ignore him tbh']),
  ...of('bare imperative', FIGHT, ['text her back and say sorry', 'just say sorry', 'buy her flowers and apologise']),
  ...of('bare imperative', LOW, ['take a nap', 'drink some water and lie down', 'eat something and go to bed', 'watch a movie and forget about it', 'just go for a walk']),
  ...of('bare imperative', BOSS, ['quit lol', 'report him to hr']),
  ...of('bare imperative', BOSS_UPSET, ['tell ur boss no', 'start looking for a new job']),
  ...of('bare imperative', MONEY, ['make a budget', 'cancel ur subscriptions', 'ask for a raise', 'sell some of ur old stuff']),
  ...of('bare imperative', SICK, ['take some paracetamol and sleep it off']),
  ...of('calm down', NIGHT, ['calm down its fine', 'relax babe', 'chill lol', 'just chill']),
  ...of('calm down', LOW, ['cheer up babe', 'smile a bit more']),
  ...of('get over it', GHOSTED, ['get over it', 'shake it off', 'stop crying over him']),
  ...of('why dont you', FIGHT, ['why dont u just call her']),
  ...of('why dont you', BOSS, ['why dont u just quit']),
  ...of('you should / need to', GHOSTED, ['u should just block him', 'u gotta move on babe']),
  ...of('you should / need to', BOSS, ['u need to stand up for urself', 'u have to tell him its not ok', 'u should look for another job']),
  ...of('you should / need to', FIGHT, ['u gotta talk to her', 'u gotta let it go babe']),
  ...of('you should / need to', LOW, ['u should go to the gym', 'u need to sleep more']),
  ...of('have you tried', NIGHT, ['have u tried melatonin', 'have u tried counting sheep lol']),
  ...of('have you tried', SISTER, ['have u tried talking to her']),
  ...of('minimising', FAILURE, ['its not a big deal', 'ur not a failure stop being dramatic', 'stop being so hard on urself']),
  ...of('minimising', MONEY, ['could be worse tbh', 'at least u have a job', 'money isnt everything']),
  ...of('minimising', GHOSTED, ['look on the bright side', 'everything happens for a reason', 'its not that deep', 'at least u found out now', 'plenty more fish in the sea']),
  ...of('minimising', NIGHT, ['dont overthink it', 'stop worrying so much', 'ur overthinking', 'stop stressing']),
  ...of('minimising', FIGHT, ['stop being so dramatic', 'its not that serious']),
  ...of('minimising', LOW, ['dont be sad', 'chin up babe']),
  ...of('minimising', MONEY, ['its only money', 'meh shit happens']),
  ...of('minimising', FIGHT, ['ur making a big deal out of nothing']),
  ...of('minimising', NIGHT, ['u worry too much']),
  ...of('i would', SISTER, ["i'd just ignore it tbh", 'honestly id probably move out']),
  ...of('why dont you', SISTER, ['cant u just tell her no']),
];

export const CHAT_LOOKALIKES: readonly ChatLine[] = [
  ...of('logistics', PLAIN, ['grab milk on the way home', 'get some bread too', 'pick up the parcel from next door', 'just bring urself lol']),
  ...of('logistics', FLIGHT, ['text me when u land', 'call me when ur free', 'send me a pic of the plane']),
  ...of('logistics', undefined, ['dont forget ur charger', 'bring ur hoodie its cold', 'take the bins out pls', 'text ur mum back shes been asking']),
  ...of('plans and invitations', DINNER, ['come over tonight?', 'lets get pizza', 'why dont u come over later', 'why dont we get sushi', 'u should come to the party', 'u have to try this cake']),
  ...of('plans and invitations', undefined, ['have u tried the new ramen place? its so good', 'u need to see this video lol', 'just got home', 'just thinking about u']),
  ...of('affection', LOW, ['come here', 'come here and let me hug u', 'sleep well babe', 'sleep tight ❤️']),
  ...of('affection', SICK, ['get well soon babe', 'feel better soon x', 'call me if u need anything']),
  ...of('affection', FAILURE, ['talk to me babe what happened', 'tell me everything', 'ur not a failure, ur my favourite person']),
  ...of('affection', PARTY, ['have fun!!', 'drive safe', 'get home safe x', 'dont drink too much lol have fun']),
  ...of('celebration', NEWS, ['go celebrate!! you earned it', 'go treat urself!!', 'u deserve it babe', 'omg im so proud of u']),
  ...of('reported speech', NIGHT, ['my mum said i should just relax', 'she told me to just ignore it', 'everyone keeps telling me to calm down']),
  ...of('speaker about themself', NIGHT, ['i need to calm down', 'i should just go to bed lol', 'i gotta stop stressing', 'i have to get up at 6']),
  ...of('jokes', undefined, ['stop being so cute', 'haha stop it ur so cute', 'shut up lol i love u', 'stop making me laugh in meetings']),
  ...of('forgiving a lapse', LAPSE, ['it happens babe', 'aw it happens, ill remind u tomorrow']),
  ...of('after a feeling, not a fix', NIGHT, ['the interview? it happens on friday', "i'd just like to say ur amazing", 'cant u just come home early', 'i worry too much too lol']),
  ...of('everyday', undefined, ['u worry too much about me lol', 'dont make a big deal of my birthday lol', 'take ur time babe no rush', 'enjoy ur lunch', 'look at this dog omg', 'just wanted to say i love u']),
];
