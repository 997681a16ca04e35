/**
 * The options page's import, kept off the page's main thread and out of the background's way:
 *
 *   File ──▶ import worker (entrypoints/import-worker.ts): read, JSON.parse, check every entry (utils/storage/import.ts)
 *              │ refused? every problem listed, nothing written
 *              ▼ checked
 *   page ──slice k (2,000 entries)──▶ background: check again, merge in one transaction ──▶ …
 *        ──importFinish(settings)──▶ settings (a shorter history period only offered), tidy up
 *
 * The page relays small slices (never the whole parsed file), so its longest task stays short;
 * the background yields between slices, so hints keep working in other tabs. Progress is
 * reported as it goes; `signal` cancels: before the first slice nothing has been written, after
 * it the slices already merged stay (importing the file again adds the rest, by stable id).
 */
import { sendMessage, type ImportReport, type ImportSlice } from '../messaging/protocol';
import { getDb } from './db';
import { checkImportSize } from './import';
import { ImportParser, type ParseOutcome, type WorkerReply } from './import-slices';

const DAY_MS = 86_400_000;

export interface ImportProgress {
  phase: 'reading' | 'checking' | 'saving';
  /** Entries saved so far and in all (saving only). */
  done: number;
  total: number;
}

/** Where the file is parsed: the worker in the options page, in-thread in tests. */
export interface ImportSource {
  parse(file: Blob, onPhase: (phase: 'reading' | 'checking') => void): Promise<ParseOutcome>;
  slice(index: number): Promise<ImportSlice>;
  close(): void;
}

/** The worker (entrypoints/import-worker.ts, built to /import-worker.js) in an extension page. */
export function workerSource(url: string): ImportSource {
  const worker = new Worker(url);
  let pending: ((reply: WorkerReply) => void) | null = null;
  let onPhase: (phase: 'reading' | 'checking') => void = () => {};
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    if (event.data.type === 'progress') onPhase(event.data.phase);
    else pending?.(event.data);
  };
  const ask = (message: unknown) =>
    new Promise<WorkerReply>((resolve, reject) => {
      pending = resolve;
      worker.onerror = (e) => reject(new Error(e.message || 'the import worker failed'));
      worker.postMessage(message);
    });
  return {
    async parse(file, phase) {
      onPhase = phase;
      const reply = await ask({ type: 'parse', file });
      if (reply.type === 'error') throw new Error(reply.message);
      if (reply.type !== 'parsed') throw new Error('the import worker answered out of turn');
      return reply.outcome;
    },
    async slice(index) {
      const reply = await ask({ type: 'slice', index });
      if (reply.type === 'error') throw new Error(reply.message);
      if (reply.type !== 'slice') throw new Error('the import worker answered out of turn');
      return reply.slice;
    },
    close: () => worker.terminate(),
  };
}

/** The same steps on the calling thread (tests; pages without Worker). */
export function inThreadSource(): ImportSource {
  const parser = new ImportParser();
  return {
    async parse(file, phase) {
      phase('reading');
      const text = await file.text();
      phase('checking');
      return parser.parse(text);
    },
    slice: async (index) => parser.slice(index),
    close: () => {},
  };
}

type Send = {
  (type: 'importSlice', data: ImportSlice): Promise<import('../messaging/protocol').ImportSliceReport>;
  (type: 'importFinish', data: unknown): Promise<Pick<ImportReport, 'errors' | 'settingsApplied' | 'settingsInFile' | 'retentionKept'>>;
};

export interface ImportOptions {
  /** Where the file is parsed: the page passes workerSource(…); the default parses in-thread. */
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  source?: ImportSource;
  send?: Send;
}

const emptyCounts = () => ({ patterns: 0, trust: 0, checkins: 0, notAPattern: 0 });

export async function importFile(file: Blob, options: ImportOptions = {}): Promise<ImportReport> {
  const tooBig = checkImportSize(file.size);
  if (tooBig) {
    options.source?.close();
    return { ok: false, errors: [tooBig], added: emptyCounts(), skippedDuplicates: 0 };
  }
  const source = options.source ?? inThreadSource();
  const send = options.send ?? (sendMessage as unknown as Send);
  const progress = options.onProgress ?? (() => {});
  const signal = options.signal;
  const cancelled = (saved: number, total: number): ImportReport => ({
    ok: false,
    cancelled: true,
    errors: [
      saved
        ? `Import cancelled after ${saved.toLocaleString('en')} of ${total.toLocaleString('en')} entries; those are kept. Importing the file again adds the rest.`
        : 'Import cancelled. Nothing was imported.',
    ],
    added: emptyCounts(),
    skippedDuplicates: 0,
  });

  try {
    const aborted = new Promise<'aborted'>((resolve) => {
      if (signal?.aborted) resolve('aborted');
      signal?.addEventListener('abort', () => resolve('aborted'), { once: true });
    });
    const outcome = await Promise.race([source.parse(file, (phase) => progress({ phase, done: 0, total: 0 })), aborted]);
    if (outcome === 'aborted') return cancelled(0, 0);
    if (!outcome.ok) return { ok: false, errors: outcome.errors, added: emptyCounts(), skippedDuplicates: 0 };

    const report: ImportReport = { ok: true, errors: [], added: emptyCounts(), skippedDuplicates: 0, skippedOld: 0 };
    let saved = 0;
    progress({ phase: 'saving', done: 0, total: outcome.entries });
    for (let i = 0; i < outcome.slices; i++) {
      if (signal?.aborted) return { ...cancelled(saved, outcome.entries), added: report.added };
      const slice = await source.slice(i);
      const part = await send('importSlice', slice);
      for (const key of Object.keys(report.added) as (keyof ImportReport['added'])[]) report.added[key] += part.added[key];
      report.skippedDuplicates += part.skippedDuplicates;
      report.skippedOld = (report.skippedOld ?? 0) + part.skippedOld;
      saved += (slice.patterns?.length ?? 0) + (slice.trust?.length ?? 0) + (slice.checkins?.length ?? 0) + (slice.notAPattern?.length ?? 0);
      progress({ phase: 'saving', done: saved, total: outcome.entries });
    }
    return { ...report, ...(await send('importFinish', outcome.settings)) };
  } finally {
    source.close();
  }
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
