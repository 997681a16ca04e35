/**
 * Smoke test of the fixture site in real headless Chromium (no extension), and a survey of
 * programmatic write-back strategies per editor (README.md records the findings).
 *
 *   npx tsx tests/e2e/fixture-site/smoke.ts            # pages + strategies, prints tables
 *   npx tsx tests/e2e/fixture-site/smoke.ts --pages    # only the per-page checks
 *   npx tsx tests/e2e/fixture-site/smoke.ts --strategy=beforeinput-then-execCommand   # one strategy
 *
 * Exit code 1 when a per-page check fails (strategies are a survey: they are reported, not judged).
 * Raw results: tests/e2e/fixture-site/dist/smoke-results.json.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Frame, type Page } from 'playwright-core';
import { DIST_DIR } from './build';
import { startFixtureServer } from './server';

const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

interface PageCase {
  path: string;
  /** composer index for pages with several */
  index?: number;
  kind: 'textarea' | 'contenteditable';
  /** the page's own handlers throw on purpose */
  throws?: boolean;
}

const PAGES: PageCase[] = [
  { path: 'textarea.html', kind: 'textarea' },
  { path: 'react-textarea.html', kind: 'textarea' },
  { path: 'contenteditable.html', kind: 'contenteditable' },
  { path: 'lexical.html', kind: 'contenteditable' },
  { path: 'slate.html', kind: 'contenteditable' },
  { path: 'draftjs.html', kind: 'contenteditable' },
  { path: 'quill.html', kind: 'contenteditable' },
  { path: 'prosemirror.html', kind: 'contenteditable' },
  { path: 'shadow.html', kind: 'contenteditable' },
  { path: 'shadow.html?kind=textarea', kind: 'textarea' },
  { path: 'iframe.html', kind: 'contenteditable' },
  { path: 'iframe.html?kind=textarea', kind: 'textarea' },
  { path: 'multi.html', index: 0, kind: 'contenteditable' },
  { path: 'multi.html', index: 1, kind: 'contenteditable' },
  { path: 'spa.html', kind: 'contenteditable' },
  { path: 'rtl.html', kind: 'contenteditable' },
  { path: 'rtl.html?kind=textarea', kind: 'textarea' },
  { path: 'throws.html', kind: 'contenteditable', throws: true },
];

const STRATEGY_PAGES: PageCase[] = PAGES.filter((p) =>
  ['textarea.html', 'react-textarea.html', 'contenteditable.html', 'lexical.html', 'slate.html', 'draftjs.html', 'quill.html', 'prosemirror.html', 'shadow.html', 'iframe.html'].includes(p.path),
);

const CE_STRATEGIES = ['execCommand', 'beforeinput-insertText', 'beforeinput-insertReplacementText', 'paste', 'textInput', 'beforeinput-then-execCommand'] as const;
const TA_STRATEGIES = ['execCommand', 'native-setter+input', 'setRangeText+input', 'beforeinput-insertText', 'beforeinput-then-execCommand'] as const;

/**
 * In-page code (a string, so the TS loader's helpers never leak into the page): selects `from`
 * inside the composer, optionally waits two frames, then applies one write-back strategy.
 */
