/**
 * "Reflect with Attune" on selected text: keeps the selection where the popup can pick it up
 * (`session:reflectText`; storage.local where storage.session is missing) and opens the popup
 * on its Reflect view — browser.action.openPopup() where the browser allows it, otherwise
 * popup.html in a small window of its own.
 *
 * The selection is the partner's words: it stays in memory-backed session storage and the popup
 * deletes it as soon as it has read it.
 *
 * It is also handed to the content scripts of the tab it was selected in (setPartnerMessage) as
 * the partner's last message, so the analysis of the reply being drafted there knows it (advice
 * after a feeling reads as more rushed). They keep it in memory only, for that page, until the
 * reply is sent or the conversation changes. All frames get it: the composer is not always in the
 * frame the message was selected in.
 */
import { browser, type Browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { sendMessage } from '../messaging/protocol';

export const REFLECT_MENU_ID = 'attune-reflect';
const SESSION_KEY = 'session:reflectText' as const;
const LOCAL_KEY = 'local:reflectText' as const;
const MAX_CHARS = 2000;

/** Called from the background's context-menu click. */
export async function storeReflectText(text: string): Promise<void> {
  const value = text.trim().slice(0, MAX_CHARS);
  try {
    await storage.setItem(SESSION_KEY, value);
  } catch {
    await storage.setItem(LOCAL_KEY, value);
  }
}

/** Called by the popup once: returns the waiting selection (or '') and removes it. */
/** Calls `cb` with text stored while the popup is open. Returns unwatch. */
export function watchReflectText(cb: (text: string) => void): () => void {
  const stops = [SESSION_KEY, LOCAL_KEY].map((key) => {
    try {
      return storage.watch<string>(key, (value) => value && cb(value));
    } catch {
      return () => {};
    }
  });
  return () => stops.forEach((stop) => stop());
}

export async function takeReflectText(): Promise<string> {
  let text = '';
  for (const key of [SESSION_KEY, LOCAL_KEY] as const) {
    try {
      const value = await storage.getItem<string>(key);
      if (value) {
        text ||= value;
        await storage.removeItem(key);
      }
    } catch {
      // storage.session is not available here (older Firefox): the local fallback covers it.
    }
  }
  return text;
}

type ActionApi = { openPopup?: () => Promise<void> };

/**
 * Opens the popup. Called in the same tick as the click (no await before it): Firefox only
 * allows openPopup() while handling the user's gesture.
 */
function openPopup(stored: Promise<void>): Promise<void> {
  const action = (browser.action ?? (browser as unknown as { browserAction?: ActionApi }).browserAction) as ActionApi | undefined;
  const viaAction = action?.openPopup ? action.openPopup() : Promise.reject(new Error('openPopup is not available'));
  return viaAction.catch(async () => {
    // Not allowed here (no focused window, older browsers): a small window of its own.
    await stored;
    await browser.windows.create({ url: `${browser.runtime.getURL('/popup.html')}?view=reflect`, type: 'popup', width: 400, height: 620 });
  });
}

function createMenu(): void {
  void browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: REFLECT_MENU_ID, title: 'Reflect with Attune', contexts: ['selection'] }))
    .catch((error) => console.error('[attune] could not add the context-menu item', error));
}

/**
 * Hands the selection to the tab's content scripts as the partner's last message. Tabs without
 * Attune (no receiving end) and pages that cannot be messaged are fine: nothing to do there.
 */
export function handToTab(text: string, tabId: number | undefined): Promise<void> {
  const value = text.trim().slice(0, MAX_CHARS);
  if (!value || tabId == null || tabId < 0) return Promise.resolve();
  return sendMessage('setPartnerMessage', value, { tabId }).then(
    () => undefined,
    () => undefined,
  );
}

function onClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (info.menuItemId !== REFLECT_MENU_ID || !info.selectionText) return Promise.resolve();
  // The popup also watches the item, so a popup that opens before the write lands still gets it.
  const stored = storeReflectText(info.selectionText);
  const opened = openPopup(stored);
  return Promise.all([stored, opened, handToTab(info.selectionText, tab?.id)]).then(() => undefined);
}

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup?.addListener(createMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void onClicked(info, tab).catch((error) => console.error('[attune] reflect from the context menu failed', error));
  });
}
