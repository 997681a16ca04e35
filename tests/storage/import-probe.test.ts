import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataHandlers } from '@/utils/background/handlers';
import { WRITE_CHUNK } from '@/utils/background/import-data';
import type { ProbeRecord } from '@/utils/background/import-probe';
import { getDb } from '@/utils/storage/db';
import { pattern, resetAll } from './helpers';

const g = globalThis as { __attuneImportProbe?: ProbeRecord[] };

beforeEach(resetAll);
afterEach(() => delete g.__attuneImportProbe);

describe('the import bench probes (npm run bench -- import)', () => {
  it('with the bench listening, a slice saves as usual and names its steps, a request per WRITE_CHUNK rows', async () => {
    g.__attuneImportProbe = [];
    const slice = { patterns: Array.from({ length: WRITE_CHUNK * 2 + 1 }, (_, i) => pattern(i)) };
    const report = await dataHandlers.importSlice(slice);
    expect(report.added.patterns).toBe(WRITE_CHUNK * 2 + 1);
    expect(await (await getDb()).patterns.count()).toBe(WRITE_CHUNK * 2 + 1);
    const steps = g.__attuneImportProbe.map(([step]) => step);
    expect(steps.filter((s) => s === 'bulkAdd')).toHaveLength(3);
    expect(new Set(steps)).toEqual(new Set(['validate', 'bulkGet', 'bulkAdd:call', 'bulkAdd', 'rollup', 'slice']));
    for (const [, start, end] of g.__attuneImportProbe) expect(end).toBeGreaterThanOrEqual(start);
  });

});
