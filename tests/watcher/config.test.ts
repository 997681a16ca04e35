import { describe, expect, it, vi } from 'vitest';
import { Config } from '../../utils/watcher/config';
import { makeGuard } from '../../utils/watcher/types';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/storage/settings-shape';

const NOW = 1_700_000_000_000;

function setup(settings: Partial<Settings> = {}) {
  let settingsChanged: (s: Settings) => void = () => {};
  let listChanged: (v: string[]) => void = () => {};
  const unwatchSettings = vi.fn(() => {
    throw new Error('Extension context invalidated');
  });
  const unwatchList = vi.fn();
  const deps = {
    host: 'chat.example',
    warm: vi.fn(),
    getSettings: vi.fn(async () => ({ ...DEFAULT_SETTINGS, ...settings })),
    watchSettings: (cb: (s: Settings) => void) => ((settingsChanged = cb), unwatchSettings),
    getNotAPattern: async () => ['never listen'],
    watchNotAPattern: (cb: (v: string[]) => void) => ((listChanged = cb), unwatchList),
  };
  const onSettings = vi.fn();
  const onNotAPattern = vi.fn();
  const onReady = vi.fn();
  const config = new Config({ deps, now: () => NOW, guard: makeGuard(() => {}), onSettings, onNotAPattern, onReady });
  return { config, deps, onSettings, onNotAPattern, onReady, unwatchSettings, unwatchList,
    change: (s: Partial<Settings>) => settingsChanged({ ...DEFAULT_SETTINGS, ...s }), changeList: (v: string[]) => listChanged(v) };
}

describe('config', () => {
  it('reads settings once, however many composers ask, warming the analysis host on the way', async () => {
    const t = setup();
    expect(t.config.isOn()).toBe(false); // nothing read yet: nothing runs
    await Promise.all([t.config.init(), t.config.init()]);
    expect(t.deps.getSettings).toHaveBeenCalledTimes(1);
    expect(t.deps.warm).toHaveBeenCalledTimes(1);
    expect(t.onSettings).toHaveBeenCalledTimes(1);
    expect(t.onReady).toHaveBeenCalledTimes(1);
    expect(t.config.isOn()).toBe(true);
    expect(t.config.analysisOptions()).toMatchObject({ options: { notAPattern: ['never listen'] } });
  });

  it('is off when disabled, snoozed everywhere or here, or switched off for this site', async () => {
    const off: Partial<Settings>[] = [
      { enabled: false },
      { snoozeAllUntil: NOW + 1 },
      { snoozedSites: { 'chat.example': NOW + 1 } },
      { disabledBuiltinSites: ['chat.example'] },
    ];
    for (const s of off) {
      const t = setup(s);
      await t.config.init();
      expect(t.config.isOn()).toBe(false);
    }
    const elsewhere = setup({ snoozedSites: { 'other.example': NOW + 1 }, snoozeAllUntil: NOW - 1 });
    await elsewhere.config.init();
    expect(elsewhere.config.isOn()).toBe(true);
  });

  it('follows settings and the not-a-pattern list live', async () => {
    const t = setup();
    await t.config.init();
    t.change({ enabled: false });
    expect(t.onSettings).toHaveBeenCalledTimes(2);
    expect(t.config.isOn()).toBe(false);
    t.changeList(['you should']);
    expect(t.onNotAPattern).toHaveBeenCalledTimes(1);
    t.config.addNotAPattern('always');
    expect(t.config.notAPattern).toEqual(['you should', 'always']);
  });

  it('stops watching on stop, even when the extension context is already gone', async () => {
    const t = setup();
    await t.config.init();
    t.config.stop();
    expect(t.unwatchSettings).toHaveBeenCalled();
    expect(t.unwatchList).toHaveBeenCalled();
  });
});
