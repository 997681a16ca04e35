/**
 * Every user-facing string of the popup, in one place, ready for translation.
 * Plain strings, or small functions where a value is interpolated (keep the sentence whole,
 * so a translator can reorder it). Base* components take their text as props, never from here.
 */
import { categoryName, habitsSentence } from '@/utils/i18n/categories';
import { countOf } from '@/utils/i18n/plural';
import { ALL_CATEGORIES } from '@/utils/analysis/types';

export const strings = {
  appTitle: 'Attune',
  tabsLabel: 'Attune sections',
  tabs: {
    checkin: 'Check-in',
    draft: 'Draft',
    reflect: 'Reflect',
    trust: 'Trust bank',
    rituals: 'Rituals',
  },
  footer: {
    history: 'History & settings',
    practice: 'Practice page',
  },

  welcome: {
    title: 'Welcome to Attune',
    // The three sentences that explain Attune.
    sentences: [
      habitsSentence(),
      'It offers a pause, a reason and a kinder way to say the same thing, and it never blocks or sends anything.',
      'Everything stays on this device; here you can check in with yourself, log trust-bank moments and try small rituals together.',
    ],
    practice: 'Try it on the practice page',
    start: 'Start with a check-in',
    /** After the first visit, until dismissed or there is history: one line. */
    line: 'New to Attune?',
    dismiss: 'Got it',
  },

  checkin: {
    title: (slot: 'morning' | 'evening') => (slot === 'morning' ? 'Morning check-in' : 'Evening check-in'),
    intro: 'Sixty seconds: one feeling, one need.',
    slotLegend: 'Time of day',
    slots: { morning: 'Morning', evening: 'Evening' },
    feelingLegend: 'How are you feeling?',
    needLegend: 'What do you need most?',
    needOther: 'Something else',
    moreNeeds: 'More needs…',
    fewerNeeds: 'Fewer needs',
    needOtherPlaceholder: 'In your own words',
    note: 'Note (optional)',
    notePlaceholder: 'Anything you want to remember',
    save: 'Save check-in',
    saving: 'Saving…',
    saved: (feeling: string, need: string) => `Saved: feeling ${feeling}, needing ${need}. That counts as a trust-bank deposit.`,
    needFeeling: 'Pick a feeling first.',
    needNeed: 'Pick a need, or write one.',
    todayTitle: 'Today',
    todayEmpty: 'No check-ins yet today.',
    todayEntry: (slot: string, feeling: string, need: string) => `${slot}: ${feeling}, needing ${need}`,
    streak: (days: number) => (days === 0 ? 'Start a streak today.' : `Streak: ${countOf(days, { one: '# day', other: '# days' })}`),
    error: (message: string) => `Not saved: ${message}`,
  },

  wheel: {
    coresLabel: 'Core feelings',
    wordsLabel: (core: string) => `Feelings close to ${core}`,
    back: 'Back to all feelings',
    open: (core: string, count: number) => `${core}, ${countOf(count, { one: '# word', other: '# words' })}`,
    chosen: (word: string) => `Chosen: ${word}`,
    none: 'Pick a core feeling, then a closer word.',
  },

  reminders: {
    title: 'Reminders',
    toggle: 'Remind me to check in',
    description: 'A gentle notification at the times you pick.',
    time: (slot: 'morning' | 'evening') => (slot === 'morning' ? 'Morning time' : 'Evening time'),
    denied: 'Notifications were not allowed, so reminders stay off.',
    weekly: 'Weekly prompt to name a deposit my partner made',
  },

  draft: {
    title: 'Current draft',
    loading: 'Looking at the open tab…',
    noTab: 'Open a chat in a tab to see suggestions for what you are writing.',
    unsupportedPage: 'Attune works on web pages. Switch to a chat tab to see suggestions here.',
    nothing: 'Nothing to suggest for the current draft. Attune will speak up gently if it notices one of the three habits.',
    noDraft: 'Start typing in the chat and Attune will look at your draft when you pause.',
    findingHeading: 'What Attune noticed',
    category: Object.fromEntries(ALL_CATEGORIES.map((c) => [c, categoryName(c)])) as Record<string, string>,
    triggered: (phrase: string) => `Triggered by “${phrase}”`,
    rephrasingsHeading: 'A kinder way to say it',
    askFirstHeading: 'Maybe ask first',
    use: 'Use this rephrasing',
    useLabel: (text: string) => `Use this rephrasing: ${text}`,
    used: 'Done: the rephrasing is in your composer.',
    useFailed: 'Could not change the composer. Click into it and try again.',
    notEnabled: (host: string) => `Attune is not running on ${host}.`,
    enable: 'Use Attune on this site',
    enabling: 'Asking for permission…',
    enabled: (host: string) => `Attune will run on ${host}. Reload the page to start.`,
    enableDenied: 'Permission was not given, so Attune stays off here.',
    noAddress: 'Attune cannot see this tab\u2019s address. Add the site on the options page.',
  },

  /** The snooze control (PopupSnooze.vue; times from snooze.ts). */
  snooze: {
    /** The header's disclosure button, and the name of its group of choices. */
    toggleAll: 'Pause everywhere',
    groupAll: 'Pause Attune everywhere',
    groupSite: (host: string) => `Pause Attune on ${host}`,
    hour: 'For 1 hour',
    morning: 'Until tomorrow morning',
    pausedAll: (when: string) => `Paused everywhere until ${when}`,
    pausedSite: (host: string, when: string) => `Paused on ${host} until ${when}`,
    tomorrowAt: (time: string) => `tomorrow ${time}`,
    dayAt: (weekday: string, time: string) => `${weekday} ${time}`,
    resume: 'Resume',
    resumeAll: 'Resume Attune everywhere',
    resumeSite: (host: string) => `Resume Attune on ${host}`,
    failed: (message: string) => `Not changed: ${message}`,
  },

  reflect: {
    title: 'Reflect on a message',
    intro: 'Paste a message your partner sent. Attune suggests ways to show you heard them.',
    label: 'Their message',
    placeholder: 'e.g. I’m so anxious about tomorrow’s meeting',
    submit: 'Reflect',
    fromSelection: 'From the text you selected on the page.',
    reflectionsHeading: 'Reflections',
    questionsHeading: 'Open questions',
    empty: 'Nothing to reflect yet. Try a longer message.',
    failed: 'Attune could not reflect on it just now. Try again in a moment.',
    copy: 'Copy',
    copyLabel: (text: string) => `Copy: ${text}`,
    insert: 'Put in composer',
    insertLabel: (text: string) => `Put in composer: ${text}`,
    copied: 'Copied.',
    inserted: 'Put into the composer.',
    insertFailed: 'No composer found in the open tab. Copy it instead.',
    safetyHeading: 'A note on safety',
  },

  trust: {
    title: 'Trust bank',
    intro: 'One tap to notice the moments that build trust, and the ones that cost it.',
    week: 'This week',
    weekSummary: (dep: number, wd: number) =>
      `${countOf(dep, { one: '# deposit', other: '# deposits' })}, ${countOf(wd, { one: '# withdrawal', other: '# withdrawals' })}`,
    depositsHeading: 'Deposits',
    withdrawalsHeading: 'Withdrawals',
    kinds: {
      reflection: 'I reflected a feeling',
      'check-in': 'I checked in',
      gratitude: 'I sent gratitude',
      repair: 'We made a repair',
      'silent-sync': 'We did a silent sync',
      'partner-deposit': 'I noticed my partner’s deposit',
      dismissal: 'I caught myself dismissing',
      mockery: 'I caught myself mocking',
    } as Record<string, string>,
    partnerNote: 'What did your partner do? (short)',
    partnerNotePlaceholder: 'e.g. made tea when I was tired',
    partnerSave: 'Log partner deposit',
    logged: (kind: string) => `Logged: ${kind}.`,
    withdrawalLogged: 'Logged. Noticing it is the first step of a repair.',
    weeklyPrompt: 'This week: name at least one deposit you recognised in your partner.',
    recentEmpty: 'Nothing logged this week yet.',
    error: (message: string) => `Not logged: ${message}`,
  },

  silentSync: {
    title: 'Silent Sync',
    intro: 'Five slow breaths together, without words.',
    start: 'Start Silent Sync',
    stop: 'Stop',
    inhale: 'Breathe in',
    exhale: 'Breathe out',
    count: (n: number, total: number) => `Breath ${n} of ${total}`,
    done: 'Done. Logged as a trust-bank deposit.',
    again: 'Again',
  },

  gratitude: {
    title: 'Gratitude Snapshot',
    intro: 'Thank them for one specific thing from the last 24 hours.',
    what: 'What did they do?',
    whatPlaceholder: 'e.g. picked up the kids',
    when: 'When?',
    whenPlaceholder: 'e.g. this morning',
    effect: 'How did it help you?',
    effectPlaceholder: 'e.g. I could finish my report without rushing',
    preview: 'Your message',
    /** what = "picked up the kids", when = "this morning", effect = "I could finish my report" */
    template: (what: string, when: string, effect: string) =>
      `Thank you${when ? ` for ${when}` : ''}: you ${what}.${effect ? ` It meant ${effect}.` : ''} I noticed, and it mattered to me.`,
    fillIn: 'Fill in what they did to see your message.',
    copy: 'Copy',
    insert: 'Put in composer',
    copied: 'Copied, and logged as a gratitude deposit.',
    inserted: 'Put into the composer, and logged as a gratitude deposit.',
    insertFailed: 'No composer found in the open tab. Copy it instead.',
  },

  repair: {
    title: 'Repair Ritual',
    intro: 'Your agreed signal to stop, soften and start again.',
    none: 'You have not agreed on a repair signal yet. Pick a word, a gesture or a lyric together.',
    word: 'Word',
    gesture: 'Gesture',
    lyric: 'Lyric',
    edit: 'Change',
    set: 'Set our ritual',
    save: 'Save ritual',
    cancel: 'Cancel',
    saved: 'Saved.',
    log: 'We used it: log a repair',
    logged: 'Repair logged. Well done, both of you.',
  },

  /** Shown by the background (utils/background/reminders.ts). */
  notifications: {
    checkinTitle: (slot: 'morning' | 'evening') => (slot === 'morning' ? 'Morning check-in' : 'Evening check-in'),
    checkinBody: 'One feeling, one need: sixty seconds with Attune.',
    weeklyTitle: 'A deposit you noticed',
    weeklyBody: 'Name one thing your partner did this week that built trust.',
  },

  copyFailed: 'Could not copy. Select the text and copy it yourself.',
};

export type Strings = typeof strings;
