/**
 * Export: everything as one versioned JSON file (format in EXPORT-FORMAT.md), and the patterns
 * log as CSV. Runs in the options page, read-only: collect → pure string builders → download.
 */
import { getDb, type AttuneDb } from './db';
import type { CheckinEntry, NotAPatternEntry, PatternEntry, TrustEntry } from './records';
import { getSettings, type Settings } from './settings';

export const EXPORT_FORMAT = 'attune-export';
/** Bump with a migration in import.ts (EXPORT_MIGRATIONS) whenever the file's shape changes. */
export const EXPORT_VERSION = 1;

export interface AttuneExportV1 {
  format: typeof EXPORT_FORMAT;
  version: 1;
  /** ISO 8601, UTC. */
  exportedAt: string;
  settings: Settings;
  patterns: PatternEntry[];
  trust: TrustEntry[];
  checkins: CheckinEntry[];
  notAPattern: NotAPatternEntry[];
}

/** The current export shape. */
export type AttuneExport = AttuneExportV1;

/**
 * Reads everything in one read-only transaction (a consistent snapshot), oldest first; ties
 * by id, so the same data always gives the same bytes.
 */
export async function collectExport(
  options: { db?: AttuneDb; settings?: Settings; now?: number } = {},
): Promise<AttuneExport> {
  const db = options.db ?? (await getDb());
  const settings = options.settings ?? (await getSettings());
  const [patterns, trust, checkins, notAPattern] = await db.transaction(
    'r',
    [db.patterns, db.trust, db.checkins, db.notAPattern],
    () =>
      Promise.all([
        db.patterns.orderBy('time').toArray(),
        db.trust.orderBy('time').toArray(),
        db.checkins.orderBy('time').toArray(),
        db.notAPattern.orderBy('value').toArray(),
      ]),
  );
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(options.now ?? Date.now()).toISOString(),
    settings,
    patterns,
    trust,
    checkins,
    notAPattern,
  };
}

/**
 * JSON with one entry per line: readable in an editor, diffable, and ~30% smaller than fully
 * indented JSON for 100,000 entries. JSON.parse reads it like any other JSON.
 */
export function serializeExport(data: AttuneExport): string {
  const list = (items: unknown[]) =>
    items.length ? `[\n${items.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]` : '[]';
  return (
    '{\n' +
    `  "format": ${JSON.stringify(data.format)},\n` +
    `  "version": ${JSON.stringify(data.version)},\n` +
    `  "exportedAt": ${JSON.stringify(data.exportedAt)},\n` +
    `  "settings": ${JSON.stringify(data.settings)},\n` +
    `  "patterns": ${list(data.patterns)},\n` +
    `  "trust": ${list(data.trust)},\n` +
    `  "checkins": ${list(data.checkins)},\n` +
    `  "notAPattern": ${list(data.notAPattern)}\n` +
    '}\n'
  );
}

/** The whole export as a string, ready for downloadText(). */
export async function exportJson(options: Parameters<typeof collectExport>[0] = {}): Promise<string> {
  return serializeExport(await collectExport(options));
}

// ── CSV ──────────────────────────────────────────────────────────────────────

export const PATTERNS_CSV_COLUMNS = ['id', 'time', 'timestamp', 'site', 'category', 'reason', 'phrase', 'outcome', 'snippet'] as const;

/**
 * One RFC 4180 field. Text that a spreadsheet would run as a formula (starting with = + - @,
 * tab or carriage return) gets a leading apostrophe first (OWASP's CSV-injection advice),
 * then the field is quoted if it holds a comma, quote or line break.
 */
export function csvField(value: string | number | undefined, opts: { text?: boolean } = { text: true }): string {
  if (value === undefined) return '';
  let s = String(value);
  if (opts.text && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The patterns log as CSV: header row, CRLF line ends, time as ISO 8601 plus epoch ms. */
export function patternsToCsv(entries: readonly PatternEntry[]): string {
  const rows = [PATTERNS_CSV_COLUMNS.join(',')];
  for (const e of entries) {
    rows.push(
      [
        csvField(e.id),
        csvField(new Date(e.time).toISOString(), { text: false }),
        csvField(e.time, { text: false }),
        csvField(e.site),
        csvField(e.category),
        csvField(e.reason),
        csvField(e.phrase),
        csvField(e.outcome),
        csvField(e.snippet),
      ].join(','),
    );
  }
  return rows.join('\r\n') + '\r\n';
}

export async function exportPatternsCsv(db?: AttuneDb): Promise<string> {
  const d = db ?? (await getDb());
  return patternsToCsv(await d.patterns.orderBy('time').toArray());
}

/** `attune-export-2025-03-01.json`, `attune-patterns-2025-03-01.csv` (local date). */
export function exportFileName(kind: 'export' | 'patterns', now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return kind === 'export' ? `attune-export-${date}.json` : `attune-patterns-${date}.csv`;
}

/** Saves `text` as a file through the browser's download UI (extension pages only). */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled; revoking at once cancels the download in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
