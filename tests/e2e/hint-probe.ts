/**
 * Reaches Attune's hint from OUTSIDE the page, through the Chrome DevTools Protocol.
 *
 * The hint lives in a closed shadow root (`mode: 'closed'`), so neither the page's scripts nor
 * Playwright's selector engine (which runs in the page) can see into it — that is the point: a
 * web page must not read the quote and rephrasings or click "Not a pattern". DevTools can:
 * `DOM.getDocument({ pierce: true })` lists closed shadow roots too. Reads run a small function
 * on the resolved shadow root (`Runtime.callFunctionOn`); clicks go through `page.mouse` at the
 * centre of the button's box (`DOM.getContentQuads`), so they are real, trusted clicks, like a
 * person's.
 *
 *   const h = hint(frame);
 *   await h.waitFor({ state: 'visible', timeout: 3000 });
 *   await h.text();  await h.boundingBox();  await h.button(/^Use this rephrasing/).click();
 *
 * Works for the main frame and same-origin iframes (found by their document URL).
 */
import type { CDPSession, Frame, Page } from 'playwright-core';

interface DomNode {
  backendNodeId: number;
  nodeType: number;
  localName?: string;
  documentURL?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type WaitState = 'visible' | 'hidden' | 'attached' | 'detached';
type Name = string | RegExp;

const sessions = new WeakMap<Page, Promise<CDPSession>>();
function session(page: Page): Promise<CDPSession> {
  let s = sessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    sessions.set(page, s);
  }
  return s;
}

const withoutHash = (url: string) => url.replace(/#.*$/, '');

function findDocument(node: DomNode, url: string): DomNode | null {
  if (node.nodeType === 9 && node.documentURL && withoutHash(node.documentURL) === url) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const found = findDocument(child, url);
    if (found) return found;
  }
  return null;
}

/** The hint hosts' shadow roots in one document (not descending into its iframes). */
function hintRoots(node: DomNode, out: DomNode[] = []): DomNode[] {
  if (node.localName === 'attune-hint' && node.shadowRoots?.length) out.push(node.shadowRoots[0]);
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) hintRoots(child, out);
  return out;
}

/** The backend ids of the shadow roots of the hint hosts in `frame`'s document (usually one). */
async function shadowRootIds(frame: Frame): Promise<number[]> {
  const cdp = await session(frame.page());
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const doc = frame === frame.page().mainFrame() ? root : findDocument(root, withoutHash(frame.url()));
  return doc ? hintRoots(doc).map((r) => r.backendNodeId) : [];
}

/**
 * Runs `fn` (source of a function whose `this` is the shadow root) on the first hint root in
 * `frame`; resolves to its by-value result, or `null` when there is no hint host yet.
 */
