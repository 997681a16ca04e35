import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import PopupReflectHelper from '@/components/popup/PopupReflectHelper.vue';
import { listTrust } from '@/utils/storage/queries';
import { mountWith, openTab, resetPopupWorld, until } from './helpers';

vi.mock('@/utils/messaging/reliable-send', async () => (await import('./helpers')).reliableSendMock);
// The component is under test here, not the rephrasing engine (tests/rephrase covers reflect(),
// reflect-host.test.ts the background's answer): 'reflectMessage' gets a canned reflection.
const fakeReflect = (message: string) =>
  /hurt myself/.test(message)
    ? { kind: 'safety', reflections: ['That sounds like so much to carry.'], questions: [], safetyNote: 'If you might be in danger, call your local emergency number.' }
    : { kind: 'reflection', reflections: ['I hear how anxious you feel about tomorrow’s meeting.'], questions: ['What feels heaviest about it?'] };
const sent = vi.hoisted(() => ({ calls: [] as unknown[][], answer: true as unknown, backgroundDown: false }));
vi.mock('@/utils/messaging/protocol', () => ({
  sendMessage: async (...args: unknown[]) => {
    sent.calls.push(args);
    if (args[0] === 'reflectMessage') {
      if (sent.backgroundDown) throw new Error('Could not establish connection. Receiving end does not exist.');
      return fakeReflect((args[1] as { text: string }).text);
    }
    return sent.answer;
  },
}));

beforeEach(async () => {
  await resetPopupWorld();
  sent.calls = [];
  sent.backgroundDown = false;
  await openTab('https://chat.example.org/');
});

describe('reflect on a message', () => {
  it('shows reflections and questions; copy and insert each log one reflection deposit', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const w = await mountWith(PopupReflectHelper);
    await w.find('textarea').setValue('I’m so anxious about tomorrow’s meeting');
    await w.find('form').trigger('submit');
    await until(() => w.text().includes('I hear how anxious you feel'));
    expect(w.text()).toContain('What feels heaviest about it?');

    await w.find('button[aria-label^="Copy: I hear"]').trigger('click');
    await until(() => w.text().includes('Copied.'));
    expect(writeText).toHaveBeenCalledWith('I hear how anxious you feel about tomorrow’s meeting.');

    await w.find('button[aria-label^="Put in composer: What feels"]').trigger('click');
    await until(() => w.text().includes('Put into the composer.'));
    expect(sent.calls.at(-1)?.slice(0, 2)).toEqual(['insertText', 'What feels heaviest about it?']);
    await until(async () => (await listTrust()).length === 2);
    expect((await listTrust()).every((t) => t.kind === 'reflection' && t.direction === 'deposit')).toBe(true);
    w.unmount();
  });

  it('arrives with the text selected on the page and reflects it at once', async () => {
    const w = await mountWith(PopupReflectHelper, { props: { initialText: 'I’m so anxious about tomorrow’s meeting' } });
    await until(() => w.text().includes('I hear how anxious'));
    expect(w.text()).toContain('From the text you selected on the page.');
    w.unmount();
  });

  it('shows the safety note when the message needs it', async () => {
    const w = await mountWith(PopupReflectHelper, { props: { initialText: 'sometimes I want to hurt myself' } });
    await until(() => w.text().includes('A note on safety'));
    expect(w.find('[role=note]').text()).toContain('call your local emergency number');
    w.unmount();
  });

  it('says when there is no composer to insert into', async () => {
    sent.answer = false;
    const w = await mountWith(PopupReflectHelper, { props: { initialText: 'I’m so anxious' } });
    await until(() => w.text().includes('I hear how anxious'));
    await w.find('button[aria-label^="Put in composer"]').trigger('click');
    await until(() => w.find('[role=alert]').text().includes('No composer found'));
    expect(await listTrust()).toEqual([]);
    sent.answer = true;
    w.unmount();
  });

  it('asks the background to reflect, with the crisis line and locale, and says so when it cannot answer', async () => {
    sent.backgroundDown = true;
    const w = await mountWith(PopupReflectHelper, { props: { initialText: 'I’m so anxious' } });
    await until(() => w.find('[role=alert]').text().includes('could not reflect'));
    expect(sent.calls.find((c) => c[0] === 'reflectMessage')?.[1]).toMatchObject({ text: 'I’m so anxious', locale: navigator.language });
    sent.backgroundDown = false;
    await w.find('form').trigger('submit');
    await until(() => w.text().includes('I hear how anxious'));
    expect(w.find('[role=alert]').exists() && w.find('[role=alert]').text()).toBeFalsy();
    w.unmount();
  });
});
