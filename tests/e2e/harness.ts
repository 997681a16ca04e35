/**
 * Loads a built Attune into real headless Chromium (playwright-core + Debian's chromium),
 * serves the fixture site, and records what a test needs to assert on: console errors,
 * network requests, the extension id.
 *
 *   const h = await launchExtension();            // .output/chrome-mv3-e2e by default
 *   const page = await h.context.newPage();
 *   await page.goto(`${h.fixtureUrl}/lexical.html`);
 *   …
 *   await h.close();
 *
 * Build first: `npm run build:e2e` (scripts/test-all.ts does it for the whole suite).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startFixtureServer } from './fixture-site/server';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export type BuildName = 'chrome-mv3-e2e' | 'chrome-mv3';

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker (re-resolved by `serviceWorker()` after restarts). */
  worker: Worker;
  serviceWorker(): Promise<Worker>;
  /** http://127.0.0.1:PORT of the fixture site. */
  fixtureUrl: string;
  /** `chrome-extension://ID/<page>` */
  extensionUrl(page: string): string;
  /** Every request to an address that is not the fixture site, the extension or data:/blob:. */
  externalRequests: string[];
  /** console.error / uncaught exceptions from any page or the service worker, with their source. */
  consoleErrors: string[];
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];

export function extensionArgs(dir: string): string[] {
  return [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_ARGS];
}

export async function launchExtension(
  options: { build?: BuildName; headless?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<Harness> {
  const dir = path.join(ROOT, '.output', options.build ?? 'chrome-mv3-e2e');
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No build at ${dir}. Run \`npm run build:e2e\` (or \`npm run build\`) first.`);
  }
  const server = await startFixtureServer();
  const profile = mkdtempSync(path.join(tmpdir(), 'attune-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: options.headless ?? true,
    args: extensionArgs(dir),
    viewport: options.viewport ?? { width: 1100, height: 800 },
  });

  const externalRequests: string[] = [];
  const consoleErrors: string[] = [];
  const isLocal = (url: string) =>
    url.startsWith(server.url) ||
    /^(chrome-extension|data|blob|about|chrome|devtools):/.test(url);
  context.on('request', (req) => {
    if (!isLocal(req.url())) externalRequests.push(req.url());
  });
  const watchPage = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => consoleErrors.push(`${page.url()}: ${err.message}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  const findWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    return existing ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  };
  const worker = await findWorker();
  const watchWorker = (w: Worker) =>
    w.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(`service worker: ${msg.text()}`);
    });
  watchWorker(worker);
  context.on('serviceworker', watchWorker);
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    worker,
    serviceWorker: findWorker,
    fixtureUrl: server.url,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    externalRequests,
    consoleErrors,
    async close() {
      await context.close().catch(() => {});
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * URLs of the frames of `page` in which Attune's content script has an isolated world.
 * Chromium names a content script's world after the extension; we ask DevTools for the
 * execution contexts instead of leaving a marker in the page's DOM (which sites could read).
 */
export async function framesWithContentScript(page: Page, extensionId: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const frames = new Map<string, string>();
  const urlOfFrame = new Map<string, string>();
  const tree = await cdp.send('Page.getFrameTree');
  const walk = (node: { frame: { id: string; url: string }; childFrames?: unknown[] }) => {
    urlOfFrame.set(node.frame.id, node.frame.url);
    for (const child of (node.childFrames ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree.frameTree as never);
  cdp.on('Runtime.executionContextCreated', (event) => {
    const ctx = event.context;
    const aux = ctx.auxData as { frameId?: string; type?: string } | undefined;
    if (aux?.type === 'isolated' && ctx.origin === `chrome-extension://${extensionId}` && aux.frameId) {
      frames.set(aux.frameId, urlOfFrame.get(aux.frameId) ?? '');
    }
  });
  await cdp.send('Runtime.enable'); // replays the contexts that already exist
  await cdp.send('Runtime.disable');
  await cdp.detach();
  return [...frames.values()];
}