const APPLY = String.raw`async ({ strategy, wait, from, to, index }) => {
  const el = window.__composer(index);
  const doc = el.ownerDocument, win = doc.defaultView;
  const frame = () => new Promise((r) => win.requestAnimationFrame(() => r()));
  const isTA = el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
  el.focus();
  let target = null;
  if (isTA) {
    const s = el.value.indexOf(from);
    if (s < 0) return { error: 'text not found' };
    el.setSelectionRange(s, s + from.length);
  } else {
    const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      const i = node.data.indexOf(from);
      if (i >= 0) { target = { node, s: i, e: i + from.length }; break; }
    }
    if (!target) return { error: 'text not found' };
    doc.getSelection().setBaseAndExtent(target.node, target.s, target.node, target.e);
  }
  if (wait) { await frame(); await frame(); }
  const before = win.__model(index);
  const out = { before };
  const staticRange = target
    ? new StaticRange({ startContainer: target.node, startOffset: target.s, endContainer: target.node, endOffset: target.e })
    : null;
  const dataTransfer = () => { const dt = new DataTransfer(); dt.setData('text/plain', to); return dt; };
  const beforeinput = (inputType) => {
    const ev = new InputEvent('beforeinput', {
      inputType, data: to, dataTransfer: inputType === 'insertReplacementText' ? dataTransfer() : null,
      bubbles: true, cancelable: true, composed: true, targetRanges: staticRange ? [staticRange] : [],
    });
    el.dispatchEvent(ev);
    out.defaultPrevented = ev.defaultPrevented;
  };
  const exec = () => { out.execReturned = doc.execCommand('insertText', false, to); };
  switch (strategy) {
    case 'execCommand': exec(); break;
    case 'beforeinput-insertText': beforeinput('insertText'); break;
    case 'beforeinput-insertReplacementText': beforeinput('insertReplacementText'); break;
    case 'beforeinput-then-execCommand': {
      beforeinput(isTA ? 'insertText' : 'insertReplacementText');
      // The signal a content script can see: did the editor cancel (= handle) the beforeinput?
      out.fellBack = !out.defaultPrevented;
      if (out.fellBack) { await frame(); await frame(); exec(); }
      break;
    }
    case 'paste': {
      const ev = new ClipboardEvent('paste', { clipboardData: dataTransfer(), bubbles: true, cancelable: true, composed: true });
      el.dispatchEvent(ev);
      out.defaultPrevented = ev.defaultPrevented;
      break;
    }
    case 'textInput': {
      const ev = doc.createEvent('TextEvent');
      ev.initTextEvent('textInput', true, true, win, to);
      el.dispatchEvent(ev);
      out.defaultPrevented = ev.defaultPrevented;
      break;
    }
    case 'native-setter+input': {
      const setter = Object.getOwnPropertyDescriptor(win.HTMLTextAreaElement.prototype, 'value').set;
      const s = el.selectionStart, e = el.selectionEnd, v = el.value;
      setter.call(el, v.slice(0, s) + to + v.slice(e));
      el.setSelectionRange(s + to.length, s + to.length);
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: to }));
      break;
    }
    case 'setRangeText+input': {
      el.setRangeText(to, el.selectionStart, el.selectionEnd, 'end');
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: to }));
      break;
    }
  }
  await frame(); await frame();
  out.model = win.__model(index);
  out.dom = isTA ? el.value : el.innerText;
  return out;
}`;

async function composerFrame(page: Page, p: PageCase): Promise<Frame> {
  await page.waitForFunction(() => (window as { __ready?: boolean }).__ready === true, null, { timeout: 10_000 });
  if (!p.path.startsWith('iframe.html')) return page.mainFrame();
  const f = page.frames().find((fr) => fr.url().includes('iframe-inner.html'));
  if (!f) throw new Error('no inner frame');
  return f;
}

const model = (f: Frame, index?: number) => f.evaluate((i) => window.__model!(i), index);
const sentList = (f: Frame) => f.evaluate(() => window.__sent!());
const settle = (page: Page, ms = 60) => page.waitForTimeout(ms);

async function focusComposer(page: Page, f: Frame, p: PageCase) {
  const handle = await f.evaluateHandle((i) => window.__composer!(i), p.index);
  await handle.asElement()!.click();
  await settle(page, 30);
}

async function undoUntil(page: Page, f: Frame, p: PageCase, want: string, max = 5): Promise<{ steps: number; trail: string[] }> {
  const trail: string[] = [];
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Control+z');
    await settle(page);
    const m = await model(f, p.index);
    trail.push(m);
    if (m === want) return { steps: i, trail };
  }
  return { steps: -1, trail };
}

