/**
 * Which tab the popup is about, and talking to its content script.
 *
 * Opened from the toolbar, the popup's "current window" is the browser window, so its active
 * tab is the one the user was looking at. Opened as a window of its own (context-menu fallback)
 * or as a tab (tests), the current window's active tab is the popup itself; then we take the
 * most recently used active tab of a normal window. Tests can name the tab: popup.html?tab=ID.
 */
import { browser, type Browser } from 'wxt/browser';
import { sendMessage } from '@/utils/messaging/protocol';

export type Tab = Browser.tabs.Tab;

const EXTENSION_ORIGIN = () => new URL(browser.runtime.getURL('/popup.html')).origin + '/';

function isOwnPage(tab: Tab): boolean {
  return !!tab.url && tab.url.startsWith(EXTENSION_ORIGIN());
}

export async function findActiveTab(search: string = globalThis.location?.search ?? ''): Promise<Tab | undefined> {
  const forced = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(forced) && forced > 0) {
    return browser.tabs.get(forced).catch(() => undefined);
  }
  const [current] = await browser.tabs.query({ active: true, currentWindow: true });
  if (current && !isOwnPage(current)) return current;
  const candidates = (await browser.tabs.query({ active: true, windowType: 'normal' })).filter((t) => !isOwnPage(t));
  candidates.sort((a, b) => ((b as { lastAccessed?: number }).lastAccessed ?? 0) - ((a as { lastAccessed?: number }).lastAccessed ?? 0));
  return candidates[0];
}

/** "https://chat.example.org/x" → { origin, host }; null for pages Attune cannot run on. */
export function webOrigin(url: string | undefined): { origin: string; host: string } | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return { origin: u.origin, host: u.hostname };
  } catch {
    return null;
  }
}

/**
 * True when a content script in the tab is listening. Asked before any protocol message:
 * @webext-core/messaging does not read runtime.lastError for tab messages, so a message to a
 * tab without Attune would log "Unchecked runtime.lastError" in the popup's console.
 * The ping has no `timestamp`, so the content script's messaging ignores it (no reply, no error).
 */
export async function hasContentScript(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'attune:ping' });
    return true;
  } catch {
    return false;
  }
}

/** Inserts text into the last focused composer of the active tab. False when there is none. */
export async function insertIntoComposer(text: string): Promise<boolean> {
  const tab = await findActiveTab();
  if (tab?.id === undefined || !(await hasContentScript(tab.id))) return false;
  try {
    return (await sendMessage('insertText', text, tab.id)) === true;
  } catch {
    return false;
  }
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
