/**
 * Loads a built Attune into real headless Firefox (Debian's firefox-esr) through puppeteer-core
 * speaking WebDriver BiDi, serves the fixture site, and records what a test asserts on, from the
 * browser's side:
 *
 * - every HTTP(S) request any process of the browser makes to anywhere but the fixture site: the
 *   browser's proxy is a recorder on 127.0.0.1 (recording-proxy.ts) that answers nothing, so the
 *   MV2 background page's requests are seen too, not only a tab's. (Firefox ESR 140.12's BiDi no
 *   longer reaches the browser's chrome window, `moz:scope: "chrome"`, where an observer used to
 *   sit, and Marionette's chrome context cannot be had beside puppeteer's session: one session.)
 * - console errors: BiDi `log.entryAdded` for tabs, extension pages and content scripts (uncaught
 *   exceptions included), and `console.error` of the background page, which Firefox exposes to
 *   no BiDi context, from the browser's stdout.
 *
 *   const h = await launchFirefox();              // .output/firefox-mv2-e2e by default
 *   const page = await h.newPage();
 *   await h.goto(page, `${h.fixtureUrl}/textarea.html`);
 *   …
 *   await h.close();
 *
 * Build first: `npm run build:e2e:firefox` (scripts/test-all.ts does it for the whole suite).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { startFixtureServer } from '../fixture-site/server';
import { FIREFOX_OWN_HOSTS, startRecordingProxy } from './recording-proxy';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
/** The add-on id from wxt.config.ts (browser_specific_settings.gecko.id). */
export const ADDON_ID = 'attune@attune.example';
/** Fixed through `extensions.webextensions.uuids`, so popup and options have stable URLs. */
export const EXTENSION_UUID = '5d3f7a52-8c1e-4b9a-a6d2-7e0c41f9b3a8';

type BidiResult = Record<string, unknown>;
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: BidiResult }>;
  on(event: string, handler: (params: never) => void): void;
}

