/**
 * Our own sentences for partner-invitations.test.ts (issue #13, round 3): partner chat where an
 * imperative or a "you should" invites, plans, cheers, answers a practical question, offers to take a
 * job on, or jokes. Each draft with the partner's message it answers.
 */

/** [draft, partner's message] that must stay quiet. */
export const INVITES: [string, string | undefined][] = [
  ['you should come tonight!', "we're doing pizza at mine later"],
  ['u should come to the quiz on thursday, we need a music person', 'what are you up to this week?'],
  ['come round after work, I made soup', 'long day, can’t wait to see you'],
  ['join us for brunch on sunday!!', 'free this weekend finally'],
  ["let's grab dinner tonight, my treat", 'ugh what a day'],
  ["let's do the zoo on saturday", 'the kids are bored out of their minds'],
  ['you should bring your guitar on friday', 'is it ok if I come friday?'],
  ['you need to come see the lake, it is unreal', 'where are you??'],
  ['pop over whenever you like', 'might be near yours later'],
  ['why don’t you stay the night', 'the last train is at 11 :('],
];

export const CHEERS: [string, string | undefined][] = [
  ['go for it, you’d be amazing', 'thinking of signing up for the half marathon'],
  ['yes do it!! you have been talking about it for ages', 'I think I’m finally booking the trip to Japan'],
  ['you should totally apply, they would be lucky to have you', 'saw a job at the museum I really like'],
  ['send it!! it’s brilliant', 'about to send my first chapter to the agent'],
  ['go get them tiger', 'big pitch in ten minutes'],
  ['you should be so proud of yourself', 'I passed my driving test!!'],
  ['treat yourself, you earned it', 'got my bonus today'],
];

export const PRACTICAL: [string, string | undefined][] = [
  ['get the blue one, it suits you', 'which jacket should I get, blue or grey?'],
  ['you could take the 8:15 train, it’s quicker', 'how do I get to yours from the station?'],
  ['park on the side street, it’s free after six', 'where do we park?'],
  ['leave around 5 to beat the traffic', 'what time should we leave?'],
  ['bring a jumper, it gets cold by the lake', 'what should I pack for saturday?'],
  ['try the lasagne, it is amazing', 'what’s good on the menu?'],
  ['you should wear the red dress, you look stunning in it', 'what should I wear tonight?'],
  ['go for the smaller one, the big one won’t fit in the car', 'help me choose a tree'],
  ['just grab milk', 'at the shop, need anything?'],
  ['grab some bread too if they have it', 'popping to the shop'],
  ['just text me when you land', 'boarding now!'],
  ['ask for the window seat, the view is gorgeous', 'booking the flights now'],
];

export const OFFERS: [string, string | undefined][] = [
  ["don't worry about the dishes, I've got them", "ugh I'm so tired, still have to do the dishes"],
  ["don't worry about dinner, I'll cook tonight", "I'm wiped out, work was brutal"],
  ['leave the bins, I’ll do them in the morning', 'I’m exhausted'],
  ['relax, I already booked the table', 'did you remember to book the restaurant??'],
  ['chill out, I’m on my way', 'where are you, the film starts in 5'],
  ['calm down I’m 5 mins away lol', 'where are youuu the film starts soon'],
  ['take the car, I don’t need it today', 'my bike has a flat, I’m going to be late'],
  ['don’t worry, I’ll pick the kids up', 'I’m stuck in a meeting and I’m so stressed'],
  ['leave it with me, I’ll ring the plumber', 'the sink is leaking everywhere and I’m panicking'],
  ['sit down, I’ll make the tea', 'I’m so tired'],
];

export const JOKES: [string, string | undefined][] = [
  ['haha just tell him it was the cat lol', 'I ate his last biscuit oops'],
  ['just blame the dog 😂', 'I broke the vase your mum gave us'],
  ['stop being so cute', 'I made you a playlist'],
  ['you should see your face right now lol', 'I can’t believe you got me with that'],
  ['go to sleep you goof 😂', 'it’s 3am and I’m watching otter videos'],
  ['lol you should have seen the cat’s face', 'did the cat like her new bed?'],
];

/** The same shapes that advise once a feeling or a problem is on the table (must flag). */
export const STILL_ADVICE: [string, string | undefined][] = [
  ['you should just tell him how you feel', 'he keeps cancelling on me and I feel like an idiot'],
  ['just leave the job, it is making you miserable', 'I dread going in every single morning'],
  ['take a day off and sleep', "I'm exhausted and I can't focus on anything"],
  ['go for a walk, it helps', "I'm so anxious I can't sit still"],
  ["calm down, it's not that deep", "I'm so hurt by what she said"],
  ["don't worry about it, she'll get over it", "I'm scared my sister hates me now"],
  ['honestly just block him and move on', 'I got dumped out of nowhere'],
  ['relax, everyone fails their first test', "I'm gutted, I failed my test"],
  ['you need to stop letting him walk all over you', "I'm so upset, he did it again"],
  ['you should just move out', 'my flatmate is driving me mad'],
];
