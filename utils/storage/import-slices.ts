/**
 * How a checked import file travels to the background: in slices of SLICE_ENTRIES entries
 * (patterns first, then trust bank, check-ins, not-a-pattern), one background transaction
 * each. Pure; shared by the options page's import worker and its in-thread fallback.
 */
import type { ImportSlice } from '../messaging/protocol';
import type { AttuneExport } from './export';
import { parseImport, type ParsedImport } from './import';

/**
 * ~0.2 MB of JSON per message. The background spends a slice's work in few long tasks (Chrome
 * serialises a bulkAdd's rows, and hands over a read's rows, in one task each): with 2,000
 * entries those took 100–250 ms on a loaded machine and hints in other tabs waited; with 500
 * the worker's stalls over 45 ms fell from 140 to 14 in a 49.9 MB import, for a few more round
 * trips (same import time). 250 (with 50-row requests in the background) gave no fewer stalls
 * over 50/100 ms than 500 on the loaded 2-core machine and took 99–127 s instead of 86–91 s.
 */
export const SLICE_ENTRIES = 500;

const LISTS = ['patterns', 'trust', 'checkins', 'notAPattern'] as const;

export function entryCount(data: AttuneExport): number {
  return LISTS.reduce((n, key) => n + data[key].length, 0);
}

export function sliceCount(data: AttuneExport): number {
  return Math.ceil(entryCount(data) / SLICE_ENTRIES);
}

/** Slice `index`: the entries from index × SLICE_ENTRIES on, across the lists in order. */
export function sliceAt(parsed: ParsedImport, index: number): ImportSlice {
  let from = index * SLICE_ENTRIES;
  let room = SLICE_ENTRIES;
  const slice: ImportSlice = {};
  if (parsed.settings) slice.fileRetentionDays = parsed.settings.retentionDays;
  for (const key of LISTS) {
    const list = parsed.data[key];
    if (from >= list.length) {
      from -= list.length;
      continue;
    }
    const part = list.slice(from, from + room);
    slice[key] = part;
    room -= part.length;
    from = 0;
    if (!room) break;
  }
  return slice;
}

/** What the parser tells the page once the whole file is checked. */
export type ParseOutcome =
  | { ok: false; errors: string[] }
  | { ok: true; slices: number; entries: number; settings: ParsedImport['settings'] };

/** Parses and checks a file's text; keeps the result for sliceAt. */
export class ImportParser {
  private parsed: ParsedImport | null = null;

  parse(text: string): ParseOutcome {
    const result = parseImport(text);
    if (!result.ok) return { ok: false, errors: result.errors };
    // Oldest first, so each slice's patterns fall on a few days and the background reads and
    // writes only those days' rollup rows. Stable: repeats of an id keep their order.
    result.value.data.patterns.sort((a, b) => a.time - b.time);
    this.parsed = result.value;
    return { ok: true, slices: sliceCount(result.value.data), entries: entryCount(result.value.data), settings: result.value.settings };
  }

  slice(index: number): ImportSlice {
    if (!this.parsed) throw new Error('no file parsed');
    return sliceAt(this.parsed, index);
  }
}

/** Messages between the options page and utils/storage/import-worker.ts. */
export type WorkerRequest = { type: 'parse'; file: Blob } | { type: 'slice'; index: number };
export type WorkerReply =
  | { type: 'progress'; phase: 'reading' | 'checking' }
  | { type: 'parsed'; outcome: ParseOutcome }
  | { type: 'slice'; index: number; slice: ImportSlice }
  | { type: 'error'; message: string };