export interface FirefoxHarness {
  browser: Browser;
  /** http://127.0.0.1:PORT of the fixture site. */
  fixtureUrl: string;
  /** `moz-extension://UUID/<page>` */
  extensionUrl(page: string): string;
  newPage(): Promise<Page>;
  /** Navigates and waits for the document to load (extension pages included, see below). */
  goto(page: Page, url: string): Promise<void>;
  /** A raw WebDriver BiDi command. */
  bidi(method: string, params: object): Promise<BidiResult>;
  /** Every request to an address that is not the fixture site, made by a page or the extension. */
  externalRequests(): Promise<string[]>;
  /** Console errors and uncaught exceptions from pages, content scripts and the background. */
  consoleErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/** The BiDi browsing-context id of a puppeteer frame (puppeteer keeps it as `_id`). */
export function contextId(frame: Frame): string {
  const id = (frame as unknown as { _id?: string })._id;
  if (!id) throw new Error('this puppeteer version does not expose the BiDi context id of a frame');
  return id;
}

export async function launchFirefox(options: { build?: 'firefox-mv2-e2e' | 'firefox-mv2' } = {}): Promise<FirefoxHarness> {
  const dir = path.join(ROOT, '.output', options.build ?? 'firefox-mv2-e2e');
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No build at ${dir}. Run \`npm run build:e2e:firefox\` first.`);
  }
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`No Firefox at ${FIREFOX_PATH}: install Debian's firefox-esr (apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  }
  const server = await startFixtureServer();
  const proxy = await startRecordingProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Lets BiDi reach moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // console.* of every content-side context (the background page included) on stdout.
      'devtools.console.stdout.content': true,
      // A user-added site's permission request is granted without the doorhanger a test cannot click.
      'extensions.webextOptionalPermissionPrompts': false,
      // Every request leaves through the recorder; the fixture site is reached directly.
      ...proxy.firefoxPrefs,
      'network.proxy.no_proxies_on': '127.0.0.1, localhost',
      // Firefox's own traffic, which is not Attune's: the captive-portal probe.
      'network.captive-portal-service.enabled': false,
    },
  });
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const bidi = async (method: string, params: object) => (await connection.send(method, params)).result;

  const stdout: string[] = [];
  browser.process()?.stdout?.on('data', (chunk: Buffer) => stdout.push(String(chunk)));
  const logErrors: { text: string; context?: string }[] = [];
  connection.on('log.entryAdded', (entry: { level: string; text: string | null; source?: { context?: string } }) => {
    if (entry.level === 'error') logErrors.push({ text: entry.text ?? '', context: entry.source?.context });
  });
  await bidi('session.subscribe', { events: ['log.entryAdded'] });

  const installed = await browser.installExtension(dir);
  if (installed !== ADDON_ID) throw new Error(`installed ${installed}, expected ${ADDON_ID}`);

  const extensionUrl = (page: string) => `moz-extension://${EXTENSION_UUID}/${page}`;
  const urlOfContext = async (): Promise<Map<string, string>> => {
    const all = (await bidi('browsingContext.getTree', {})) as { contexts: Ctx[] };
    type Ctx = { context: string; url: string; children?: Ctx[] | null };
    const map = new Map<string, string>();
    const walk = (c: Ctx) => {
      map.set(c.context, c.url);
      for (const child of c.children ?? []) walk(child);
    };
    all.contexts.forEach(walk);
    return map;
  };
  const contextUrls = new Map<string, string>();
  connection.on('browsingContext.load', (e: { context: string; url: string }) => contextUrls.set(e.context, e.url));
  await bidi('session.subscribe', { events: ['browsingContext.load'] });

  async function goto(page: Page, url: string): Promise<void> {
    if (!url.startsWith('moz-extension:')) {
      await page.goto(url, { waitUntil: 'load' });
      return;
    }
    // puppeteer's goto never sees a moz-extension:// navigation finish (it times out although
    // the page loads), so navigate with BiDi directly and poll for the loaded document.
    await bidi('browsingContext.navigate', { context: contextId(page.mainFrame()), url, wait: 'none' });
    for (let i = 0; i < 200; i++) {
      const state = await page
        .evaluate(() => `${location.href} ${document.readyState}`)
        .catch(() => '');
      if (state === `${url} complete`) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`${url} did not load`);
  }

  return {
    browser,
    fixtureUrl: server.url,
    extensionUrl,
    newPage: () => browser.newPage(),
    goto,
    bidi,
    async externalRequests() {
      // Firefox's own services (remote settings and the like) are not Attune's; nothing of Attune
      // has a reason to reach them either.
      return proxy.requests.filter((r) => !FIREFOX_OWN_HOSTS.test(r.host)).map((r) => r.line);
    },
    async consoleErrors() {
      const urls = await urlOfContext();
      const fromLog = logErrors.map((e) => `${urls.get(e.context ?? '') ?? contextUrls.get(e.context ?? '') ?? 'a tab'}: ${e.text}`);
      // stdout carries console.error of every context; the ones no tab reported are the background's.
      const printed = stdout
        .join('')
        .split('\n')
        // A web or extension context prints `console.error: "text" …`; Firefox's own modules print
        // `console.error: Prefix: …` (e.g. its remote-settings loader) and are not ours.
        .filter((line) => line.startsWith('console.error: ') && !/^console\.error: [\w.-]+: /.test(line))
        .map((line) => line.slice('console.error: '.length).replace(/^"|"$/g, ''));
      const background = printed.filter((text) => !logErrors.some((e) => e.text.includes(text) || text.includes(e.text)));
      return [...fromLog, ...background.map((t) => `background page: ${t}`)];
    },
    async close() {
      await browser.close().catch(() => {});
      await server.close();
      await proxy.close();
    },
  };
}

/**
 * What Firefox reports with or without Attune: the fixture's missing /favicon.ico (Chromium too,
 * see withoutFavicon in ../composer-helpers.ts), and "Promise rejected after context unloaded:
 * Actor 'Conduits' destroyed…", which Firefox logs for any add-on whose content script still
 * awaits a reply when the test closes its tab (the script is gone; nothing is lost or shown), and
 * "Promise resolved after context unloaded", which webextension-polyfill logs when a page (the
 * popup) is closed while a browser API call it made is still answering.
 */
export function withoutFirefoxNoise(errors: readonly string[]): string[] {
  return errors.filter(
    (e) =>
      !/favicon\.ico/.test(e) &&
      !/Promise rejected after context unloaded: Actor 'Conduits' destroyed/.test(e) &&
      !/browser-polyfill[^:]*\.js: Promise resolved after context unloaded/.test(e),
  );
}
