import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/utils/storage/db';
import {
  collectExport,
  csvField,
  downloadText,
  exportFileName,
  exportJson,
  exportPatternsCsv,
  patternsToCsv,
  serializeExport,
} from '@/utils/storage/export';
import { DEFAULT_SETTINGS } from '@/utils/storage/settings';
import { checkin, notAPattern, pattern, resetAll, trust } from './helpers';

beforeEach(resetAll);

describe('JSON export', () => {
  it('is the documented envelope, every table oldest first, and parses back to the same data', async () => {
    const db = await getDb();
    await db.patterns.bulkPut([pattern(2), pattern(1), pattern(3)]);
    await db.trust.put(trust(1));
    await db.checkins.put(checkin(1));
    await db.notAPattern.bulkPut([notAPattern('b'), notAPattern('a')]);
    const data = await collectExport({ now: Date.UTC(2025, 2, 1) });
    expect(Object.keys(data)).toEqual(['format', 'version', 'exportedAt', 'settings', 'patterns', 'trust', 'checkins', 'notAPattern']);
    expect(data).toMatchObject({ format: 'attune-export', version: 1, exportedAt: '2025-03-01T00:00:00.000Z', settings: DEFAULT_SETTINGS });
    expect(data.patterns.map((p) => p.time)).toEqual([...data.patterns.map((p) => p.time)].sort((a, b) => a - b));
    expect(data.notAPattern.map((n) => n.value)).toEqual(['a', 'b']);
    const text = serializeExport(data);
    expect(JSON.parse(text)).toEqual(data);
    expect(text.split('\n').filter((l) => l.startsWith('    {"id":"p-'))).toHaveLength(3); // one entry per line
    expect(await exportJson({ now: Date.UTC(2025, 2, 1) })).toBe(text);
  });

  it('an empty database exports empty lists', async () => {
    const data = JSON.parse(await exportJson());
    expect([data.patterns, data.trust, data.checkins, data.notAPattern]).toEqual([[], [], [], []]);
  });
});

describe('patterns CSV', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    for (const f of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(csvField(f).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvField('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(csvField(-5, { text: false })).toBe('-5');
    expect(csvField(undefined)).toBe('');
  });

  it('has a header, one CRLF row per entry, ISO time and epoch ms', async () => {
    const p = pattern(1, { time: Date.UTC(2025, 0, 2, 3, 4, 5), phrase: 'you never listen', snippet: undefined });
    expect(patternsToCsv([p])).toBe(
      'id,time,timestamp,site,category,reason,phrase,outcome,snippet\r\n' +
        `p-1,2025-01-02T03:04:05.000Z,${p.time},${p.site},${p.category},${p.reason},you never listen,shown,\r\n`,
    );
    const db = await getDb();
    await db.patterns.bulkPut([pattern(1), pattern(2)]);
    expect((await exportPatternsCsv()).split('\r\n')).toHaveLength(4);
  });
});

describe('download helper', () => {
  it('names files by date and clicks a blob link', () => {
    expect(exportFileName('export', new Date(2025, 4, 6))).toBe('attune-export-2025-05-06.json');
    expect(exportFileName('patterns', new Date(2025, 4, 6))).toBe('attune-patterns-2025-05-06.csv');
    const create = vi.fn(() => 'blob:x');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    downloadText('a.json', '{}');
    expect(create).toHaveBeenCalledOnce();
    expect(click).toHaveBeenCalledOnce();
    expect(document.querySelector('a[download]')).toBeNull();
    vi.unstubAllGlobals();
  });
});
