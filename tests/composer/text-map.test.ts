import { describe, expect, it } from 'vitest';
import { rangeFor, readTextMap } from '../../utils/composer/text-map';

function el(html: string): HTMLElement {
  const div = document.createElement('div');
  div.contentEditable = 'true';
  div.innerHTML = html;
  document.body.append(div);
  return div;
}

describe('readTextMap: the draft as the person sees it', () => {
  const cases: [string, string, string][] = [
    ['plain text', 'you never listen', 'you never listen'],
    ['Chrome contenteditable lines', 'line one<div>line two</div><div><br></div><div>four</div>', 'line one\nline two\n\nfour'],
    ['Lexical paragraph with a line break', '<p><span data-lexical-text="true">a</span><br><span data-lexical-text="true">b</span></p>', 'a\nb'],
    ['Lexical empty paragraph', '<p><br></p>', ''],
    ['Quill lines', '<p>hi</p><p><br></p><p>there</p>', 'hi\n\nthere'],
    ['Slate zero-width placeholder', '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span></div>', ''],
    ['Draft.js blocks', '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">one</span></span></div></div><div data-block="true"><div><span><span data-text="true">two</span></span></div></div></div>', 'one\ntwo'],
    ['ProseMirror trailing break', '<p>hey<br class="ProseMirror-trailingBreak"></p>', 'hey'],
    ['emoji kept as UTF-16', '<p>ok 👍 you never</p>', 'ok 👍 you never'],
  ];
  for (const [name, html, text] of cases) {
    it(name, () => {
      expect(readTextMap(el(html)).text).toBe(text);
    });
  }

  it('maps offsets back to a DOM range across blocks', () => {
    const root = el('<p>I said hi.</p><p>you never listen</p>');
    const map = readTextMap(root);
    const start = map.text.indexOf('never');
    const range = rangeFor(map, start, start + 'never listen'.length)!;
    expect(range.toString()).toBe('never listen');
  });
});
