/**
 * The popup in real Chromium: a check-in, a deposit and a Silent Sync end up in the options
 * page's history; a flagged draft on a fixture page shows up and "Use this rephrasing" changes
 * that page's editor; axe finds no serious or critical problems in light or dark; the popup
 * fits when zoomed to 200%.
 *
 * The popup is opened as a tab (popup.html), so it is told which tab to look at (?tab=ID) and
 * given a short breath (?breath=50 ms) so Silent Sync finishes in a moment.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { FEELINGS_WHEEL, NEEDS } from '../../utils/analysis/feelings';
import { launchExtension, ROOT, type Harness } from './harness';

const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** axe-core injected through DevTools (the extension page's CSP forbids inline script tags). */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function readHistory(page: Page): Promise<{ trust: { kind: string }[]; checkins: { feeling: string; need: string }[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('attune');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['trust', 'checkins'], 'readonly');
          const trust = tx.objectStore('trust').getAll();
          const checkins = tx.objectStore('checkins').getAll();
          tx.oncomplete = () => {
            resolve({ trust: trust.result, checkins: checkins.result });
            db.close();
          };
        };
      }),
  );
}

const tab = (page: Page, name: string) => page.getByRole('tab', { name });

/** The toolbar popup is at most 600 px tall: the tests' popup pages are 400 × 600. */
const POPUP = { width: 400, height: 600 };

/** Where `target` sits with the page scrolled to the top: inside the popup's height, or not. */
async function bottomAtTop(page: Page, target: Locator): Promise<number> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await target.boundingBox();
  if (!box) throw new Error('not rendered');
  return Math.round(box.y + box.height);
}

type FixtureWindow = Window & { __model(): string; __ready?: boolean; __composer?: () => HTMLElement | null };
const model = (page: Page) => page.evaluate(() => (window as unknown as FixtureWindow).__model());

