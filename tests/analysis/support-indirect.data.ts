/**
 * Our own sentences for support-indirect.test.ts (issue #13, round 3): each draft with the partner's
 * message it answers.
 */
const stressed = "work is piling up and I'm so stressed I can't switch off";
const money = 'rent went up again and I honestly have no idea how we will pay it';
const lonely = "since the move I don't really have anyone here and the evenings are the worst";
const row = 'my sister and I had a huge row and now she is not speaking to me';

/** [draft, partner's message] */
export const HEDGED: [string, string][] = [
  ['maybe ask your team lead to take one of the projects off you', stressed],
  ['perhaps block out an hour each evening with no emails', stressed],
  ['what about asking for a week of leave?', stressed],
  ['how about telling your manager what is on your plate', stressed],
  ['u could always take a long weekend', stressed],
  ['you could always ring the council about a payment plan', money],
  ["I'd just talk to the landlord before it's due", money],
  ['i would look into a housing grant tbh', money],
  ['it might be worth checking what benefits you can claim', money],
  ['it could be worth a chat with an advisor', money],
  ['have you tried a budgeting app?', money],
  ['have you looked for a cheaper flat further out?', money],
  ['have u looked into the hardship fund at work', money],
  ['I wonder if you could ask the landlord to spread it over two months', money],
  ['is there any way you guys could take in a lodger?', money],
  ['do you have family nearby who could help out for a month?', money],
  ['maybe join a club, that is how I met everyone', lonely],
  ['what about volunteering at the weekend?', lonely],
  ['u could always try one of those meetup groups', lonely],
  ['have you thought about a evening class?', lonely],
  ['you can also talk to the people in your building', lonely],
  ['do you have anyone from home you could call in the evenings?', lonely],
  ['it might help to get out for a walk after work', lonely],
  ['you should just message her and say sorry', row],
  ['give her a few days and then ring her', row],
  ['I wonder whether you might write her a letter', row],
  ['have you tried talking to her on her own?', row],
  ['perhaps let your mum smooth things over', row],
  ['honestly just apologise first and move on', row],
  ['i would send her something small with a note', row],
  ['maybe you two should sit down together this weekend', row],
  ['perhaps ringing the GP would be a sensible step?', stressed],
  ['maybe getting out of the house more would help', lonely],
  ['is there anyone else you could call this evening?', lonely],
  ['you could even set up a walking club', lonely],
];

/** Shrugs and reassurance that make the trouble small once it was shared. */
export const SHRUGS: [string, string][] = [
  ['everyone goes through that at your age', "I feel like I'm falling behind everyone I know"],
  ['we all go through it, honestly', "I'm so anxious at this new job, I feel like a fraud"],
  ['meh it happens', "I failed my driving test again and I'm gutted"],
  ['eh it happens, you can resit', "I failed my driving test again and I'm gutted"],
  ['oh well, these things happen', "I'm so embarrassed about what I said at the party"],
  ['it happens to the best of us', "I'm so embarrassed about what I said at the party"],
  ["you'll be fine", "I'm terrified about the operation on monday"],
  ['it will all work out', "I'm so anxious about the results"],
  ['stay calm and take it one step at a time', "I'm panicking about the move, nothing is packed"],
  ['just stay focused on the next exam', "I'm so stressed about failing the module"],
];

/** After the partner asked how to face a problem (no feeling word in the message). */
export const ASKED_HELP: [string, string][] = [
  ['talk to him when you are both calm', 'how should I bring it up with him?'],
  ['tell her straight that it hurt', 'what do I say to her tomorrow?'],
  ['ask for the meeting in writing', 'any advice on dealing with my manager?'],
  ['email the course leader today', 'should I tell my tutor what happened?'],
  ['just keep a record of every time it happens', 'how did you handle your neighbour?'],
  ['write it all down before you call them', 'what would you do in my shoes?'],
  ['I would go to HR first', 'any tips on handling a colleague like that?'],
  ['set a time limit on the calls', 'how can I stop him ringing so late?'],
  ['maybe start by asking what she needs', 'how do I even approach my mum about this?'],
  ['get a second opinion', 'should I just quit or give it another month?'],
];

/** Look-alikes: a favour asked, a wish, the speaker's own story, curiosity, comfort. */
export const QUIET: [string, string | undefined][] = [
  ['I wonder if you could pick up bread on the way', 'leaving work now'],
  ['I wonder if you could send me that photo of us', 'that was such a lovely day'],
  ['is there any way you guys could come a bit earlier?', "we'll be there at eight"],
  ['have you looked for the charger in the car?', "can't find the charger anywhere"],
  ['have you looked for the remote under the sofa?', 'the telly remote has vanished again'],
  ['do you have friends coming who could bring chairs?', 'party is saturday!'],
  ['everyone goes through the tunnel at the end, it is the best bit', 'what is the ride like?'],
  ['it happens every year, the whole street lights up', 'the decorations on your road are amazing'],
  ['stay calm, the puppy is fine, she just ate a sock', 'is the puppy ok??'],
  ["it's just a bad week, it happens", undefined],
  ['I hope you can find a flat you love', money],
  ['my sister and I went through something similar last year', row],
  ['do you ever talk to her about it?', 'my sister and I are close again'],
  ["you can talk to me any time, I'm here", lonely],
  ['maybe you guys should come over later', 'we are bored at home'],
  ['maybe going to the beach tomorrow would be fun!', 'what shall we do this weekend'],
  ['you could even see the sea from our room', 'how was the hotel?'],
];

