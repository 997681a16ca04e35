import { describe, expect, it, vi } from 'vitest';
import { claimWorld, guardInvalidation, isGenuineLocationChange, supersededSince } from '@/utils/content/started-guard';

function setup(alive = true) {
  const scope: Record<string, unknown> = {};
  const token = claimWorld(scope);
  const original = vi.fn();
  const ctx = { notifyInvalidated: original };
  const state = { alive };
  guardInvalidation(ctx, token, { extensionAlive: () => state.alive, scope });
  return { scope, token, ctx, original, state };
}

describe('the content script context ignores forged "newer script started" events', () => {
  it('a forged event (no newer load in this world, extension alive) does not invalidate', () => {
    const t = setup();
    t.ctx.notifyInvalidated();
    t.ctx.notifyInvalidated();
    expect(t.original).not.toHaveBeenCalled();
    expect(supersededSince(t.token, t.scope)).toBe(false);
  });

  it('a genuine newer load of Attune in the same world invalidates the old one', () => {
    const t = setup();
    claimWorld(t.scope); // the newer copy's bundle starts evaluating
    t.ctx.notifyInvalidated();
    expect(t.original).toHaveBeenCalledTimes(1);
  });

  it('an extension that was reloaded or removed (no runtime id) invalidates', () => {
    const t = setup();
    t.state.alive = false;
    t.ctx.notifyInvalidated();
    expect(t.original).toHaveBeenCalledTimes(1);
  });
});

describe('location changes', () => {
  it('only an event carrying the new URL (made by WXT in this world) counts', () => {
    const genuine = Object.assign(new Event('x'), { newUrl: new URL('https://chat.example/b'), oldUrl: new URL('https://chat.example/a') });
    expect(isGenuineLocationChange(genuine)).toBe(true);
    expect(isGenuineLocationChange(new Event('x'))).toBe(false);
    expect(isGenuineLocationChange(Object.assign(new Event('x'), { newUrl: 'https://chat.example/b' }))).toBe(false);
  });
});
