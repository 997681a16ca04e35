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

  /** The user types `text` at the end of the draft: one trusted beforeinput per character. */
  const typeInto = (t: ReturnType<typeof setup>, text: string) => {
    for (const ch of text) t.rituals.noteTyped(t.session, { inputType: 'insertText', data: ch, dataTransfer: null });
  };

  it('a repair word the user typed is a deposit, acknowledged; one already in the draft is not', () => {
    const t = setup();
    t.rituals.noticeRepair(t.session, 'pineapple, sorry'); // a restored draft: nobody typed it
    expect(t.deposit).not.toHaveBeenCalled();
    typeInto(t, '. Pineapple!');
    t.rituals.noticeRepair(t.session, 'pineapple, sorry. Pineapple!');
    expect(t.deposit).toHaveBeenCalledWith('repair', 'pineapple');
    expect(t.hint.showAck).toHaveBeenCalledWith(expect.stringContaining('Repair noticed: “pineapple”'));
    typeInto(t, ' ok');
    t.rituals.noticeRepair(t.session, 'pineapple, sorry. Pineapple! ok');
    expect(t.deposit).toHaveBeenCalledTimes(1);
  });

  it('the first message of a fresh draft counts when the user typed the word', () => {
    const t = setup();
    typeInto(t, 'pineapple');
    t.rituals.noticeRepair(t.session, 'pineapple');
    expect(t.deposit).toHaveBeenCalledTimes(1);
  });

  it('counts the word again after the draft was emptied (a new message)', () => {
    const t = setup();
    typeInto(t, 'hey');
    t.rituals.noticeRepair(t.session, 'hey');
    typeInto(t, ' pineapple');
    t.rituals.noticeRepair(t.session, 'hey pineapple');
    t.rituals.noticeRepair(t.session, '');
    typeInto(t, 'pineapple');
    t.rituals.noticeRepair(t.session, 'pineapple');
    expect(t.deposit).toHaveBeenCalledTimes(2);
  });

  it('a repair word the page wrote is never a deposit: refocusing, emptying and refilling earn nothing', () => {
    const t = setup();
    for (const text of ['hey', 'hey pineapple', '', 'pineapple', 'pineapple pineapple', '', 'pineapple']) t.rituals.noticeRepair(t.session, text);
    expect(t.deposit).not.toHaveBeenCalled();
    // Real typing of other words meanwhile does not lend the page's word any credit.
    typeInto(t, ' ok');
    t.rituals.noticeRepair(t.session, 'pineapple ok pineapple');
    expect(t.deposit).not.toHaveBeenCalled();
  });

  it('typing that only passes through the word earns nothing ("pineapples"); typing spent at one look is not carried to the next', () => {
    const t = setup();
    typeInto(t, 'pineapples');
    t.rituals.noticeRepair(t.session, 'pineapples pineapple'); // the page added the word meanwhile
    expect(t.deposit).not.toHaveBeenCalled();
    const u = setup();
    typeInto(u, 'pineapple'); // typed, then the word went away before the look (replaced by script)
    u.rituals.noticeRepair(u.session, 'hello');
    u.rituals.noticeRepair(u.session, 'hello pineapple'); // the page adds it afterwards
    expect(u.deposit).not.toHaveBeenCalled();
  });

  it('a word typed across two looks, or corrected with Backspace, counts once', () => {
    const t = setup();
    typeInto(t, 'sorry pine');
    t.rituals.noticeRepair(t.session, 'sorry pine');
    typeInto(t, 'applr');
    t.rituals.noteTyped(t.session, { inputType: 'deleteContentBackward', data: null, dataTransfer: null });
    typeInto(t, 'e');
    t.rituals.noticeRepair(t.session, 'sorry pineapple');
    expect(t.deposit).toHaveBeenCalledTimes(1);
  });

  it('a word deleted with the draft and typed again before the next look is a new repair', () => {
    const t = setup();
    typeInto(t, 'sorry pineapple');
    t.rituals.noticeRepair(t.session, 'sorry pineapple');
    // Select all + Backspace (the input after the deletion reads the empty box), then a new message.
    t.rituals.noteTyped(t.session, { inputType: 'deleteContentBackward', data: null, dataTransfer: null });
    t.rituals.noteDeleted(t.session, () => '');
    typeInto(t, 'so sorry, pineapple');
    t.rituals.noticeRepair(t.session, 'so sorry, pineapple');
    expect(t.deposit).toHaveBeenCalledTimes(2);
    // A deletion elsewhere keeps the word counted: no new repair without typing it again.
    t.rituals.noteDeleted(t.session, () => 'so sorry, pineapple');
    typeInto(t, '!');
    t.rituals.noticeRepair(t.session, 'so sorry, pineapple!');
    expect(t.deposit).toHaveBeenCalledTimes(2);
  });

  it('IME composition: the committed word counts once, however many updates it took', () => {
    const t = setup('ごめん');
    typeInto(t, 'ok ');
    for (const data of ['ご', 'ごめ', 'ごめん', 'ごめん']) t.rituals.noteTyped(t.session, { inputType: 'insertCompositionText', data, dataTransfer: null });
    t.rituals.compositionEnded(t.session);
    t.rituals.noticeRepair(t.session, 'ok ごめん');
    expect(t.deposit).toHaveBeenCalledTimes(1);
    // A second composition of the same word is a second repair.
    typeInto(t, ' ');
    for (const data of ['ご', 'ごめん']) t.rituals.noteTyped(t.session, { inputType: 'insertCompositionText', data, dataTransfer: null });
    t.rituals.compositionEnded(t.session);
    t.rituals.noticeRepair(t.session, 'ok ごめん ごめん');
    expect(t.deposit).toHaveBeenCalledTimes(2);
  });

  it('a real paste or drop of the word counts (textarea: data; contenteditable: dataTransfer)', () => {
    const t = setup();
    t.rituals.noteTyped(t.session, { inputType: 'insertFromPaste', data: 'so sorry, pineapple', dataTransfer: null });
    t.rituals.noticeRepair(t.session, 'so sorry, pineapple');
    const dt = new DataTransfer();
    dt.setData('text/plain', 'pineapple');
    t.rituals.noteTyped(t.session, { inputType: 'insertFromDrop', data: null, dataTransfer: dt });
    t.rituals.noticeRepair(t.session, 'so sorry, pineapple pineapple');
    expect(t.deposit).toHaveBeenCalledTimes(2);
  });

  it('runs hot after several new findings, and a repair cools it', () => {
    const t = setup();
    typeInto(t, 'hey');
    t.rituals.noticeRepair(t.session, 'hey');
    expect(t.rituals.noteFindings(HEAT_FINDINGS - 1)).toBe(false);
    expect(t.rituals.noteFindings(1)).toBe(true);
    expect(t.rituals.noteFindings(0)).toBe(true);
    typeInto(t, ' pineapple');
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
    // The user's click on the button counts as typing the word: the next look is a deposit.
    t.rituals.noticeRepair(t.session, 'sorry pineapple');
    expect(t.deposit).toHaveBeenCalledTimes(1);
    const none = setup('');
    none.rituals.insertRepairWord(none.session);
    expect(none.hint.hide).not.toHaveBeenCalled();
  });
});
