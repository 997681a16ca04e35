// Slate composer, like Discord: slate + slate-react + slate-history (React 18).
// Model: editor.children.map(n => Node.string(n)).join('\n').
import { createElement as h, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, Node, Transforms, createEditor, type Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import { chatShell, expose, isSendKey, wireSend, type ComposerHandle } from './common';

const shell = chatShell('Slate', document.body, ['Hey, are you around later?']);
const editor = withReact(withHistory(createEditor()));
const initialValue = [{ type: 'paragraph', children: [{ text: '' }] }] as unknown as Descendant[];

const handle: ComposerHandle = {
  el: () => shell.slot.querySelector<HTMLElement>('[data-slate-editor="true"]'),
  model: () => editor.children.map((n) => Node.string(n)).join('\n'),
  clear: () => {
    Transforms.select(editor, Editor.range(editor, []));
    Transforms.delete(editor);
  },
};
const send = wireSend(shell, handle);

function Composer() {
  const value = useMemo(() => initialValue, []);
  const editable = h(Editable, {
    className: 'composer',
    'aria-label': 'Message',
    placeholder: 'Message #general',
    onKeyDown: (e: React.KeyboardEvent<HTMLDivElement>) => {
      if (isSendKey(e.nativeEvent)) {
        e.preventDefault();
        send();
      }
      // Shift+Enter: Slate's default insertBreak (a new paragraph)
    },
  });
  return h(Slate, { editor, initialValue: value, children: editable });
}

createRoot(shell.slot).render(h(Composer));
(window as unknown as { __slate: unknown }).__slate = editor;
expose(() => [handle]);
