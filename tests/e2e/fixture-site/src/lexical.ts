// Lexical plain-text composer, like WhatsApp Web and Messenger: vanilla Lexical (no React),
// @lexical/plain-text for typing/Enter/paste, @lexical/history for undo.
// Model: editor.getEditorState().read(() => $getRoot().getTextContent()).
import {
  $createParagraphNode,
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  KEY_ENTER_COMMAND,
  createEditor,
} from 'lexical';
import { registerPlainText } from '@lexical/plain-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { chatShell, expose, isSendKey, wireSend, type ComposerHandle } from './common';

const shell = chatShell('Lexical', document.body, ['Hey, are you around later?']);
const root = document.createElement('div');
root.className = 'composer';
root.contentEditable = 'true';
root.setAttribute('role', 'textbox');
root.setAttribute('aria-multiline', 'true');
root.setAttribute('aria-label', 'Message');
root.spellcheck = true; // WhatsApp sets spellcheck; Lexical composers are a known exception
shell.slot.append(root);

const editor = createEditor({
  namespace: 'fixture',
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(root);
registerPlainText(editor);
registerHistory(editor, createEmptyHistoryState(), 300);

const handle: ComposerHandle = {
  el: () => root,
  model: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
  clear: () =>
    editor.update(() => {
      const r = $getRoot();
      r.clear();
      const p = $createParagraphNode();
      r.append(p);
      p.select();
    }),
};
const send = wireSend(shell, handle);
editor.registerCommand<KeyboardEvent | null>(
  KEY_ENTER_COMMAND,
  (event) => {
    if (event && isSendKey(event)) {
      event.preventDefault();
      send();
      return true;
    }
    return false; // Shift+Enter: plain-text inserts a line break
  },
  COMMAND_PRIORITY_HIGH,
);
(window as unknown as { __lexical: unknown }).__lexical = editor;
expose(() => [handle]);
