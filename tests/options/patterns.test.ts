import { beforeEach, describe, expect, it, vi } from 'vitest';
import { reliableSendMock, resetWorld, mountWith, seed, settle, until } from './helpers';
import OptionsPatterns from '@/components/options/OptionsPatterns.vue';
import { getDb } from '@/utils/storage/db';
import { listNotAPattern } from '@/utils/storage/queries';
import { CLOCKS, onClock } from '../support/clock';

vi.mock('@/utils/messaging/reliable-send', () => reliableSendMock);

vi.setConfig({ testTimeout: 30_000 });
beforeEach(resetWorld);

const ready = (w: Awaited<ReturnType<typeof mountWith>>) => until(() => w.find('.patterns').attributes('data-state') === 'ready');
const total = (w: Awaited<ReturnType<typeof mountWith>>) => Number(w.find('.patterns').attributes('data-total'));

describe.each(CLOCKS)('Patterns section, at $name', ({ now }) => {
  onClock(now);
  it('with no data says so plainly and shows no charts', async () => {
    const w = await mountWith(OptionsPatterns);
    await ready(w);
    expect(w.text()).toContain('Nothing flagged yet');
    expect(w.findAll('svg[role="img"]')).toHaveLength(0);
    w.unmount();
  });

  it('with a year of use: charts with tables behind them, insights, and filters that update everything', async () => {
    await seed();
    const w = await mountWith(OptionsPatterns);
    await ready(w);
    await until(() => total(w) > 0);
    const all = total(w);
    expect(w.findAll('svg[role="img"]').length).toBe(5);
    expect(w.find('svg[role="img"]').attributes('aria-label')).toMatch(/Flagged patterns by week: [\d,]+ in all/);
    expect(w.find('.insights').text()).toMatch(/Most rushed fixes happen after 9 pm/);

    // The table behind a chart opens from its disclosure and holds the numbers as text.
    const details = w.find('details');
    (details.element as HTMLDetailsElement).open = true;
    await details.trigger('toggle');
    expect(w.find('details table tbody tr').exists()).toBe(true);

    // Reflecting is shown apart: not among the flagged moments, not stacked into the weekly chart.
    const weekLabel = w.find('svg[role="img"]').attributes('aria-label');
    const flagged = w.find('.total').text().match(/^([\d,]+) flagged moments/)![1];
    expect(w.find('.reflecting').text()).toMatch(/^Apart from those, [\d,]+ replies reflected a feeling/);
    expect(w.find('.total').text()).not.toContain('Reflecting');
    // Category filter.
    await w.find('input[type="checkbox"][value="reflective"]').setValue(false);
    await settle();
    const noReflective = total(w);
    expect(noReflective).toBeLessThan(all);
    expect(w.find('.total').text()).toMatch(new RegExp(`^${flagged} flagged moments`));
    expect(w.find('svg[role="img"]').attributes('aria-label')).toBe(weekLabel);
    expect(w.find('.reflecting').exists()).toBe(false);
    // Site filter.
    await w.find('select').setValue('app.slack.com');
    await settle();
    expect(total(w)).toBeLessThan(noReflective);
    // The entry list re-reads its first page (newest 50) from the database: wait for it.
    await until(() => w.findAll('.entry').length > 0 && w.findAll('.entry .meta').every((m) => m.text().includes('app.slack.com')));
    expect(w.findAll('.entry').length).toBeLessThanOrEqual(50);
    // Date range: the last 30 days hold fewer than the year.
    await w.find('select').setValue('');
    const selects = w.findAll('select');
    await selects[1].setValue('30');
    await settle();
    expect(total(w)).toBeLessThan(noReflective);
    // Custom dates: a range in which nothing happened.
    await selects[1].setValue('custom');
    await settle();
    const dates = w.findAll('input[type="date"]');
    await dates[0].setValue('2001-01-01');
    await dates[1].setValue('2001-01-31');
    await settle();
    expect(total(w)).toBe(0);
    expect(w.text()).toContain('Nothing matches these filters');
    // Day view.
    await selects[1].setValue('365');
    await settle();
    await w.find('input[type="radio"][value="day"]').setValue(true);
    await settle();
    expect(w.find('svg[role="img"]').attributes('aria-label')).toMatch(/by day/);
    w.unmount();
  });

  it('marks an entry as not a pattern and deletes one', async () => {
    await seed({ patterns: 200 });
    const w = await mountWith(OptionsPatterns);
    await ready(w);
    await until(() => w.findAll('.entry').length > 0);
    const first = w.find('.entry');
    const phrase = first.find('.phrase').text().replace(/[“”]/g, '');
    await first.findAll('button')[0].trigger('click');
    await until(async () => (await listNotAPattern()).some((e) => e.value === phrase));
    await until(() => w.text().includes('Marked as not a pattern'));

    const db = await getDb();
    const before = await db.patterns.count();
    await w.find('.entry button.danger').trigger('click');
    await until(async () => (await db.patterns.count()) === before - 1);
    await until(() => total(w) === before - 1);
    w.unmount();
  });
});
