import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import PopupTrustBank from '@/components/popup/PopupTrustBank.vue';
import { dataHandlers } from '@/utils/background/handlers';
import { listTrust } from '@/utils/storage/queries';
import { updateSettings } from '@/utils/storage/settings';
import { mountWith, resetPopupWorld, until } from './helpers';
import { CLOCKS, onClock } from '../support/clock';

vi.mock('@/utils/messaging/reliable-send', async () => (await import('./helpers')).reliableSendMock);
beforeEach(resetPopupWorld);

const button = (w: Awaited<ReturnType<typeof mountWith>>, text: string) => w.findAll('button').find((b) => b.text().includes(text))!;

describe.each(CLOCKS)('the trust bank, at $name', ({ now }) => {
  onClock(now);
  it('logs a deposit and a withdrawal in one tap each, and shows the week at a glance', async () => {
    const w = await mountWith(PopupTrustBank);
    expect(w.text()).toContain('This week: 0 deposits, 0 withdrawals');
    await button(w, 'I sent gratitude').trigger('click');
    await until(() => w.text().includes('Logged: I sent gratitude.'));
    await button(w, 'I caught myself dismissing').trigger('click');
    await until(() => w.text().includes('Noticing it is the first step'));
    await until(() => w.text().includes('This week: 1 deposit, 1 withdrawal'));
    const kinds = (await listTrust()).map((t) => `${t.direction}:${t.kind}`).sort();
    expect(kinds).toEqual(['deposit:gratitude', 'withdrawal:dismissal']);
    w.unmount();
  });

  it('names a partner deposit with a note, which answers the weekly prompt', async () => {
    const w = await mountWith(PopupTrustBank);
    expect(w.text()).toContain('name at least one deposit you recognised in your partner');
    await w.find('input').setValue('made tea when I was tired');
    await w.find('form').trigger('submit');
    await until(async () => (await listTrust()).length === 1);
    expect((await listTrust())[0]).toMatchObject({ direction: 'deposit', kind: 'partner-deposit', note: 'made tea when I was tired' });
    await until(() => !w.text().includes('name at least one deposit'));
    await until(() => (w.find('input').element as HTMLInputElement).value === '');
    w.unmount();
  });

  it('hides the weekly prompt when switched off; last week does not count as this week', async () => {
    await updateSettings({ weeklyPartnerPrompt: false });
    await dataHandlers.logTrust({ id: 'old', time: Date.now() - 9 * 86_400_000, direction: 'deposit', kind: 'repair' });
    const w = await mountWith(PopupTrustBank);
    await until(() => w.text().includes('This week: 0 deposits'));
    expect(w.text()).not.toContain('name at least one deposit');
    w.unmount();
  });
});
