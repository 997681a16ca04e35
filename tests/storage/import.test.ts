import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defineComponent, h } from 'vue';
import { mount } from '@vue/test-utils';
import { dataHandlers } from '@/utils/background/handlers';
import { getDb } from '@/utils/storage/db';
import { exportJson, patternsToCsv, type AttuneExport } from '@/utils/storage/export';
import { checkImportSize, MAX_IMPORT_BYTES, MAX_REPORTED_ERRORS, parseImport } from '@/utils/storage/import';
import { entriesOlderThan, importFile, inThreadSource, type ImportProgress } from '@/utils/storage/import-file';
import { SLICE_ENTRIES } from '@/utils/storage/import-slices';
import { runMaintenance } from '@/utils/background/writes';
import { notAPatternMirrorItem } from '@/utils/storage/revision';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '@/utils/storage/settings';
import { checkin, notAPattern, pattern, resetAll, trust } from './helpers';

const FIXED = Date.UTC(2025, 0, 1);

beforeEach(resetAll);

/** Some existing data, and a way to capture everything byte for byte. */
async function seed(): Promise<void> {
  await updateSettings({ sensitivity: 'watchful', userSites: ['chat.example.org'] });
  for (let i = 0; i < 30; i++) await dataHandlers.logPattern(pattern(i));
  await dataHandlers.logTrust(trust(1));
  await dataHandlers.saveCheckin(checkin(1));
  await dataHandlers.addNotAPattern(notAPattern('calm down'));
}
const snapshot = async () => ({
  export: await exportJson({ now: FIXED }),
  sync: JSON.stringify(await fakeBrowser.storage.sync.get(null)),
  mirror: JSON.stringify(await notAPatternMirrorItem.getValue()),
});

function file(over: Partial<Record<keyof AttuneExport, unknown>> = {}, patternCount = 10): string {
  return JSON.stringify({
    format: 'attune-export',
    version: 1,
    exportedAt: '2025-01-01T00:00:00.000Z',
    settings: DEFAULT_SETTINGS,
    patterns: Array.from({ length: patternCount }, (_, i) => pattern(1000 + i)),
    trust: [trust(50)],
    checkins: [checkin(50)],
    notAPattern: [notAPattern('just ignore them')],
    ...over,
  });
}

async function expectRejected(json: string, message: string | RegExp): Promise<string[]> {
  await seed();
  const before = await snapshot();
  const report = await dataHandlers.importData(json);
  expect(report.ok).toBe(false);
  expect(report.added).toEqual({ patterns: 0, trust: 0, checkins: 0, notAPattern: 0 });
  expect(report.errors.join('\n')).toMatch(message);
  expect(await snapshot()).toEqual(before);
  return report.errors;
}

describe('import rejects bad files, leaving existing data byte-for-byte unchanged', () => {
  it('not JSON', async () => {
    await expectRejected('Date,Phrase\n2025-01-01,calm down', /^This file is not valid JSON \(.+\)\. Choose a file made by Attune's "Export everything"/);
  });

  it('JSON of the wrong shape', async () => {
    await expectRejected('[1,2,3]', 'This file is JSON but not an Attune export: expected an object, got a list of 3.');
    await resetAll();
    await expectRejected('{"name":"my notes"}', 'its "format" should be "attune-export", got nothing');
    await resetAll();
    const errors = await expectRejected(file({ patterns: { a: 1 }, trust: null }), /patterns: expected a list, got an object/);
    expect(errors).toContain('trust: expected a list, got null');
  });

  it('a future schema version', async () => {
    await expectRejected(
      file({ version: 7 }),
      'This file was exported by a newer version of Attune (format version 7); this version reads format versions up to 1. Update Attune, then import the file again. Nothing was imported.',
    );
    await resetAll();
    await expectRejected(file({ version: '1' }), 'version: expected a whole number from 1 to 1, got "1"');
  });

  it('wrong types in one entry among thousands: every error, which entry, which field', async () => {
    const data = JSON.parse(file({}, 5000)) as AttuneExport;
    (data.patterns[1532] as unknown as Record<string, unknown>).time = 'yesterday';
    (data.patterns[1532] as unknown as Record<string, unknown>).outcome = 42;
    (data.checkins[0] as unknown as Record<string, unknown>).slot = 'noon';
    const errors = await expectRejected(JSON.stringify(data), 'patterns[1532].time: expected a date (number), got "yesterday"');
    expect(errors).toEqual([
      'patterns[1532].time: expected a date (number), got "yesterday"',
      'patterns[1532].outcome: expected one of "used", "edited", "dismissed", "not-a-pattern", "sent-anyway", "shown", got 42',
      'checkins[0].slot: expected one of "morning", "evening", got "noon"',
    ]);
  });

  it('thousands of bad entries: all counted, the first 1000 listed', async () => {
    const data = JSON.parse(file({}, 3000)) as AttuneExport;
    for (const p of data.patterns) (p as unknown as Record<string, unknown>).id = 7;
    const errors = await expectRejected(JSON.stringify(data), /patterns\[0\]\.id: expected text, got 7/);
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(errors.at(-1)).toBe('…and 2,000 more problems like these.');
  });

  it('a 50 MB file, by size, without parsing it', async () => {
    const big = `{"format":"attune-export","version":1,"patterns":[${' '.repeat(50 * 1024 * 1024)}]}`;
    const parse = vi.spyOn(JSON, 'parse');
    await expectRejected(big, 'This file is 52.4 MB; Attune imports files up to 50.0 MB. Nothing was imported.');
    expect(parse.mock.calls.filter(([text]) => text === big)).toEqual([]);
    // The options page refuses it before reading a byte:
    const read = vi.fn();
    const report = await importFile({ size: 52_428_800, text: read } as unknown as Blob);
    expect(report.ok).toBe(false);
    expect(read).not.toHaveBeenCalled();
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkImportSize(MAX_IMPORT_BYTES + 1)).toMatch(/up to 50\.0 MB/);
  });

  it('a failure inside the merge transaction writes nothing', async () => {
    await seed();
    const before = await snapshot();
    const db = await getDb();
    const add = vi.spyOn(db.checkins, 'bulkAdd').mockRejectedValueOnce(new Error('QuotaExceededError'));
    const report = await dataHandlers.importData(file());
    expect(report).toMatchObject({ ok: false, errors: [/Saving the imported entries failed \(QuotaExceededError\)\. Nothing was imported\./] });
    expect(await snapshot()).toEqual(before);
    add.mockRestore();
  });
});

