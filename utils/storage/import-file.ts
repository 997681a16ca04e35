/**
 * The options page's import: refuse an oversized file before reading a byte of it, then hand
 * the text to the background (the only writer), which validates everything and merges in one
 * transaction. Returns the background's report (errors are plain text: render as text).
 */
import { sendMessage, type ImportReport } from '../messaging/protocol';
import { checkImportSize } from './import';

export async function importFile(file: Blob): Promise<ImportReport> {
  const tooBig = checkImportSize(file.size);
  if (tooBig) {
    return { ok: false, errors: [tooBig], added: { patterns: 0, trust: 0, checkins: 0, notAPattern: 0 }, skippedDuplicates: 0 };
  }
  return sendMessage('importData', await file.text());
}
