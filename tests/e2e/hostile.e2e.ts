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

  it('cannot switch Attune off by replaying WXT\'s "content script started" message', async () => {
    const page = await h.context.newPage();
    // The page learns the message's name the way any page can: WXT announces it with postMessage.
    await page.addInitScript(() => {
      const w = window as unknown as { __started: string[] };
      w.__started = [];
      window.addEventListener('message', (e) => {
        const type = (e.data as { type?: unknown } | null)?.type;
        if (typeof type === 'string' && type.endsWith(':wxt:content-script-started')) w.__started.push(type);
      });
    });
    await page.goto(`${h.fixtureUrl}/textarea.html`);
    await page.waitForFunction(() => (window as { __ready?: boolean }).__ready === true);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __started: string[] }).__started.length), { timeout: 5000 }).toBeGreaterThan(0);
    const type = await page.evaluate(() => (window as unknown as { __started: string[] }).__started[0]);
    expect(type).toBe(`${h.extensionId}:content:wxt:content-script-started`);
    // Replay it both ways, with another message id, as a newer copy of the script would.
    await page.evaluate((name) => {
      const detail = { contentScriptName: 'content', messageId: 'forged-by-the-page' };
      document.dispatchEvent(new CustomEvent(name, { detail }));
      window.postMessage({ type: name, ...detail }, '*');
    }, type);
    await page.waitForTimeout(300);
    await page.locator('textarea').first().click();
    await typeSlowly(page, DRAFT);
    await hint(page.mainFrame()).waitFor({ state: 'visible', timeout: 5000 });
    await page.close();
  });

  /** Every row of the history tables, read in the background (the extension's IndexedDB). */
  const stored = async () =>
    (await h.serviceWorker()).evaluate(
      () =>
        new Promise<{ patterns: { outcome: string }[]; trust: unknown[]; notAPattern: unknown[] }>((resolve, reject) => {
          const open = indexedDB.open('attune');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['patterns', 'trust', 'notAPattern']);
            const out: Record<string, unknown[]> = {};
            for (const name of ['patterns', 'trust', 'notAPattern']) {
              const req = tx.objectStore(name).getAll();
              req.onsuccess = () => (out[name] = req.result);
            }
            tx.oncomplete = () => {
              open.result.close();
              resolve(out as never);
            };
          };
        }),
    );

  it('cannot make Attune analyse a draft with a synthetic input event', async () => {
    const page = await h.context.newPage();
    const frame = await openComposer(page, `${h.fixtureUrl}/textarea.html`, 'textarea');
    // The user focused the empty composer; Attune has read its settings. (Text already in a
    // composer when the user focuses it is analysed: a draft the app restored. See README.)
    await page.waitForTimeout(800);
    await page.evaluate((draft) => {
      const ta = document.querySelector('textarea')!;
      ta.value = draft;
      ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'e' }));
    }, DRAFT);
    await page.waitForTimeout(1500); // three typing pauses: a hint would be up by now
    expect(await hint(frame).count()).toBe(0);
    await page.close();
  });

  it('cannot write into the history: synthetic Escape, Alt+Shift+Enter, clicks and Enter + emptying write nothing', async () => {
    // The tests above closed pages with a hint open, which the user's own closing logs as
    // "no response": what counts is that nothing is added from here on.
    const before = await stored();
    const page = await h.context.newPage();
    const frame = await openComposer(page, `${h.fixtureUrl}/textarea.html`, 'textarea');
    await typeSlowly(page, DRAFT); // the user's own typing: the hint appears
    await hint(frame).waitFor({ state: 'visible', timeout: 3000 });
    const box = (await hint(frame).boundingBox())!;

    await page.evaluate(
      ({ x, y }) => {
        const ta = document.querySelector('textarea')!;
        const key = (init: KeyboardEventInit) => ta.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
        key({ key: 'Escape', code: 'Escape' }); // would dismiss (logs "dismissed")
        key({ key: 'Enter', code: 'Enter', altKey: true, shiftKey: true }); // would use the first rephrasing
        // Clicks where the hint's buttons are, the ways a page can click.
        const host = document.querySelector('attune-hint') as HTMLElement;
        host.click();
        const under = document.elementFromPoint(x, y) as HTMLElement | null;
        under?.click();
        under?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
      },
      { x: box.x + box.width - 20, y: box.y + box.height - 15 },
    );
    await page.waitForTimeout(500);
    expect(await hint(frame).isVisible()).toBe(true); // not dismissed
    expect(await page.evaluate(() => document.querySelector('textarea')!.value)).toBe(DRAFT); // nothing used

    // "Sent anyway": a synthetic Enter, then the page empties the box, as a send would.
    await page.evaluate(() => {
      const ta = document.querySelector('textarea')!;
      ta.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, key: 'Enter', code: 'Enter' }));
      ta.value = '';
      ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    });
    await page.waitForTimeout(1500);
    expect(await stored()).toEqual(before);

    // Positive control: the user's own Escape is logged (so the reads above could see a write).
    await page.locator('textarea').first().click();
    await page.keyboard.type(DRAFT, { delay: 20 });
    await hint(frame).waitFor({ state: 'visible', timeout: 3000 });
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await stored()).patterns.map((p) => p.outcome), { timeout: 10_000 }).toContain('dismissed');
    expect((await stored()).notAPattern).toEqual([]);
    await page.close();
  });

  it('cannot earn a repair deposit: the page writes the repair word and cycles focus, nothing; the user types it, one deposit', async () => {
    const WORD = 'pineapple';
    await (await h.serviceWorker()).evaluate(async (word) => {
      type Sync = { get(k: string): Promise<{ settings?: object }>; set(v: object): Promise<void> };
      const sync = (globalThis as unknown as { chrome: { storage: { sync: Sync } } }).chrome.storage.sync;
      const { settings } = await sync.get('settings');
      await sync.set({ settings: { ...settings, repairRitual: { word, gesture: '', lyric: '' } } });
    }, WORD);
    const repairs = async () => ((await stored()).trust as { kind: string }[]).filter((t) => t.kind === 'repair').length;
    const before = await repairs();
    const page = await h.context.newPage();
    await openComposer(page, `${h.fixtureUrl}/textarea.html`, 'textarea');
    await page.waitForTimeout(800); // the user focused the empty composer: Attune has read its settings

    // The page, alone: new text each time, then blur + focus() (trusted focus events) and a
    // synthetic focus for good measure; also execCommand, whose input event is trusted.
    await page.evaluate(async (word) => {
      const ta = document.querySelector('textarea')!;
      const pause = () => new Promise((r) => setTimeout(r, 700));
      for (const text of ['hey', `hey ${word}`, '', word, `${word} and ${word}`, '']) {
        ta.value = text;
        ta.blur();
        ta.focus();
        ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        await pause();
      }
      ta.focus();
      document.execCommand('insertText', false, `sorry ${word}`);
      await pause();
      ta.blur();
      ta.focus();
      await pause();
    }, WORD);
    expect(await page.evaluate(() => document.querySelector('textarea')!.value)).toBe(`sorry ${WORD}`);
    await page.waitForTimeout(1000);
    expect(await repairs()).toBe(before);

    // The user: clears the box and types the word with the real keyboard, one deposit.
    await page.locator('textarea').first().click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await typeSlowly(page, `so sorry, ${WORD}`);
    await expect.poll(repairs, { timeout: 10_000 }).toBe(before + 1);
    await page.waitForTimeout(1000);
    expect(await repairs()).toBe(before + 1);
    await page.close();
  });
});