describe('import of good files', () => {
  it('round-trips an export exactly, settings included', async () => {
    await seed();
    const exported = await exportJson({ now: FIXED });
    await dataHandlers.deleteAllData();
    await updateSettings({ sensitivity: 'gentle' });
    const report = await dataHandlers.importData(exported);
    expect(report).toEqual({
      ok: true,
      errors: [],
      added: { patterns: 30, trust: 1, checkins: 1, notAPattern: 1 },
      skippedDuplicates: 0,
      skippedOld: 0,
      settingsApplied: true,
      settingsInFile: true,
    });
    expect(await exportJson({ now: FIXED })).toBe(exported);
    expect(await notAPatternMirrorItem.getValue()).toEqual(['calm down']);
  });

  it('merges by stable id without duplicates (importing twice adds nothing)', async () => {
    await seed();
    const first = await dataHandlers.importData(file());
    expect(first.added).toEqual({ patterns: 10, trust: 1, checkins: 1, notAPattern: 1 });
    const afterFirst = await exportJson({ now: FIXED });
    const second = await dataHandlers.importData(file());
    expect(second.added).toEqual({ patterns: 0, trust: 0, checkins: 0, notAPattern: 0 });
    expect(second.skippedDuplicates).toBe(13);
    expect(await exportJson({ now: FIXED })).toBe(afterFirst);
    // an entry already stored is kept as it is, not overwritten by the file
    const changed = JSON.parse(file()) as AttuneExport;
    changed.patterns[0].phrase = 'changed';
    await dataHandlers.importData(JSON.stringify(changed));
    expect((await (await getDb()).patterns.get(changed.patterns[0].id))?.phrase).toBe(pattern(1000).phrase);
  });

  it('repeats inside one file count once', async () => {
    const report = await dataHandlers.importData(file({ patterns: [pattern(1), pattern(1), pattern(2)] }));
    expect(report.added.patterns).toBe(2);
    expect(report.skippedDuplicates).toBe(1);
  });

  it('leaves out entries older than the retention period, and says how many', async () => {
    const old = pattern(1, { time: Date.now() - 400 * 86_400_000 });
    const report = await dataHandlers.importData(file({ patterns: [old, pattern(2)] }));
    expect(report).toMatchObject({ ok: true, skippedOld: 1, added: { patterns: 1 } });
  });

  it('an older settings shape inside the file gains the current fields', async () => {
    const report = await dataHandlers.importData(file({ settings: { sensitivity: 'gentle', categories: { assumption: false } } }));
    expect(report.ok).toBe(true);
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, sensitivity: 'gentle', categories: { ...DEFAULT_SETTINGS.categories, assumption: false } });
  });

  it('an older export version migrates on import (mechanism, with a made-up current version 2)', async () => {
    // Version 1 is the first released format, so there is no real older file yet. Suppose the
    // current format were 2 and version 1 files had written times as ISO strings:
    const v1 = JSON.parse(file()) as { patterns: Record<string, unknown>[]; trust: Record<string, unknown>[] };
    for (const p of v1.patterns) p.time = new Date(p.time as number).toISOString();
    const migrations = {
      2: (old: Record<string, unknown>) => ({
        ...old,
        version: 2,
        patterns: (old.patterns as Record<string, unknown>[]).map((p) => ({ ...p, time: Date.parse(p.time as string) })),
      }),
    };
    const migrated = parseImport(JSON.stringify(v1), { currentVersion: 2, migrations });
    expect(migrated.ok).toBe(true);
    if (migrated.ok) expect(migrated.value.data.patterns).toEqual(JSON.parse(file()).patterns);
    // The same file without the migration: every wrong field is reported.
    const unmigrated = parseImport(JSON.stringify(v1));
    expect(unmigrated.ok).toBe(false);
    if (!unmigrated.ok) expect(unmigrated.errors[0]).toMatch(/^patterns\[0\]\.time: expected a date \(number\), got "20/);
    // A missing step is a clear refusal, not a guess.
    expect(parseImport(file(), { currentVersion: 2, migrations: {} })).toEqual({
      ok: false,
      errors: ['Attune cannot read format version 1 files (no way to upgrade them to 2). Nothing was imported.'],
    });
  });

  it('a version 1 file written by hand (not by this exporter) imports', async () => {
    const handWritten = `{"format":"attune-export","version":1,"exportedAt":"2024-06-01",
      "patterns":[{"id":"a","time":${Date.now()},"site":"x.example","category":"assumption","reason":"r","phrase":"you never","outcome":"used","extra":"ignored"}],
      "trust":[],"checkins":[],"notAPattern":[]}`;
    const report = await dataHandlers.importData(handWritten);
    expect(report).toMatchObject({ ok: true, added: { patterns: 1 }, settingsApplied: false });
    expect(Object.keys((await (await getDb()).patterns.get('a'))!)).not.toContain('extra');
  });

  it('strings with HTML and script are stored as plain text and rendered as text', async () => {
    const nasty = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '=HYPERLINK("http://evil.example","click")',
      '"quoted", with comma\nand newline',
    ];
    const report = await dataHandlers.importData(
      file({ patterns: nasty.map((phrase, i) => pattern(i, { phrase, site: nasty[1] })), trust: [trust(1, { note: nasty[0] })] }),
    );
    expect(report.ok).toBe(true);
    const stored = await (await getDb()).patterns.orderBy('id').toArray();
    expect(stored.map((p) => p.phrase)).toEqual(nasty);
    expect((await (await getDb()).trust.get('t-1'))?.note).toBe(nasty[0]);

    // Vue text interpolation: no element is created from the data.
    const List = defineComponent({ setup: () => () => h('ul', stored.map((p) => h('li', p.phrase))) });
    const wrapper = mount(List);
    expect(wrapper.findAll('script, img')).toHaveLength(0);
    expect(wrapper.findAll('li').map((li) => li.element.textContent)).toEqual(nasty);

    const csv = patternsToCsv(stored);
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"",""click"")",`);
    expect(csv).toContain('"""quoted"", with comma\nand newline"');
  });
});

