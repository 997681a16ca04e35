/**
 * The composer content script: thin wiring for utils/watcher/start.ts (what runs when:
 * utils/watcher/README.md). Runs in every frame of the built-in messaging apps (and, registered
 * at run time by utils/background/sites.ts, of sites the user adds).
 *
 * Kept small on purpose: nothing runs until a composer is focused, and compromise is NOT here —
 * analysis happens once in the background for all tabs (utils/watcher/analysis-host.ts).
 * The hint is a WXT shadow-root UI in a CLOSED shadow root, created on the first hint, never
 * before: the page's scripts cannot read the quote or rephrasings, nor click its buttons (only
 * this script holds the root). E2e tests reach it through DevTools (tests/e2e/hint-probe.ts).
 */
import { markForBench } from './mark';
import { LOAD_TOKEN } from './claim';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { BUILTIN_MATCHES } from '../../utils/sites';
import { startAttune } from '../../utils/watcher/start';
import { defaultDeps, registerPopupHandlers } from '../../utils/watcher/deps';
import { guardInvalidation, isGenuineLocationChange } from '../../utils/content/started-guard';

export default defineContentScript({
  matches: BUILTIN_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    if (markForBench) performance.mark('attune:main');
    // A page cannot switch Attune off by forging WXT's "newer script started" event.
    guardInvalidation(ctx, LOAD_TOKEN, { extensionAlive: () => browser.runtime?.id != null });
    startAttune(
      {
        signal: ctx.signal,
        onLocationChange: (cb) =>
          ctx.addEventListener(window, 'wxt:locationchange', (event) => {
            if (isGenuineLocationChange(event)) cb();
          }),
      },
      defaultDeps({
        registerPopupHandlers,
        createHintHost: async () => {
          const ui = await createShadowRootUi(ctx, {
            name: 'attune-hint',
            position: 'inline',
            anchor: 'html',
            append: 'last',
            mode: 'closed',
            isolateEvents: ['keydown', 'keyup', 'keypress'],
            onMount: (container) => container,
          });
          ui.mount();
          ui.shadowHost.setAttribute('data-attune-ui', '');
          ui.shadowHost.style.cssText = 'position:fixed;top:0;left:0;width:0;height:0;z-index:2147483646;';
          return { container: ui.uiContainer, hostElement: ui.shadowHost, remove: () => ui.remove() };
        },
      }),
    );
    if (markForBench) performance.mark('attune:ready');
  },
});
