/**
 * Reads and clicks Attune's hint in Firefox without page script reaching into its shadow root.
 *
 * The hint lives in a shadow root that a page must not be able to read (it is being made
 * closed). WebDriver BiDi serialises an element's shadow root whatever its mode
 * (`includeShadowTree: 'all'`) and hands back a reference to it, which only the test holds: the
 * page's own `host.shadowRoot` stays null. The test reads the hint through that reference and
 * clicks its buttons with a trusted mouse click (BiDi input) at their centre.
 */
import type { Frame } from 'puppeteer-core';
import { contextId, type FirefoxHarness } from './harness';

export interface HintView {
  /** The status region's accessible name, e.g. "Attune: Filling gaps". */
  label: string;
  text: string;
  dir: string | null;
  /** Accessible names of its buttons, in order, e.g. "Use this rephrasing: …", "Dismiss". */
  buttons: string[];
}

interface RemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}

/** The shadow roots of the page's <attune-hint> hosts, as BiDi references. */
async function hintRoots(h: FirefoxHarness, frame: Frame): Promise<string[]> {
  const res = (await h.bidi('script.evaluate', {
    expression: `[...document.querySelectorAll('attune-hint')]`,
    target: { context: contextId(frame) },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  })) as { result?: { value?: RemoteValue[] } };
  return (res.result?.value ?? [])
    .map((host) => (host.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot?.sharedId)
    .filter((id): id is string => !!id);
}

async function callInRoot(h: FirefoxHarness, frame: Frame, root: string, fn: string, args: unknown[] = []): Promise<RemoteValue> {
  const res = (await h.bidi('script.callFunction', {
    functionDeclaration: fn,
    target: { context: contextId(frame) },
    awaitPromise: false,
    arguments: [{ sharedId: root }, ...args.map((a) => ({ type: 'string', value: String(a) }))],
    serializationOptions: { maxDomDepth: 0 },
  })) as { type: string; result?: RemoteValue; exceptionDetails?: { text: string } };
  if (res.type !== 'success') throw new Error(`reading the hint failed: ${res.exceptionDetails?.text}`);
  return res.result!;
}

/** The visible hint in `frame`, or null when none is shown. */
export async function readHint(h: FirefoxHarness, frame: Frame): Promise<HintView | null> {
  for (const root of await hintRoots(h, frame)) {
    const view = await callInRoot(
      h,
      frame,
      root,
      `(root) => {
        const status = root.querySelector('[role=status]');
        if (!status || !status.checkVisibility({ visibilityProperty: true }) || status.getBoundingClientRect().width === 0) return null;
        const buttons = [...status.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') || b.textContent.trim());
        return JSON.stringify({ label: status.getAttribute('aria-label') || '', text: status.innerText, dir: status.closest('[dir]')?.getAttribute('dir') ?? null, buttons });
      }`,
    );
    if (view.type === 'string') return JSON.parse(String(view.value)) as HintView;
  }
  return null;
}

/** Waits until the hint is shown (or throws with what was there). */
export async function waitForHint(h: FirefoxHarness, frame: Frame, timeout = 5000): Promise<HintView> {
  const until = Date.now() + timeout;
  for (;;) {
    const view = await readHint(h, frame);
    if (view) return view;
    if (Date.now() > until) throw new Error(`no hint within ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Clicks the first hint button whose accessible name matches, with a trusted mouse click at its
 * centre. The centre is turned into top-level viewport coordinates through the (same-origin)
 * frame chain: Firefox's BiDi places an element-origin pointer action in a child frame at the
 * element's frame-relative position in the top-level viewport, so a click aimed at a button in
 * an iframe would land beside it.
 */
export async function clickHintButton(h: FirefoxHarness, frame: Frame, name: RegExp): Promise<void> {
  for (const root of await hintRoots(h, frame)) {
    const centre = await callInRoot(
      h,
      frame,
      root,
      `(root, source, flags) => {
        const re = new RegExp(source, flags);
        const button = [...root.querySelectorAll('[role=status] button')].find((b) => re.test(b.getAttribute('aria-label') || b.textContent.trim()));
        if (!button) return null;
        // In a short frame the bubble scrolls (the iframe fixture is 360 px tall): bring the
        // button into view as a person would, and as Playwright's click does in Chromium.
        button.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        const r = button.getBoundingClientRect();
        let x = r.left + r.width / 2;
        let y = r.top + r.height / 2;
        for (let w = window; w.frameElement; w = w.parent) {
          const f = w.frameElement.getBoundingClientRect();
          x += f.left + w.frameElement.clientLeft;
          y += f.top + w.frameElement.clientTop;
        }
        return JSON.stringify({ x, y });
      }`,
      [name.source, name.flags],
    );
    if (centre.type !== 'string') continue;
    const { x, y } = JSON.parse(String(centre.value)) as { x: number; y: number };
    await frame.page().mouse.click(x, y);
    return;
  }
  throw new Error(`no hint button matching ${name}`);
}
