import { describe, expect, it } from 'vitest';
import { detectComposer, editorKind, skipReason } from '../../utils/composer/detect';

function sized<T extends HTMLElement>(el: T, w = 400, h = 40): T {
  el.getBoundingClientRect = () => ({ x: 0, y: 0, left: 0, top: 0, width: w, height: h, right: w, bottom: h, toJSON() {} }) as DOMRect;
  document.body.append(el);
  return el;
}

describe('composer detection', () => {
  it('recognises editors by their markers', () => {
    const make = (attrs: Record<string, string>, cls = '') => {
      const d = document.createElement('div');
      d.contentEditable = 'true';
      if (cls) d.className = cls;
      for (const [k, v] of Object.entries(attrs)) d.setAttribute(k, v);
      return d;
    };
    expect(editorKind(make({ 'data-lexical-editor': 'true' }))).toBe('lexical');
    expect(editorKind(make({ 'data-slate-editor': 'true' }))).toBe('slate');
    expect(editorKind(make({}, 'public-DraftEditor-content'))).toBe('draftjs');
    expect(editorKind(make({}, 'ql-editor'))).toBe('quill');
    expect(editorKind(make({}, 'ProseMirror'))).toBe('prosemirror');
    expect(editorKind(make({}))).toBe('contenteditable');
    expect(editorKind(document.createElement('textarea'))).toBe('textarea');
  });

  it('says why it skips a field', () => {
    const pw = sized(Object.assign(document.createElement('input'), { type: 'password' }));
    expect(skipReason(pw)).toBe('password');
    const search = sized(Object.assign(document.createElement('input'), { type: 'search' }));
    expect(skipReason(search)).toBe('search');
    const labelled = sized(document.createElement('textarea'));
    labelled.setAttribute('aria-label', 'Search messages');
    expect(skipReason(labelled)).toBe('search');
    const ro = sized(Object.assign(document.createElement('textarea'), { readOnly: true }));
    expect(skipReason(ro)).toBe('readonly');
    const off = sized(Object.assign(document.createElement('textarea'), { disabled: true }));
    expect(skipReason(off)).toBe('disabled');
    const tiny = sized(document.createElement('textarea'), 60, 10);
    expect(skipReason(tiny)).toBe('too-small');
    const combo = sized(document.createElement('textarea'));
    combo.setAttribute('role', 'combobox');
    expect(skipReason(combo)).toBe('combobox');
    const ok = sized(document.createElement('textarea'));
    expect(skipReason(ok)).toBeNull();
  });

  it('finds the editing host through the event path, including open shadow roots', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    const ce = sized(document.createElement('div'));
    ce.contentEditable = 'true';
    root.append(ce);
    const span = document.createElement('span');
    ce.append(span);
    const d = detectComposer([span, ce, root, host, document.body, document, window]);
    expect(d.ok && d.el).toBe(ce);
  });
});
