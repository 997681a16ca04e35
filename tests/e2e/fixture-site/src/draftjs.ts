// Draft.js composer (draft-js 0.11.7 on React 18; it uses findDOMNode, gone in React 19).
// Model: editorState.getCurrentContent().getPlainText().
import 'draft-js/dist/Draft.css';
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ContentState, Editor, EditorState } from 'draft-js';
import { chatShell, expose, isSendKey, wireSend, type ComposerHandle } from './common';

const shell = chatShell('Draft.js', document.body, ['Hey, are you around later?']);
let current = EditorState.createEmpty();
let setState: ((s: EditorState) => void) | null = null;

const handle: ComposerHandle = {
  el: () => shell.slot.querySelector<HTMLElement>('.public-DraftEditor-content'),
  model: () => current.getCurrentContent().getPlainText(),
  clear: () => {
    const empty = EditorState.push(current, ContentState.createFromText(''), 'remove-range');
    const next = EditorState.moveFocusToEnd(empty);
    current = next;
    setState?.(next);
  },
};
const send = wireSend(shell, handle);

function Composer() {
  const [editorState, setEditorState] = useState(current);
  current = editorState;
  useEffect(() => {
    setState = setEditorState;
  }, []);
  return h(
    'div',
    { className: 'draft-composer' },
    h(Editor, {
      editorState,
      onChange: (s: EditorState) => {
        current = s;
        setEditorState(s);
      },
      ariaLabel: 'Message',
      ariaMultiline: true,
      placeholder: 'Post your reply',
      spellCheck: true,
      handleReturn: (e: React.KeyboardEvent) => {
        if (isSendKey(e.nativeEvent as KeyboardEvent)) {
          send();
          return 'handled';
        }
        return 'not-handled'; // Shift+Enter: Draft splits the block
      },
    }),
  );
}

createRoot(shell.slot).render(h(Composer));
expose(() => [handle]);