async function onShadowRoot<T>(frame: Frame, fn: string, ...args: unknown[]): Promise<T | null> {
  const cdp = await session(frame.page());
  for (const backendNodeId of await shadowRootIds(frame)) {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
    if (!object.objectId) continue;
    try {
      const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: fn,
        arguments: args.map((value) => ({ value })),
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(`hint probe: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value as T;
    } finally {
      await cdp.send('Runtime.releaseObject', { objectId: object.objectId }).catch(() => {});
    }
  }
  return null;
}

/** What a test reads about the hint's status region (the bubble). */
interface StatusSnapshot {
  count: number;
  visible: boolean;
  text: string;
  attributes: Record<string, string>;
  buttons: { name: string; visible: boolean }[];
}

// Runs inside the page, on the shadow root. Mirrors what Playwright's getByRole('status',
// { name: /Attune/ }) and isVisible() meant: a role=status element whose accessible name
// (aria-label) contains "Attune"; visible = a non-empty box and not visibility:hidden.
const SNAPSHOT = `function () {
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const all = [...this.querySelectorAll('[role=status]')].filter((el) => /Attune/.test(el.getAttribute('aria-label') || ''));
  const st = all[0];
  if (!st) return { count: 0, visible: false, text: '', attributes: {}, buttons: [] };
  const attributes = {};
  for (const a of st.attributes) attributes[a.name] = a.value;
  const buttons = [...st.querySelectorAll('button')].map((b) => ({
    name: (b.getAttribute('aria-label') || b.textContent || '').replace(/\\s+/g, ' ').trim(),
    visible: visible(b),
  }));
  return { count: all.length, visible: visible(st), text: st.innerText, attributes, buttons };
}`;

const EMPTY: StatusSnapshot = { count: 0, visible: false, text: '', attributes: {}, buttons: [] };

async function snapshot(frame: Frame): Promise<StatusSnapshot> {
  return (await onShadowRoot<StatusSnapshot>(frame, SNAPSHOT)) ?? EMPTY;
}

/** Playwright's name matching for getByRole: a string is a case-insensitive substring. */
function nameMatches(actual: string, name: Name): boolean {
  return typeof name === 'string' ? actual.toLowerCase().includes(name.toLowerCase()) : name.test(actual);
}

async function poll(what: string, timeout: number, done: () => Promise<boolean>): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    if (await done()) return;
    if (Date.now() > until) throw new Error(`hint probe: timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The box (main-frame viewport coordinates, like Playwright's boundingBox) of a node. */
async function boxOf(page: Page, backendNodeId: number): Promise<Box | null> {
  const cdp = await session(page);
  try {
    const { quads } = await cdp.send('DOM.getContentQuads', { backendNodeId });
    if (!quads.length) return null;
    const xs = quads.flatMap((q) => [q[0], q[2], q[4], q[6]]);
    const ys = quads.flatMap((q) => [q[1], q[3], q[5], q[7]]);
    const x = Math.min(...xs);
    const y = Math.min(...ys);
    return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
  } catch {
    return null; // not rendered
  }
}

/** The backend node id of the status element, or of its index-th button whose name matches. */
async function nodeId(frame: Frame, buttonName?: Name, index = 0): Promise<number | null> {
  const cdp = await session(frame.page());
  for (const backendNodeId of await shadowRootIds(frame)) {
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
    if (!object.objectId) continue;
    try {
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: object.objectId,
        functionDeclaration: `function (source, flags, plain, index) {
          const st = [...this.querySelectorAll('[role=status]')].find((el) => /Attune/.test(el.getAttribute('aria-label') || ''));
          if (!st || source === null) return st || null;
          const re = flags === null ? null : new RegExp(source, flags);
          const name = (b) => (b.getAttribute('aria-label') || b.textContent || '').replace(/\\s+/g, ' ').trim();
          const hits = [...st.querySelectorAll('button')].filter((b) => re ? re.test(name(b)) : name(b).toLowerCase().includes(plain));
          return hits[index] || null;
        }`,
        arguments: [
          { value: buttonName === undefined ? null : typeof buttonName === 'string' ? buttonName : buttonName.source },
          { value: buttonName instanceof RegExp ? buttonName.flags : null },
          { value: typeof buttonName === 'string' ? buttonName.toLowerCase() : '' },
          { value: index },
        ],
      });
      if (!result.objectId) return null;
      const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
      await cdp.send('Runtime.releaseObject', { objectId: result.objectId }).catch(() => {});
      return node.backendNodeId;
    } finally {
      await cdp.send('Runtime.releaseObject', { objectId: object.objectId }).catch(() => {});
    }
  }
  return null;
}

export interface HintButton {
  /** A real (trusted) mouse click at the centre of the button. */
  click(): Promise<void>;
  getAttribute(name: string): Promise<string | null>;
  count(): Promise<number>;
}

export interface HintProbe {
  waitFor(options?: { state?: WaitState; timeout?: number; hasText?: RegExp }): Promise<void>;
  isVisible(): Promise<boolean>;
  /** How many hint bubbles there are (0 or 1), counting only one whose text matches `hasText`. */
  count(options?: { hasText?: RegExp }): Promise<number>;
  text(): Promise<string>;
  getAttribute(name: string): Promise<string | null>;
  boundingBox(): Promise<Box | null>;
  /** The hint's buttons, matched by accessible name like getByRole('button', { name }). */
  button(name: Name, index?: number): HintButton;
  /** The accessible names of the hint's buttons, in order. */
  buttonNames(): Promise<string[]>;
}

/** The hint (a status region named "Attune…") in `frame`, read through DevTools. */
export function hint(frame: Frame): HintProbe {
  const probe: HintProbe = {
    async waitFor({ state = 'visible', timeout = 30_000, hasText } = {}) {
      await poll(`the hint to be ${state}`, timeout, async () => {
        const s = await snapshot(frame);
        const textOk = !hasText || hasText.test(s.text);
        if (state === 'visible') return s.visible && textOk;
        if (state === 'attached') return s.count > 0 && textOk;
        if (state === 'hidden') return !s.visible;
        return s.count === 0;
      });
    },
    isVisible: async () => (await snapshot(frame)).visible,
    async count({ hasText } = {}) {
      const s = await snapshot(frame);
      return !hasText || hasText.test(s.text) ? s.count : 0;
    },
    text: async () => (await snapshot(frame)).text,
    getAttribute: async (name) => (await snapshot(frame)).attributes[name] ?? null,
    async boundingBox() {
      const id = await nodeId(frame);
      return id === null ? null : boxOf(frame.page(), id);
    },
    buttonNames: async () => (await snapshot(frame)).buttons.map((b) => b.name),
    button(name, index = 0) {
      return {
        async click() {
          const page = frame.page();
          const found: { id: number | null } = { id: null };
          await poll(`a visible hint button named ${name}`, 5000, async () => {
            const s = await snapshot(frame);
            const hits = s.buttons.filter((b) => nameMatches(b.name, name));
            if (!hits[index]?.visible) return false;
            found.id = await nodeId(frame, name, index);
            return found.id !== null;
          });
          const backendNodeId = found.id as number;
          const cdp = await session(page);
          await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId }).catch(() => {});
          const box = await boxOf(page, backendNodeId);
          if (!box) throw new Error(`hint probe: the button named ${name} has no box`);
          await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        },
        async getAttribute(attr) {
          const id = await nodeId(frame, name, index);
          if (id === null) return null;
          const cdp = await session(frame.page());
          const { node } = (await cdp.send('DOM.describeNode', { backendNodeId: id })) as { node: { attributes?: string[] } };
          const attrs = node.attributes ?? [];
          const at = attrs.findIndex((a, i) => i % 2 === 0 && a === attr);
          return at >= 0 ? attrs[at + 1] : null;
        },
        count: async () => (await snapshot(frame)).buttons.filter((b) => nameMatches(b.name, name)).length,
      };
    },
  };
  return probe;
}

// The short forms.
export const hintText = (frame: Frame) => hint(frame).text();
export const hintVisible = (frame: Frame) => hint(frame).isVisible();
export const hintBox = (frame: Frame) => hint(frame).boundingBox();
export const clickHintButton = (frame: Frame, name: Name, index = 0) => hint(frame).button(name, index).click();
