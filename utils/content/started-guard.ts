/**
 * Keeps a web page from switching Attune off (issue 15).
 *
 * WXT 0.21.0's ContentScriptContext invalidates itself when it sees the event
 * `<extension id>:content:wxt:content-script-started` on `document` with another message id:
 * it means "a newer copy of this content script has started here, stop the old one". But
 * `document` is shared with the page, the page can learn the name (WXT also announces it with
 * `window.postMessage`), and a page-made CustomEvent passes WXT's checks — so any page could
 * dispatch it and silence Attune on itself. The fixes upstream (wxt-dev/wxt#2265's
 * `noScriptStartedPostMessage`, #1938) do not close this, and the wxt pin stays at 0.21.0.
 *
 * What really distinguishes a genuine newer copy: it runs in the SAME isolated world as the old
 * one (one world per extension per frame), which the page cannot reach. So every load of the
 * bundle claims the world at its top level — before WXT's context announces itself — with a
 * fresh token, and the context's invalidation goes through only when
 *  - the extension itself is gone (reloaded, updated, disabled: `runtime.id` is undefined), or
 *  - a newer load of Attune has claimed this world (its token replaced ours).
 * A forged event changes neither, so it is ignored. Plain TypeScript: the caller passes
 * `extensionAlive`, so this is testable without a browser.
 */

const WORLD_KEY = '__attuneContentScriptLoad';

type Scope = Record<string, unknown>;

/** Called once per load, at the bundle's top level: this load is now the newest in this world. */
export function claimWorld(scope: Scope = globalThis as unknown as Scope): symbol {
  const token = Symbol('attune content script load');
  scope[WORLD_KEY] = token;
  return token;
}

/** True when a newer load of the content script has claimed this world since `token`. */
export function supersededSince(token: symbol, scope: Scope = globalThis as unknown as Scope): boolean {
  return scope[WORLD_KEY] !== token;
}

/**
 * Wraps `ctx.notifyInvalidated` (what WXT calls on a "newer script started" event and when the
 * extension's runtime disappears) so that only a genuine reason invalidates the context.
 */
export function guardInvalidation(
  ctx: { notifyInvalidated(): void },
  token: symbol,
  options: { extensionAlive: () => boolean; scope?: Scope },
): void {
  const invalidate = ctx.notifyInvalidated.bind(ctx);
  ctx.notifyInvalidated = () => {
    if (!options.extensionAlive() || supersededSince(token, options.scope)) invalidate();
  };
}

/**
 * WXT's location-change event (`<id>:content:wxt:locationchange` on window) carries the new
 * and old URL as properties of an event object made in this world; an event the page
 * dispatches under the same name has none of them here (its properties live in the page's
 * world). Only the genuine one resets the hints.
 */
export function isGenuineLocationChange(event: Event): boolean {
  return (event as Event & { newUrl?: unknown }).newUrl instanceof URL;
}