interface PageResult {
  page: string;
  ok: boolean;
  failures: string[];
  undoSteps: number;
  shiftEnter: string;
  box: string;
  errors: string[];
}

async function checkPage(page: Page, base: string, p: PageCase): Promise<PageResult> {
  const failures: string[] = [];
  const errors: string[] = [];
  page.removeAllListeners('pageerror');
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/${p.path}`);
  const f = await composerFrame(page, p);
  const name = p.path + (p.index !== undefined ? `#${p.index}` : '');
  const expect = (cond: boolean, what: string) => {
    if (!cond) failures.push(what);
  };

  const box = await f.evaluate((i) => {
    const r = window.__composer!(i)!.getBoundingClientRect();
    return `${Math.round(r.width)}x${Math.round(r.height)}`;
  }, p.index);
  const [w, h] = box.split('x').map(Number);
  expect(w >= 300 && h >= 40, `composer is ${box}`);
  const label = await f.evaluate((i) => window.__composer!(i)!.getAttribute('aria-label') ?? '', p.index);
  expect(/message/i.test(label), `aria-label "${label}"`);

  await focusComposer(page, f, p);
  await page.keyboard.type('hello there');
  await settle(page, 1100); // a pause closes the undo group (Quill 1000 ms, ProseMirror 500 ms, Lexical 300 ms)
  let m = await model(f, p.index);
  expect(m === 'hello there', `after typing, model ${JSON.stringify(m)}`);

  await page.keyboard.press('Control+a');
  await page.keyboard.type('bye now');
  await settle(page);
  m = await model(f, p.index);
  expect(m === 'bye now', `after Ctrl+A + typing, model ${JSON.stringify(m)}`);

  const undo = await undoUntil(page, f, p, 'hello there', 12); // React-controlled: one step per character
  expect(undo.steps > 0, `Ctrl+Z never restored "hello there": ${JSON.stringify(undo.trail)}`);

  // Restore a known state for sending, whatever undo did.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('hello there');
  await page.keyboard.press('Enter');
  await settle(page);
  const sent = await sentList(f);
  m = await model(f, p.index);
  expect(sent.at(-1) === 'hello there', `after Enter, __sent() ${JSON.stringify(sent)}`);
  expect(m === '', `after Enter, model ${JSON.stringify(m)} (not cleared)`);

  await page.keyboard.type('line one');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('line two');
  await settle(page);
  const shiftEnter = await model(f, p.index);
  expect(/line one\n+line two/.test(shiftEnter), `Shift+Enter gave ${JSON.stringify(shiftEnter)}`);
  await page.keyboard.press('Enter');
  await settle(page);
  const sent2 = await sentList(f);
  expect(sent2.length === 2, `multi-line message not sent: ${JSON.stringify(sent2)}`);

  if (!p.throws) expect(errors.length === 0, `page errors: ${errors.join('; ')}`);
  else expect(errors.length > 0, 'throws.html threw nothing');
  return { page: name, ok: failures.length === 0, failures, undoSteps: undo.steps, shiftEnter, box, errors: p.throws ? [`${errors.length} (expected)`] : errors };
}

interface StrategyResult {
  page: string;
  strategy: string;
  wait: boolean;
  model: string;
  dom: string;
  modelOk: boolean;
  visualOnly: boolean;
  caretOk: boolean;
  undoSteps: number;
  undoTrail: string[];
  typingAfterUndo: boolean;
  detail: Record<string, unknown>;
  errors: string[];
}