describe('the popup', () => {
  let h: Harness;
  let popup: Page;
  const core = FEELINGS_WHEEL[FEELINGS_WHEEL.length - 1];
  const word = core.words.find((w) => w !== core.core)!;
  const need = NEEDS[1];

  beforeAll(async () => {
    h = await launchExtension({ viewport: POPUP });
    popup = await h.context.newPage();
    await popup.goto(`${h.extensionUrl('popup.html')}?breath=50`);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('welcomes a first-time user in three sentences with a link to the practice page', async () => {
    await expect.poll(() => popup.getByRole('heading', { name: 'Welcome to Attune' }).count()).toBe(1);
    expect(await popup.locator('.popup-welcome__sentence').count()).toBe(3);
    expect(await popup.getByRole('link', { name: 'Try it on the practice page' }).getAttribute('href')).toBe(h.extensionUrl('practice.html'));
    expect(await bottomAtTop(popup, popup.getByRole('button', { name: 'Start with a check-in' }))).toBeLessThanOrEqual(POPUP.height);
    expect(await seriousViolations(popup)).toEqual([]);
    // The next visit: one line above the views, until dismissed.
    const again = await h.context.newPage();
    await again.goto(h.extensionUrl('popup.html'));
    await expect.poll(() => again.getByText('New to Attune?').count()).toBe(1);
    expect(await again.locator('.popup-welcome__sentence').count()).toBe(0);
    expect(await bottomAtTop(again, again.getByRole('button', { name: 'Save check-in' }))).toBeLessThanOrEqual(POPUP.height);
    expect(await seriousViolations(again)).toEqual([]);
    await again.close();
    await popup.getByRole('button', { name: 'Start with a check-in' }).click();
  });

  it('shows each view’s primary action inside the 600 px popup without scrolling', async () => {
    const page = await h.context.newPage();
    await page.goto(h.extensionUrl('popup.html'));
    await expect.poll(() => page.getByRole('tab', { name: 'Check-in' }).count()).toBe(1);
    const primary: [string, Locator][] = [
      ['Check-in', page.getByRole('button', { name: 'Save check-in' })],
      ['Reflect', page.getByRole('button', { name: 'Reflect', exact: true })],
      ['Trust bank', page.getByRole('button', { name: '+ I sent gratitude' })],
      ['Rituals', page.getByRole('button', { name: 'Start Silent Sync' })],
    ];
    for (const [name, action] of primary) {
      await tab(page, name).click();
      expect(await bottomAtTop(page, action), name).toBeLessThanOrEqual(POPUP.height);
    }
    // Six needs and "More needs…", not the whole list; Save stays in sight with a feeling open and every need shown.
    await tab(page, 'Check-in').click();
    expect(await page.getByRole('group', { name: 'What do you need most?' }).getByRole('radio').count()).toBe(7); // six + "Something else"
    await page.locator(`button[data-core="${core.core}"]`).click();
    await page.getByRole('button', { name: 'More needs…' }).click();
    expect(await page.getByRole('group', { name: 'What do you need most?' }).getByRole('radio').count()).toBe(NEEDS.length + 1);
    const save = page.getByRole('button', { name: 'Save check-in' });
    expect(await bottomAtTop(page, save)).toBeLessThanOrEqual(POPUP.height);
    await save.click(); // reachable in place: nothing scrolled
    await expect.poll(() => page.getByText('Pick a feeling first.').count()).toBe(1);
    await page.close();
  });

  it('completes a check-in with the feelings wheel and a need', async () => {
    await popup.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => popup.getByRole('alert').filter({ hasText: 'Pick a feeling first.' }).count()).toBe(1);
    await popup.locator(`button[data-core="${core.core}"]`).click();
    await popup.locator('label').filter({ has: popup.locator(`input[value="${word}"]`) }).click();
    await popup.getByRole('button', { name: 'Back to all feelings' }).click();
    await popup.locator('label').filter({ has: popup.locator(`input[value="${need}"]`) }).click();
    await popup.getByRole('button', { name: 'Save check-in' }).click();
    await expect.poll(() => popup.getByText(`Saved: feeling ${word}, needing ${need}.`).count()).toBe(1);
    await expect.poll(() => popup.getByText('Streak: 1 day').count()).toBe(1);
  });

  it('logs a trust-bank deposit in one tap', async () => {
    await tab(popup, 'Trust bank').click();
    await popup.getByRole('button', { name: '+ I sent gratitude' }).click();
    await expect.poll(() => popup.getByText('Logged: I sent gratitude.').count()).toBe(1);
    await expect.poll(() => popup.getByText(/This week: 2 deposits, 0 withdrawals/).count()).toBe(1);
  });

  it('runs Silent Sync to the end', async () => {
    await tab(popup, 'Rituals').click();
    await popup.getByRole('button', { name: 'Start Silent Sync' }).click();
    await expect.poll(() => popup.getByText('Done. Logged as a trust-bank deposit.').count(), { timeout: 5000 }).toBe(1);
  });

  it('shows all three in the options page’s history', async () => {
    const options = await h.context.newPage();
    await options.goto(`${h.extensionUrl('options.html')}#trust`);
    await expect
      .poll(async () => (await readHistory(options)).trust.map((t) => t.kind).sort())
      .toEqual(['check-in', 'gratitude', 'silent-sync']);
    expect((await readHistory(options)).checkins).toMatchObject([{ feeling: word, need, core: core.core }]);
    // The options page renders them (its trust bank counts and chart by kind).
    await expect.poll(() => options.locator('main').innerText(), { timeout: 5000 }).toMatch(/Silent sync/);
    expect(await options.locator('main').innerText()).toMatch(/Gratitude snapshot/);
    await options.goto(`${h.extensionUrl('options.html')}#checkins`);
    await expect.poll(() => options.locator('main').innerText(), { timeout: 5000 }).toContain(word);
    await options.close();
  });

  it('has no serious or critical accessibility problems in any view, light or dark', async () => {
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      for (const name of ['Check-in', 'Draft', 'Reflect', 'Trust bank', 'Rituals']) {
        await tab(popup, name).click();
        await popup.waitForTimeout(100);
        if (name === 'Check-in') await popup.locator(`button[data-core="${core.core}"]`).click();
        if (name === 'Reflect') {
          await popup.getByLabel('Their message').fill('I’m so anxious about tomorrow’s meeting');
          await popup.getByRole('button', { name: 'Reflect', exact: true }).click();
          await expect.poll(() => popup.getByRole('heading', { name: 'Reflections' }).count()).toBe(1);
        }
        problems.push(...(await seriousViolations(popup)).map((p) => `${scheme} ${name}: ${p}`));
      }
    }
    await popup.emulateMedia({ colorScheme: null });
    expect(problems).toEqual([]);
  });

  it('fits without sideways scrolling at 200% zoom (a 400 px popup is 200 CSS px wide)', async () => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: 200, height: 600 });
    await page.goto(`${h.extensionUrl('popup.html')}?view=trust`);
    await expect.poll(() => page.getByRole('heading', { name: 'Trust bank' }).count()).toBe(1);
    for (const name of ['Trust bank', 'Rituals', 'Check-in', 'Reflect']) {
      await tab(page, name).click();
      await page.waitForTimeout(50);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, name).toBeLessThanOrEqual(0);
    }
    await page.getByRole('button', { name: 'Pause everywhere' }).click();
    await expect.poll(() => page.getByRole('group', { name: 'Pause Attune everywhere' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'pause choices').toBeLessThanOrEqual(0);
    await page.close();
  });

  it('shows a flagged draft from the fixture page, and "Use this rephrasing" changes its editor', async () => {
    const chat = await h.context.newPage();
    await chat.goto(`${h.fixtureUrl}/textarea.html`);
    await chat.waitForFunction(() => (window as unknown as FixtureWindow).__ready === true);
    const box = chat.locator('textarea');
    await box.click();
    await box.pressSequentially('You should just talk to your boss.', { delay: 10 });
    await chat.waitForTimeout(1200); // the pause before analysis
    const before = await model(chat);

    // The most recently opened web page is the chat tab: the popup is told its id.
    const chatTabId = await popup.evaluate(async (origin) => {
      type Tab = { id: number; url?: string };
      const api = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<Tab[]> } } }).chrome;
      const tabs = await api.tabs.query({});
      return Math.max(...tabs.filter((t) => !t.url?.startsWith(origin)).map((t) => t.id));
    }, h.extensionUrl(''));
    const draftPopup = await h.context.newPage();
    await draftPopup.goto(`${h.extensionUrl('popup.html')}?view=draft&tab=${chatTabId}`);
    await expect.poll(() => draftPopup.getByRole('heading', { name: 'What Attune noticed' }).count(), { timeout: 10_000 }).toBe(1);
    expect(await draftPopup.getByText('Rushing to fix').count()).toBeGreaterThan(0);
    expect(await bottomAtTop(draftPopup, draftPopup.getByRole('button', { name: /^Use this rephrasing/ }).first())).toBeLessThanOrEqual(POPUP.height);
    await draftPopup.getByRole('button', { name: /^Use this rephrasing/ }).first().click();
    await expect.poll(() => draftPopup.getByText('Done: the rephrasing is in your composer.').count()).toBe(1);
    await expect.poll(() => model(chat)).not.toBe(before);
    expect(await model(chat)).not.toMatch(/^You should just talk/);
    await draftPopup.close();
    await chat.close();
  });

  it('pauses Attune everywhere from the header, says until when, and resumes', async () => {
    type Sync = { settings?: { snoozeAllUntil: number } };
    const stored = () =>
      popup.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { storage: { sync: { get: (k: string) => Promise<Sync> } } } }).chrome;
        return (await api.storage.sync.get('settings')).settings?.snoozeAllUntil ?? 0;
      });
    const toggle = popup.getByRole('button', { name: 'Pause everywhere' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const choices = popup.getByRole('group', { name: 'Pause Attune everywhere' });
    expect(await seriousViolations(popup)).toEqual([]);
    const before = Date.now();
    await choices.getByRole('button', { name: 'For 1 hour' }).click();
    await expect.poll(() => popup.getByText(/^Paused everywhere until/).count()).toBe(1);
    const until = await stored();
    expect(until).toBeGreaterThanOrEqual(before + 3_600_000 - 5_000);
    expect(until).toBeLessThanOrEqual(Date.now() + 3_600_000 + 5_000);
    const resume = popup.getByRole('button', { name: 'Resume Attune everywhere' });
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Resume Attune everywhere');
    expect(await seriousViolations(popup)).toEqual([]);
    await resume.click();
    await expect.poll(stored).toBe(0);
    await expect.poll(() => toggle.count()).toBe(1);
  });

  it('logs no console errors and makes no network requests', () => {
    expect(h.consoleErrors.filter((e) => e.includes('popup.html'))).toEqual([]);
    expect(h.externalRequests).toEqual([]);
  });
});
