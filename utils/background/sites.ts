/**
 * The background half of the composer feature (issue 6):
 *
 * 1. Sites the user adds (options page, or the popup's "Use Attune on this site") get the same
 *    content script as the built-in messaging apps, registered at run time with
 *    browser.scripting.registerContentScripts for exactly the hosts whose optional permission was
 *    granted. Re-synced when permissions are added or removed and when settings.userSites
 *    changes, so removing a site (or revoking its permission) unregisters it.
 * 2. The analysis host (utils/watcher/analysis-host.ts): compromise lives here, once for all tabs,
 *    and the popup's Reflect helper asks here too (reflect-host.ts).
 *
 * `startComposerBackground()` is the one call entrypoints/background.ts makes.
 */
import { browser } from 'wxt/browser';
import { getSettings, watchSettings } from '../storage/settings';
import { BUILTIN_HOSTS } from '../sites';
import { startAnalysisHost } from '../watcher/analysis-host';
import { analysisExtras } from '../watcher/analysis-extras';
import { startReflectHost } from './reflect-host';

export const USER_SITES_SCRIPT_ID = 'attune-user-sites';
/** Where WXT writes the content script (entrypoints/content/index.ts). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export function patternsForHost(host: string): string[] {
  return [`https://${host}/*`, `http://${host}/*`];
}

/** The user's hosts whose permission is granted (built-in hosts are covered by the manifest). */
export async function grantedUserHosts(userSites: readonly string[]): Promise<string[]> {
  const hosts: string[] = [];
  for (const host of userSites) {
    if (!host || BUILTIN_HOSTS.includes(host)) continue;
    const granted = await browser.permissions
      .contains({ origins: [`https://${host}/*`] })
      .catch(() => false);
    const grantedHttp = granted ? true : await browser.permissions.contains({ origins: [`http://${host}/*`] }).catch(() => false);
    if (granted || grantedHttp) hosts.push(host);
  }
  return hosts;
}

let syncing: Promise<void> = Promise.resolve();

/** Makes the registered script match exactly the granted user hosts. Serialised. */
export function syncUserSiteScripts(): Promise<void> {
  syncing = syncing.then(async () => {
    try {
      const { userSites } = await getSettings();
      const hosts = await grantedUserHosts(userSites);
      const existing = await browser.scripting.getRegisteredContentScripts({ ids: [USER_SITES_SCRIPT_ID] }).catch(() => []);
      if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [USER_SITES_SCRIPT_ID] });
      if (!hosts.length) return;
      await browser.scripting.registerContentScripts([
        {
          id: USER_SITES_SCRIPT_ID,
          js: [CONTENT_SCRIPT_FILE],
          matches: hosts.flatMap(patternsForHost),
          allFrames: true,
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
    } catch (error) {
      console.error('[Attune] could not register the content script for added sites', error);
    }
  });
  return syncing;
}

export function startSiteRegistration(): void {
  browser.permissions.onAdded.addListener(() => void syncUserSiteScripts());
  browser.permissions.onRemoved.addListener(() => void syncUserSiteScripts());
  let last = '';
  watchSettings((s) => {
    const key = s.userSites.join(',');
    if (key !== last) {
      last = key;
      void syncUserSiteScripts();
    }
  });
  void syncUserSiteScripts();
}

export function startComposerBackground(): void {
  startSiteRegistration();
  startAnalysisHost(analysisExtras);
  startReflectHost();
}