async function tryStrategy(page: Page, base: string, p: PageCase, strategy: string, wait: boolean): Promise<StrategyResult> {
  const errors: string[] = [];
  page.removeAllListeners('pageerror');
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/${p.path}`);
  const f = await composerFrame(page, p);
  await focusComposer(page, f, p);
  await page.keyboard.type('hello there');
  await settle(page, 1100); // a pause closes the typing's undo group (Quill 1000 ms, ProseMirror 500 ms)
  const out = (await f.evaluate(`(${APPLY})(${JSON.stringify({ strategy, wait, from: 'hello', to: 'hi', index: p.index })})`)) as Record<string, unknown>;
  await settle(page);
  const m = await model(f, p.index);
  const dom = (await f.evaluate((i) => {
    const el = window.__composer!(i)!;
    return el instanceof HTMLTextAreaElement ? el.value : el.innerText;
  }, p.index)).replace(/\n$/, '');
  const modelOk = m === 'hi there';
  await page.keyboard.type('X');
  await settle(page);
  const afterX = await model(f, p.index);
  const caretOk = afterX === 'hiX there';
  await settle(page, 1100);
  const undo = await undoUntil(page, f, p, 'hello there', 6);
  await page.keyboard.type('Y');
  await settle(page);
  const afterY = await model(f, p.index);
  return {
    page: p.path,
    strategy,
    wait,
    model: m,
    dom,
    modelOk,
    visualOnly: !modelOk && dom === 'hi there',
    caretOk,
    undoSteps: undo.steps,
    undoTrail: undo.trail,
    typingAfterUndo: afterY.includes('Y'),
    detail: { ...out, afterX },
    errors,
  };
}

async function main() {
  const onlyPages = process.argv.includes('--pages');
  const only = process.argv.find((a) => a.startsWith('--strategy='))?.slice('--strategy='.length);
  const server = await startFixtureServer();
  const browser = await chromium.launch({ executablePath: CHROME_PATH, headless: true, args: ARGS });
  const started = Date.now();
  let failed = 0;
  const results: { pages: PageResult[]; strategies: StrategyResult[] } = { pages: [], strategies: [] };
  try {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const page = await context.newPage();
    for (const p of PAGES) {
      let r: PageResult;
      try {
        r = await checkPage(page, server.url, p);
      } catch (e) {
        r = { page: p.path, ok: false, failures: [String(e)], undoSteps: -1, shiftEnter: '', box: '', errors: [] };
      }
      results.pages.push(r);
      if (!r.ok) failed++;
      console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.page.padEnd(28)} box ${r.box.padEnd(8)} undo ${r.undoSteps} step(s)  shift+enter ${JSON.stringify(r.shiftEnter)}${r.ok ? '' : '\n     ' + r.failures.join('\n     ')}`);
    }
    if (!onlyPages) {
      console.log('\nstrategy survey: replace "hello" with "hi" in "hello there"; model / caret (type X) / undo presses to "hello there"');
      for (const p of STRATEGY_PAGES) {
        for (const strategy of p.kind === 'textarea' ? TA_STRATEGIES : CE_STRATEGIES) {
          if (only && strategy !== only) continue;
          for (const wait of [false, true]) {
            let r: StrategyResult;
            try {
              r = await tryStrategy(page, server.url, p, strategy, wait);
            } catch (e) {
              r = { page: p.path, strategy, wait, model: '', dom: '', modelOk: false, visualOnly: false, caretOk: false, undoSteps: -1, undoTrail: [], typingAfterUndo: false, detail: { error: String(e) }, errors: [] };
            }
            results.strategies.push(r);
            console.log(
              `${p.path.padEnd(20)} ${strategy.padEnd(34)} ${wait ? 'wait' : 'now '}  model ${r.modelOk ? 'yes' : r.visualOnly ? 'DOM-only' : 'no '}  caret ${r.caretOk ? 'yes' : 'no '}  undo ${r.undoSteps}  ${JSON.stringify(r.model)} ${r.errors.length ? 'errors: ' + r.errors.join('; ') : ''} ${r.detail.error ? String(r.detail.error) : ''}`,
            );
          }
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  writeFileSync(path.join(DIST_DIR, 'smoke-results.json'), JSON.stringify(results, null, 2));
  console.log(`\n${results.pages.length - failed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  process.exit(failed ? 1 : 0);
}

void main();