describe('every top-level field is checked for presence and type, null included (issue 15)', () => {
  const FIELDS = ['format', 'version', 'exportedAt', 'settings', 'patterns', 'trust', 'checkins', 'notAPattern'] as const;
  const EXPECTED: Record<(typeof FIELDS)[number], string> = {
    format: 'its "format" should be "attune-export", got null',
    version: 'version: expected a whole number from 1 to 1, got null',
    exportedAt: "exportedAt: expected the export's date as text, got null",
    settings: 'settings: expected your settings (an object), got null; leave "settings" out of the file to keep the current settings',
    patterns: 'patterns: expected a list, got null',
    trust: 'trust: expected a list, got null',
    checkins: 'checkins: expected a list, got null',
    notAPattern: 'notAPattern: expected a list, got null',
  };
  for (const field of FIELDS) {
    it(`"${field}": null is refused, and nothing changes`, async () => {
      const errors = await expectRejected(file({ [field]: null }), EXPECTED[field]);
      expect(errors.some((e) => e.includes(EXPECTED[field]))).toBe(true);
    });
  }

  for (const field of ['patterns', 'trust', 'checkins', 'notAPattern'] as const) {
    it(`a missing "${field}" list is refused`, async () => {
      const json = JSON.parse(file()) as Record<string, unknown>;
      delete json[field];
      await expectRejected(JSON.stringify(json), `${field}: missing; expected a list (an empty list, [], when there are none)`);
    });
  }

  it('settings of the wrong type are refused: a list, text, a number', async () => {
    for (const bad of [[], 'dark', 3]) {
      await expectRejected(file({ settings: bad }), /^settings: expected your settings \(an object\), got /);
      await resetAll();
    }
  });

  it('exportedAt may be left out (a hand-written file); a number there is refused', async () => {
    const json = JSON.parse(file()) as Record<string, unknown>;
    delete json.exportedAt;
    expect((await dataHandlers.importData(JSON.stringify(json))).ok).toBe(true);
    await resetAll();
    await expectRejected(file({ exportedAt: 1735689600000 }), "exportedAt: expected the export's date as text, got 1735689600000");
  });

  it('a file without settings keeps the current settings, and says so', async () => {
    await seed();
    await updateSettings({ retentionDays: 1095, repairRitual: { ...DEFAULT_SETTINGS.repairRitual, word: 'pineapple' } });
    const before = await getSettings();
    const json = JSON.parse(file()) as Record<string, unknown>;
    delete json.settings;
    const report = await dataHandlers.importData(JSON.stringify(json));
    expect(report).toMatchObject({ ok: true, settingsApplied: false, settingsInFile: false, added: { patterns: 10 } });
    expect(await getSettings()).toEqual(before);
  });
});

