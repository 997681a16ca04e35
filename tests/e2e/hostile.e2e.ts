/**
 * What a hostile web page can and cannot do to Attune (issue 15), in real Chromium with the e2e
 * build. The page's own scripts play the attacker (page.addInitScript / page.evaluate run in the
 * page's main world, like any script the site ships); the user's actions are Playwright's real
 * keyboard and mouse, and the hint is read from outside the page (tests/e2e/hint-probe.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type Harness } from './harness';
import { hint, openComposer, typeSlowly } from './composer-helpers';

const DRAFT = 'you never listen to me';

describe('a hostile page', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchExtension({ build: 'chrome-mv3-e2e' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('cannot read the hint: its shadow root is closed, and patching attachShadow first does not open it', async () => {
    const page = await h.context.newPage();
    // Installed before any of the page's scripts and before Attune's content script: a page
    // that tries to capture every shadow root made in its document, forcing them open.
    await page.addInitScript(() => {
      const w = window as unknown as { __roots: ShadowRoot[] };
      w.__roots = [];
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init: ShadowRootInit) {
        const root = attach.call(this, { ...init, mode: 'open' });
        w.__roots.push(root);
        return root;
      };
    });
    const frame = await openComposer(page, `${h.fixtureUrl}/textarea.html`, 'textarea');
    await typeSlowly(page, DRAFT);
    await hint(frame).waitFor({ state: 'visible', timeout: 3000 });
    const quote = await hint(frame).text();
    expect(quote).toContain('never'); // the hint really shows the draft's words

    const seen = await page.evaluate(() => {
      const host = document.querySelector('attune-hint');
      const roots = (window as unknown as { __roots: ShadowRoot[] }).__roots;
      return {
        host: !!host,
        shadowRoot: host ? host.shadowRoot !== null : null,
        capturedAttune: roots.some((r) => r.host.localName === 'attune-hint'),
        statusInDocument: document.querySelectorAll('[role=status]').length,
        hostText: host ? (host as HTMLElement).innerText + host.textContent : '',
        buttonsInDocument: [...document.querySelectorAll('button')].map((b) => b.textContent),
      };
    });
    expect(seen.host).toBe(true); // the page can tell a hint host exists (see README)
    expect(seen.shadowRoot).toBe(false);
    expect(seen.capturedAttune).toBe(false); // Attune's world has its own, unpatched prototypes
    expect(seen.statusInDocument).toBe(0);
    expect(seen.hostText).toBe('');
    expect(seen.buttonsInDocument.some((t) => /Not a pattern|Dismiss/.test(t ?? ''))).toBe(false);
    await page.close();
  });
});
