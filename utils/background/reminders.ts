/**
 * Check-in reminders and the weekly partner-deposit prompt: alarms kept in step with settings,
 * notifications shown only when the user granted the optional "notifications" permission (the
 * popup asks when reminders are turned on). A reminder is skipped when that check-in is
 * already done; the weekly prompt when a partner deposit was named in the last seven days.
 * Clicking a notification opens the popup.
 *
 *   settings change / start ──▶ schedule(): one alarm per enabled slot (daily), one weekly
 *   alarm fires ──▶ still relevant? ──▶ notifications.create ──click──▶ open the popup
 */
import { browser } from 'wxt/browser';
import { strings } from '@/components/popup/strings';
import { listCheckins, listTrust } from '../storage/queries';
import type { CheckinSlot } from '../storage/records';
import { getSettings, watchSettings, type Settings } from '../storage/settings';

const CHECKIN_ALARM = 'attune-checkin-';
const WEEKLY_ALARM = 'attune-weekly-partner';
const DAY_MIN = 24 * 60;
const WEEK_MS = 7 * 86_400_000;
/** The weekly prompt: Sunday evening, when people plan the week. */
const WEEKLY_DAY = 0;
const WEEKLY_TIME = '18:00';

/** Next local time at "HH:MM" (on `weekday`, 0 = Sunday, if given), strictly after `now`. */
export function nextOccurrence(time: string, now = new Date(), weekday?: number): number {
  const [h, m] = time.split(':').map(Number);
  const at = new Date(now.getFullYear(), now.getMonth(), now.getDate(), h, m, 0, 0);
  if (weekday !== undefined) at.setDate(at.getDate() + ((weekday - at.getDay() + 7) % 7));
  while (at.getTime() <= now.getTime()) at.setDate(at.getDate() + (weekday === undefined ? 1 : 7));
  return at.getTime();
}

function scheduleKey(s: Settings): string {
  return JSON.stringify([s.reminders, s.weeklyPartnerPrompt]);
}

export async function scheduleReminders(settings: Settings, now = new Date()): Promise<void> {
  for (const r of settings.reminders) {
    const name = CHECKIN_ALARM + r.slot;
    if (r.enabled) await browser.alarms.create(name, { when: nextOccurrence(r.time, now), periodInMinutes: DAY_MIN });
    else await browser.alarms.clear(name);
  }
  if (settings.weeklyPartnerPrompt) {
    const existing = await browser.alarms.get(WEEKLY_ALARM);
    if (!existing) await browser.alarms.create(WEEKLY_ALARM, { when: nextOccurrence(WEEKLY_TIME, now, WEEKLY_DAY), periodInMinutes: 7 * DAY_MIN });
  } else {
    await browser.alarms.clear(WEEKLY_ALARM);
  }
}

async function canNotify(): Promise<boolean> {
  try {
    return !!browser.notifications && (await browser.permissions.contains({ permissions: ['notifications'] }));
  } catch {
    return false;
  }
}

function notify(id: string, title: string, message: string): Promise<unknown> {
  return browser.notifications.create(id, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message });
}

/** What to show for an alarm, or null when it is no longer needed. Exported for tests. */
export async function reminderFor(alarmName: string, now = Date.now()): Promise<{ title: string; message: string } | null> {
  if (alarmName.startsWith(CHECKIN_ALARM)) {
    const slot = alarmName.slice(CHECKIN_ALARM.length) as CheckinSlot;
    const d = new Date(now);
    const today = await listCheckins({ from: new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime() });
    if (today.some((c) => c.slot === slot)) return null;
    return { title: strings.notifications.checkinTitle(slot), message: strings.notifications.checkinBody };
  }
  if (alarmName === WEEKLY_ALARM) {
    const recent = await listTrust({ from: now - WEEK_MS });
    if (recent.some((t) => t.kind === 'partner-deposit')) return null;
    return { title: strings.notifications.weeklyTitle, message: strings.notifications.weeklyBody };
  }
  return null;
}

async function onAlarm(name: string): Promise<void> {
  if (!name.startsWith(CHECKIN_ALARM) && name !== WEEKLY_ALARM) return;
  const settings = await getSettings();
  if (name === WEEKLY_ALARM && !settings.weeklyPartnerPrompt) return;
  if (!(await canNotify())) return;
  const reminder = await reminderFor(name);
  if (reminder) await notify(name, reminder.title, reminder.message);
}

function openPopupFromNotification(id: string): void {
  if (!id.startsWith(CHECKIN_ALARM) && id !== WEEKLY_ALARM) return;
  void browser.notifications.clear(id);
  const view = id === WEEKLY_ALARM ? 'trust' : 'checkin';
  const opened = browser.action?.openPopup ? browser.action.openPopup() : Promise.reject(new Error('no openPopup'));
  void opened.catch(() =>
    browser.windows.create({ url: `${browser.runtime.getURL('/popup.html')}?view=${view}`, type: 'popup', width: 400, height: 620 }),
  );
}

let clickListening = false;
function listenForClicks(): void {
  if (clickListening || !browser.notifications?.onClicked) return;
  clickListening = true;
  browser.notifications.onClicked.addListener(openPopupFromNotification);
}

export function registerReminders(): void {
  let lastKey = '';
  const reschedule = (s: Settings) => {
    const key = scheduleKey(s);
    if (key === lastKey) return;
    lastKey = key;
    void scheduleReminders(s).catch((error) => console.error('[attune] could not schedule reminders', error));
  };
  void getSettings().then(reschedule);
  watchSettings(reschedule);
  browser.alarms.onAlarm.addListener((alarm) => {
    void onAlarm(alarm.name).catch((error) => console.error('[attune] reminder failed', error));
  });
  listenForClicks();
  // The permission is granted later, from the popup: the API appears then.
  browser.permissions.onAdded?.addListener(() => listenForClicks());
}
