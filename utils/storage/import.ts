/**
 * Reading an export file back: size check (before reading or parsing), JSON, envelope,
 * version (older ones migrate step by step, newer ones are refused), then every entry.
 * Pure: nothing here writes. The background applies a file only when this found no problem
 * at all (utils/background/import-data.ts), so a rejected file changes nothing.
 *
 * Problems are collected, not thrown: each is one plain line saying which entry and which
 * field (`patterns[1532].time: expected a date (number), got "yesterday"`).
 */
import { describeValue } from './describe';
import { EXPORT_FORMAT, EXPORT_VERSION, type AttuneExport } from './export';
import type { CheckinEntry, NotAPatternEntry, PatternEntry, TrustEntry } from './records';
import { normalizeSettings, settingsByteSize, SYNC_ITEM_LIMIT_BYTES, type Settings } from './settings';
import { validateCheckin, validateNotAPattern, validatePattern, validateTrust } from './validate';

/** Largest file accepted: 50,000,000 bytes (a year of heavy use exports to ~20 MB). */
export const MAX_IMPORT_BYTES = 50_000_000;
/** Past this many, the rest are summarised in one line. */
export const MAX_REPORTED_ERRORS = 1000;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const mb = (bytes: number) => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** For the UI before reading a file (File.size) and the background before parsing. Null when fine. */
export function checkImportSize(bytes: number): string | null {
  if (bytes > MAX_IMPORT_BYTES) {
    return `This file is ${mb(bytes)}; Attune imports files up to ${mb(MAX_IMPORT_BYTES)}. Nothing was imported.`;
  }
  return null;
}

/**
 * UTF-8 size of the file's text, counted without a copy; stops counting once past the limit
 * (every UTF-16 unit is at least one byte, so a string longer than the limit is too big).
 */
export function importByteSize(text: string): number {
  if (text.length > MAX_IMPORT_BYTES) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // a surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
    if (bytes > MAX_IMPORT_BYTES) return bytes;
  }
  return bytes;
}

/**
 * Migrations of the export file: key N turns a version N-1 file into version N. Each is pure
 * and keeps the old shape's type beside it. (Version 1 is the first released format, so
 * there is none yet; tests/storage/import.test.ts runs the mechanism with a made-up version 2.)
 */
export const EXPORT_MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export interface ParsedImport {
  data: AttuneExport;
  /** Settings from the file (complete, normalized), or null when the file has none (keep the current ones). */
  settings: Settings | null;
}

export type ImportParseResult = { ok: true; value: ParsedImport } | { ok: false; errors: string[] };

export interface ParseOptions {
  currentVersion?: number;
  migrations?: typeof EXPORT_MIGRATIONS;
}

const HELP = 'Choose a file made by Attune\'s "Export everything" (attune-export-….json).';

class ErrorList {
  readonly lines: string[] = [];
  total = 0;
  push = (line: string): number => {
    this.total++;
    if (this.lines.length < MAX_REPORTED_ERRORS) this.lines.push(line);
    return this.total;
  };
  result(): string[] {
    const more = this.total - this.lines.length;
    return more > 0 ? [...this.lines, `…and ${more.toLocaleString('en')} more problems like these.`] : this.lines;
  }
}

export function parseImport(json: string, options: ParseOptions = {}): ImportParseResult {
  const currentVersion = options.currentVersion ?? EXPORT_VERSION;
  const migrations = options.migrations ?? EXPORT_MIGRATIONS;
  const fail = (...errors: string[]): ImportParseResult => ({ ok: false, errors });

  if (typeof json !== 'string') return fail(`Expected the file's text, got ${describeValue(json)}.`);
  const tooBig = checkImportSize(importByteSize(json));
  if (tooBig) return fail(tooBig);

  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message.slice(0, 120)})` : '';
    return fail(`This file is not valid JSON${detail}. ${HELP} Nothing was imported.`);
  }

  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(`This file is JSON but not an Attune export: expected an object, got ${describeValue(raw)}. ${HELP}`);
  }
  let file = raw as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) {
    return fail(
      `This file is JSON but not an Attune export: its "format" should be "${EXPORT_FORMAT}", got ${describeValue(file.format)}. ${HELP}`,
    );
  }
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(`version: expected a whole number from 1 to ${currentVersion}, got ${describeValue(version)}. Nothing was imported.`);
  }
  if (version > currentVersion) {
    return fail(
      `This file was exported by a newer version of Attune (format version ${version}); this version reads format versions up to ${currentVersion}. ` +
        'Update Attune, then import the file again. Nothing was imported.',
    );
  }
  for (let v = version + 1; v <= currentVersion; v++) {
    const migrate = migrations[v];
    if (!migrate) return fail(`Attune cannot read format version ${version} files (no way to upgrade them to ${v}). Nothing was imported.`);
    try {
      file = migrate(file);
    } catch (error) {
      return fail(`Upgrading this version ${version} file failed at version ${v}: ${String(error)}. Nothing was imported.`);
    }
  }

  const errors = new ErrorList();
  // Every top-level field is checked for presence and type; `null` is a value of the wrong
  // type, never "absent" (a file with `"settings": null` once reset every setting).
  if (file.exportedAt !== undefined && typeof file.exportedAt !== 'string') {
    errors.push(`exportedAt: expected the export's date as text, got ${describeValue(file.exportedAt)}`);
  }
  const list = <T>(
    key: string,
    validate: (v: unknown, path: string, errors: string[]) => T | null,
  ): T[] => {
    const value = file[key];
    if (value === undefined) {
      errors.push(`${key}: missing; expected a list (an empty list, [], when there are none)`);
      return [];
    }
    if (!Array.isArray(value)) {
      errors.push(`${key}: expected a list, got ${describeValue(value)}`);
      return [];
    }
    const out: T[] = [];
    // One scratch array per entry keeps pushes cheap when thousands are wrong.
    const scratch: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const clean = validate(value[i], `${key}[${i}]`, scratch);
      if (clean) out.push(clean);
      if (scratch.length) {
        for (const line of scratch) errors.push(line);
        scratch.length = 0;
      }
    }
    return out;
  };

  const patterns = list<PatternEntry>('patterns', validatePattern);
  const trust = list<TrustEntry>('trust', validateTrust);
  const checkins = list<CheckinEntry>('checkins', validateCheckin);
  const notAPattern = list<NotAPatternEntry>('notAPattern', validateNotAPattern);

  // Absent settings keep the user's current ones; present ones must be an object.
  let settings: Settings | null = null;
  if (file.settings !== undefined && !isPlainObject(file.settings)) {
    errors.push(`settings: expected your settings (an object), got ${describeValue(file.settings)}; leave "settings" out of the file to keep the current settings`);
  } else if (file.settings !== undefined) {
    const problems: string[] = [];
    settings = normalizeSettings(file.settings, problems);
    problems.forEach(errors.push);
    const bytes = settingsByteSize(settings);
    if (bytes > SYNC_ITEM_LIMIT_BYTES) {
      errors.push(`settings: too large to sync between browsers (${bytes} of ${SYNC_ITEM_LIMIT_BYTES} bytes); remove some added sites from the file`);
    }
  }

  if (errors.total) return { ok: false, errors: errors.result() };
  return {
    ok: true,
    value: {
      settings,
      data: {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt : '',
        settings: settings as Settings,
        patterns,
        trust,
        checkins,
        notAPattern,
      },
    },
  };
}