describe('an import never shortens the history period by itself (issue 15)', () => {
  const DAY_MS = 86_400_000;
  afterEach(() => vi.useRealTimers());

  /** The user keeps 1,095 days and has entries 400–500 days old. */
  async function longHistory(): Promise<number> {
    vi.useFakeTimers({ now: FIXED, toFake: ['Date'] });
    await updateSettings({ retentionDays: 1095, sensitivity: 'watchful' });
    for (let d = 400; d <= 500; d += 20) {
      await dataHandlers.logPattern(pattern(d, { id: `old-p-${d}`, time: FIXED - d * DAY_MS }));
      await dataHandlers.logTrust(trust(d, { id: `old-t-${d}`, time: FIXED - d * DAY_MS }));
      await dataHandlers.saveCheckin(checkin(d, { id: `old-c-${d}`, time: FIXED - d * DAY_MS }));
    }
    return 18;
  }
  const counts = async () => {
    const db = await getDb();
    return (await db.patterns.count()) + (await db.trust.count()) + (await db.checkins.count());
  };

  it('a file with a shorter period: its other settings apply, the period stays, nothing is deleted, the shorter one is offered', async () => {
    const old = await longHistory();
    const report = await dataHandlers.importData(
      file({ settings: { ...DEFAULT_SETTINGS, retentionDays: 365, sensitivity: 'gentle' }, patterns: [], trust: [], checkins: [] }),
    );
    expect(report).toMatchObject({ ok: true, settingsApplied: true, retentionKept: { file: 365, current: 1095 } });
    const after = await getSettings();
    expect(after.retentionDays).toBe(1095);
    expect(after.sensitivity).toBe('gentle');
    await runMaintenance(await getDb());
    expect(await counts()).toBe(old);
    // What the options page tells the user before they confirm:
    expect(await entriesOlderThan(365, FIXED)).toBe(old);
    expect(await entriesOlderThan(1095, FIXED)).toBe(0);
  });

  it('entries from the file within the kept period are imported, not skipped as old', async () => {
    await longHistory();
    const report = await dataHandlers.importData(
      file({ settings: { ...DEFAULT_SETTINGS, retentionDays: 365 }, patterns: [pattern(9, { id: 'file-450', time: FIXED - 450 * DAY_MS })] }),
    );
    expect(report).toMatchObject({ ok: true, skippedOld: 0, added: { patterns: 1 } });
  });

  it('a file with a longer or equal period applies it (nothing to confirm)', async () => {
    await longHistory();
    const report = await dataHandlers.importData(file({ settings: { ...DEFAULT_SETTINGS, retentionDays: 1825 } }));
    expect(report.retentionKept).toBeUndefined();
    expect((await getSettings()).retentionDays).toBe(1825);
  });
});

