/**
 * The background's data service: registers a handler for every write message of the
 * protocol, then tidies up (retention, caps, the not-a-pattern mirror) in the background.
 * entrypoints/background.ts calls startDataService() once, synchronously, at start — MV3
 * only delivers the message that woke the worker to listeners registered in its first turn.
 */
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging/protocol';
import { getDb } from '../storage/db';
import { dataHandlers, PAGE_ONLY_MESSAGES, type DataMessage } from './handlers';
import { currentSettings } from './settings-cache';
import { repairRollupIfNeeded } from './maintenance';
import { bumpRevision, syncNotAPatternMirror } from './revision';
import { runMaintenance } from './writes';

function fromExtensionPage(sender: { url?: string } | undefined): boolean {
  const origin = browser.runtime.getURL('/');
  return Boolean(sender?.url?.startsWith(origin));
}

export function registerDataHandlers(): () => void {
  const removers = (Object.keys(dataHandlers) as DataMessage[]).map((type) =>
    onMessage(type, (message) => {
      if (PAGE_ONLY_MESSAGES.has(type) && !fromExtensionPage(message.sender)) {
        throw new Error(`"${type}" is only accepted from Attune's own pages.`);
      }
      const handler = dataHandlers[type] as (data: unknown) => Promise<unknown>;
      return handler(message.data) as never;
    }),
  );
  return () => removers.forEach((remove) => remove());
}

/** Startup tidy-up; safe to run on every worker start (cheap when there is nothing to do). */
export async function startupMaintenance(): Promise<void> {
  const db = await getDb();
  void currentSettings();
  if (db.readOnlyFallback) return;
  await syncNotAPatternMirror(db);
  await runMaintenance(db);
  if (await repairRollupIfNeeded(db)) await bumpRevision();
}

export function startDataService(): void {
  registerDataHandlers();
  void startupMaintenance().catch((error) => console.error('[attune] data service start-up failed', error));
}
