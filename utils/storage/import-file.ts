/**
 * The options page's import: refuse an oversized file before reading a byte of it, then hand
 * the text to the background (the only writer), which validates everything and merges in one
 * transaction. Returns the background's report (errors are plain text: render as text).
 */
import { sendMessage, type ImportReport } from '../messaging/protocol';
import { getDb } from './db';
import { checkImportSize } from './import';

const DAY_MS = 86_400_000;

export async function importFile(file: Blob): Promise<ImportReport> {
  const tooBig = checkImportSize(file.size);
  if (tooBig) {
    return { ok: false, errors: [tooBig], added: { patterns: 0, trust: 0, checkins: 0, notAPattern: 0 }, skippedDuplicates: 0 };
  }
  return sendMessage('importData', await file.text());
}

/**
 * How many history entries (patterns, trust bank, check-ins) a history period of `days` would
 * remove: what the user is told before confirming a shorter period that an import offered.
 */
export async function entriesOlderThan(days: number, now = Date.now()): Promise<number> {
  const db = await getDb();
  const cutoff = now - days * DAY_MS;
  const counts = await Promise.all([db.patterns, db.trust, db.checkins].map((t) => t.where('time').below(cutoff).count()));
  return counts.reduce((a, b) => a + b, 0);
}
