import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BREATH_MS, Rituals, SILENT_SYNC_BREATHS } from '../../utils/watcher/rituals';
import { HEAT_FINDINGS } from '../../utils/watcher/heat';
import { makeGuard } from '../../utils/watcher/types';
import { composer } from './parts-fixtures';

function setup(word = 'pineapple') {
  let breaths = 0;
  const hint = {
    hide: vi.fn(),
    showAck: vi.fn(),
    showSilentSync: vi.fn((n: number) => ((breaths = n), true)),
    breathe: () => --breaths,
    endSilentSync: vi.fn(),
  };
  const deposit = vi.fn();
  const rituals = new Rituals({ hint, deposit, repairWord: () => word, now: () => 1_000_000, guard: makeGuard((e) => { throw e; }) });
  return { rituals, hint, deposit, ...composer() };
}

describe('rituals', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('a repair word typed into the draft is a deposit, acknowledged; one already there on first look is not', () => {
    const t = setup();
    t.rituals.noticeRepair(t.session, 'pineapple, sorry');
    expect(t.deposit).not.toHaveBeenCalled();
    t.rituals.noticeRepair(t.session, 'pineapple, sorry. Pineapple!');
    expect(t.deposit).toHaveBeenCalledWith('repair', 'pineapple');
    expect(t.hint.showAck).toHaveBeenCalledWith(expect.stringContaining('Repair noticed: “pineapple”'));
    t.rituals.noticeRepair(t.session, 'pineapple, sorry. Pineapple! ok');
    expect(t.deposit).toHaveBeenCalledTimes(1);
  });

  it('counts the word again after the draft was emptied (a new message)', () => {
    const t = setup();
    t.rituals.noticeRepair(t.session, 'hey');
    t.rituals.noticeRepair(t.session, 'hey pineapple');
    t.rituals.noticeRepair(t.session, '');
    t.rituals.noticeRepair(t.session, 'pineapple');
    expect(t.deposit).toHaveBeenCalledTimes(2);
  });

  it('runs hot after several new findings, and a repair cools it', () => {
    const t = setup();
    t.rituals.noticeRepair(t.session, 'hey');
    expect(t.rituals.noteFindings(HEAT_FINDINGS - 1)).toBe(false);
    expect(t.rituals.noteFindings(1)).toBe(true);
    expect(t.rituals.noteFindings(0)).toBe(true);
    t.rituals.noticeRepair(t.session, 'hey pineapple');
    expect(t.rituals.noteFindings(0)).toBe(false);
  });

  it('Silent Sync: five breaths, then a deposit and an acknowledgement; stopped early, no deposit', async () => {
    const t = setup();
    t.rituals.startSilentSync();
    expect(t.hint.showSilentSync).toHaveBeenCalledWith(SILENT_SYNC_BREATHS);
    await vi.advanceTimersByTimeAsync(BREATH_MS * (SILENT_SYNC_BREATHS - 1));
    expect(t.deposit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(BREATH_MS);
    expect(t.deposit).toHaveBeenCalledWith('silent-sync');
    expect(t.hint.showAck).toHaveBeenCalledWith('Silent Sync done. A deposit in your trust bank.');
    await vi.advanceTimersByTimeAsync(BREATH_MS * 10);
    expect(t.deposit).toHaveBeenCalledTimes(1);

    const early = setup();
    early.rituals.startSilentSync();
    await vi.advanceTimersByTimeAsync(BREATH_MS * 2);
    early.rituals.stopSilentSync();
    expect(early.hint.endSilentSync).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(BREATH_MS * 10);
    expect(early.deposit).not.toHaveBeenCalled();
  });

  it('inserts the repair word at the caret, after a space, and hides the hint', () => {
    const t = setup();
    const insert = vi.spyOn(t.session.adapter, 'insertAtCaret').mockResolvedValue(true);
    t.rituals.insertRepairWord(t.session);
    expect(insert).toHaveBeenCalledWith(' pineapple');
    expect(t.hint.hide).toHaveBeenCalled();
    const none = setup('');
    none.rituals.insertRepairWord(none.session);
    expect(none.hint.hide).not.toHaveBeenCalled();
  });
});
