/**
 * `npm start`: build Attune and show it working.
 *
 * With a display: opens Chromium (/usr/bin/chromium or $CHROME_PATH) in a throwaway profile
 * with the extension loaded, on the practice page. Close the window to finish.
 * Without one (or with CI set): runs the same demo headless — types a few drafts into the
 * practice page with the real keyboard, prints what the hint says and the rephrasings it
 * offers, saves a screenshot to .output/demo.png — and exits 0.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_PATH, extensionArgs } from '../tests/e2e/harness';
import { hint as findHint } from '../tests/e2e/hint-probe';

const ROOT = path.resolve(import.meta.dirname, '..');
const BUILD = path.join(ROOT, '.output', 'chrome-mv3');
const DEMO_DRAFTS = [
  { partner: "I'm so stressed about my boss, he keeps piling work on me", draft: 'You should just talk to him.' },
  { partner: 'You forgot to call me back again.', draft: 'you never listen to me' },
  { partner: 'Why are you so quiet tonight?', draft: 'You make me feel worthless.' },
  { partner: 'Running late, sorry!', draft: 'no worries, see you at 7' },
];

function build(): void {
  console.log('Building Attune (Chrome MV3)…');
  const res = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (res.status !== 0) {
    console.error('The build failed; see the errors above.');
    process.exit(res.status ?? 1);
  }
  console.log(`Built: ${path.relative(ROOT, BUILD)}/`);
}

async function launch(headless: boolean): Promise<{ context: BrowserContext; id: string; profile: string }> {
  const profile = mkdtempSync(path.join(tmpdir(), 'attune-start-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless,
    args: extensionArgs(BUILD),
    viewport: headless ? { width: 1000, height: 760 } : null,
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, id: new URL(worker.url()).host, profile };
}

async function describeHint(page: Page): Promise<string[]> {
  // The hint's shadow root is closed: read it through DevTools (tests/e2e/hint-probe.ts).
  const hint = findHint(page.mainFrame());
  try {
    await hint.waitFor({ state: 'visible', timeout: 4000 });
  } catch {
    return ['  (no hint: Attune found nothing to pause on)'];
  }
  const lines: string[] = [];
  const text = (await hint.text()).replace(/\n+/g, ' · ').trim();
  lines.push(`  hint: ${text}`);
  // The hint opens compact (the first rephrasing); "More" shows the others, as a person would open it.
  if ((await hint.buttonNames()).some((name) => /^More/.test(name))) await hint.button(/^More/).click();
  const uses = (await hint.buttonNames()).filter((name) => /Use this rephrasing/.test(name));
  for (const [i, name] of uses.entries()) {
    lines.push(`  rephrasing ${i + 1}: ${name.replace(/^Use this rephrasing:?\s*/, '')}`);
  }
  return lines;
}

async function headlessDemo(): Promise<void> {
  const { context, id, profile } = await launch(true);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/practice.html`);
  const composer = page.getByRole('textbox', { name: 'Message', exact: true });
  await composer.waitFor();
  console.log(`\nAttune is loaded (extension id ${id}). Typing demo drafts into the practice page:\n`);
  let shot = false;
  for (const { partner, draft } of DEMO_DRAFTS) {
    const partnerBox = page.getByRole('textbox', { name: /partner/i });
    if (await partnerBox.count()) await partnerBox.fill(partner);
    await composer.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(draft, { delay: 25 });
    console.log(`Partner: "${partner}"\nDraft:   "${draft}"`);
    for (const line of await describeHint(page)) console.log(line);
    console.log('');
    if (!shot && (await findHint(page.mainFrame()).count())) {
      await page.screenshot({ path: path.join(ROOT, '.output', 'demo.png') });
      shot = true;
    }
  }
  if (!shot) await page.screenshot({ path: path.join(ROOT, '.output', 'demo.png') });
  console.log('Screenshot: .output/demo.png');
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

async function windowed(): Promise<void> {
  const { context, id, profile } = await launch(false);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${id}/practice.html`);
  console.log('Chromium is open on the practice page. Close the window to finish.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  rmSync(profile, { recursive: true, force: true });
}

function howToLoadByHand(): void {
  console.log(`
To load Attune by hand:
  Chrome/Chromium: open chrome://extensions, switch on "Developer mode", "Load unpacked",
                   pick ${BUILD}
  Firefox:         npm run build:firefox, then about:debugging → This Firefox →
                   "Load Temporary Add-on…", pick .output/firefox-mv2/manifest.json`);
}

build();
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
try {
  if (hasDisplay) await windowed();
  else await headlessDemo();
} catch (error) {
  console.error(`Could not run Chromium at ${CHROME_PATH}: ${(error as Error).message}`);
  console.error('Install it (Debian: apt-get install -y chromium) or set CHROME_PATH.');
  howToLoadByHand();
  process.exit(1);
}
howToLoadByHand();