describe('the options page import: parsed off the main thread, saved slice by slice (issue 15)', () => {
  const asFile = (json: string) => ({ size: json.length, text: async () => json }) as unknown as Blob;
  const send = ((type: 'importSlice' | 'importFinish', data: unknown) => (dataHandlers[type] as (d: unknown) => Promise<unknown>)(data)) as never;
  const count = async () => (await getDb()).patterns.count();

  it('a file larger than one slice arrives whole, in several background transactions, with progress', async () => {
    const json = file({}, SLICE_ENTRIES * 2 + 500);
    const progress: ImportProgress[] = [];
    let slices = 0;
    const counting = ((type: 'importSlice' | 'importFinish', data: unknown) => {
      if (type === 'importSlice') slices++;
      return (send as (t: string, d: unknown) => Promise<unknown>)(type, data);
    }) as never;
    const report = await importFile(asFile(json), { source: inThreadSource(), send: counting, onProgress: (p) => progress.push(p) });
    expect(report).toMatchObject({ ok: true, added: { patterns: SLICE_ENTRIES * 2 + 500, trust: 1, checkins: 1, notAPattern: 1 }, settingsApplied: true });
    expect(slices).toBe(3);
    expect(await count()).toBe(SLICE_ENTRIES * 2 + 500);
    expect(progress.map((p) => p.phase)).toEqual(['reading', 'checking', 'saving', 'saving', 'saving', 'saving']);
    expect(progress.at(-1)).toEqual({ phase: 'saving', done: SLICE_ENTRIES * 2 + 503, total: SLICE_ENTRIES * 2 + 503 });
  });

  it('gives the same result as importing the text in one go', async () => {
    await seed();
    const exported = await exportJson({ now: FIXED });
    await dataHandlers.deleteAllData();
    const report = await importFile(asFile(exported), { source: inThreadSource(), send });
    expect(report).toMatchObject({ ok: true, added: { patterns: 30, trust: 1, checkins: 1, notAPattern: 1 }, skippedDuplicates: 0 });
    expect(await exportJson({ now: FIXED })).toBe(exported);
  });

  it('a refused file sends nothing to the background', async () => {
    await seed();
    const before = await snapshot();
    const slices = vi.spyOn(dataHandlers, 'importSlice');
    const report = await importFile(asFile(file({ settings: null })), { source: inThreadSource(), send });
    expect(report.ok).toBe(false);
    expect(report.errors.join()).toContain('settings: expected your settings (an object), got null');
    expect(slices).not.toHaveBeenCalled();
    expect(await snapshot()).toEqual(before);
    slices.mockRestore();
  });

  it('cancel before saving writes nothing; cancel midway keeps the slices saved and says so', async () => {
    const json = file({}, SLICE_ENTRIES * 3);
    const early = new AbortController();
    early.abort();
    expect(await importFile(asFile(json), { source: inThreadSource(), send, signal: early.signal })).toMatchObject({
      ok: false,
      cancelled: true,
      errors: ['Import cancelled. Nothing was imported.'],
    });
    expect(await count()).toBe(0);

    const midway = new AbortController();
    const report = await importFile(asFile(json), {
      source: inThreadSource(),
      send,
      signal: midway.signal,
      onProgress: (p) => p.phase === 'saving' && p.done >= SLICE_ENTRIES && midway.abort(),
    });
    expect(report).toMatchObject({ ok: false, cancelled: true, added: { patterns: SLICE_ENTRIES } });
    expect(report.errors[0]).toBe(`Import cancelled after 2,000 of ${(SLICE_ENTRIES * 3 + 3).toLocaleString('en')} entries; those are kept. Importing the file again adds the rest.`);
    expect(await count()).toBe(SLICE_ENTRIES);
  });

  it('the background checks every slice again and refuses a bad entry, saving nothing of that slice', async () => {
    await expect(dataHandlers.importSlice({ patterns: [pattern(1), { ...pattern(2), time: 'yesterday' }] })).rejects.toThrow(
      'Not saved: patterns[1].time: expected a date (number), got "yesterday"',
    );
    expect(await count()).toBe(0);
    await expect(dataHandlers.importFinish(null)).resolves.toMatchObject({ settingsInFile: false, settingsApplied: false });
    await expect(dataHandlers.importFinish([])).rejects.toThrow(/settings/);
  });

  it('slices never shorten the history period either', async () => {
    vi.useFakeTimers({ now: FIXED, toFake: ['Date'] });
    await updateSettings({ retentionDays: 1095 });
    const old = pattern(7, { id: 'file-450', time: FIXED - 450 * 86_400_000 });
    const report = await importFile(asFile(file({ settings: { ...DEFAULT_SETTINGS, retentionDays: 365 }, patterns: [old] })), { source: inThreadSource(), send });
    expect(report).toMatchObject({ ok: true, skippedOld: 0, added: { patterns: 1 }, retentionKept: { file: 365, current: 1095 } });
    expect((await getSettings()).retentionDays).toBe(1095);
    vi.useRealTimers();
  });
});
