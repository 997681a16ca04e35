import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { dataHandlers } from '@/utils/background/handlers';
import { createReliableSender, isUnreachable } from '@/utils/messaging/reliable-send';
import { getDb } from '@/utils/storage/db';
import { pattern, resetAll } from './helpers';

beforeEach(resetAll);

const noWait = () => Promise.resolve();

describe('reliableSend', () => {
  it('tells "the background was not there" from "the background said no"', () => {
    expect(isUnreachable(new Error('Could not establish connection. Receiving end does not exist.'))).toBe(true);
    expect(isUnreachable(new Error('The message port closed before a response was received.'))).toBe(true);
    expect(isUnreachable(new Error('No response'))).toBe(true);
    expect(isUnreachable(new Error('Extension context invalidated.'))).toBe(false);
    expect(isUnreachable(new Error('Not saved: pattern.time: expected a date (number), got "now"'))).toBe(false);
  });

  it('retries through a worker restart; every write lands exactly once', async () => {
    // A fake background that is "stopped" for a while, and sometimes dies after committing
    // but before answering (the retry then re-puts the same id).
    let calls = 0;
    const send = async (type: string, data: unknown) => {
      calls++;
      if (calls % 7 === 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      await (dataHandlers as Record<string, (d: unknown) => Promise<unknown>>)[type](data);
      if (calls % 5 === 0) throw new Error('The message port closed before a response was received.');
    };
    const sender = createReliableSender(send, { sleep: noWait });
    await Promise.all(Array.from({ length: 200 }, (_, i) => sender.send('logPattern', pattern(i))));
    expect(calls).toBeGreaterThan(200);
    const db = await getDb();
    expect(await db.patterns.count()).toBe(200);
    expect(sender.pending()).toBe(0);
  });

  it('backs off exponentially while the background stays away, then delivers', async () => {
    const waits: number[] = [];
    let down = 5;
    const sender = createReliableSender(
      async () => {
        if (down-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
        return 'ok';
      },
      { sleep: async (ms) => void waits.push(ms), baseDelayMs: 100, maxDelayMs: 1000 },
    );
    await expect(sender.send('storageUsage', undefined)).resolves.toBe('ok');
    expect(waits).toHaveLength(5);
    const nominal = [100, 200, 400, 800, 1000];
    waits.forEach((w, i) => expect(w / nominal[i]).toBeGreaterThanOrEqual(0.75));
    waits.forEach((w, i) => expect(w / nominal[i]).toBeLessThanOrEqual(1.25));
  });

  it('rejects at once on the background\'s own errors, and gives up after maxWaitMs', async () => {
    const said = createReliableSender(async () => {
      throw new Error('Not saved: bad');
    }, { sleep: noWait });
    await expect(said.send('logTrust', {} as never)).rejects.toThrow('Not saved: bad');

    let t = 0;
    const away = createReliableSender(
      async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      { sleep: async (ms) => void (t += ms), now: () => t, maxWaitMs: 10_000 },
    );
    await expect(away.send('logTrust', {} as never)).rejects.toThrow(/could not reach its background to save this \(tried for 10 s\)/);
  });

  it('keeps at most `concurrency` in flight and an in-memory queue of the rest', async () => {
    let inFlight = 0;
    let peak = 0;
    const sender = createReliableSender(
      async () => {
        peak = Math.max(peak, ++inFlight);
        await new Promise((r) => setTimeout(r, 1));
        inFlight--;
      },
      { concurrency: 3 },
    );
    const all = Array.from({ length: 20 }, () => sender.send('deleteAllData', undefined));
    expect(sender.pending()).toBe(20);
    await Promise.all(all);
    await sender.idle();
    expect(peak).toBe(3);
  });
});
