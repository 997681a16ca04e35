// ProseMirror composer (what TipTap wraps): paragraphs only, prosemirror-history for undo,
// Enter sends, Shift+Enter splits the paragraph. Model: doc.textBetween(0, size, '\n').
import 'prosemirror-view/style/prosemirror.css';
import { Schema } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap, splitBlock } from 'prosemirror-commands';
import { chatShell, expose, wireSend, type ComposerHandle } from './common';

const schema = new Schema({
  nodes: {
    doc: { content: 'paragraph+' },
    paragraph: { content: 'text*', parseDOM: [{ tag: 'p' }], toDOM: () => ['p', { style: 'margin:0' }, 0] },
    text: {},
  },
});

const shell = chatShell('ProseMirror', document.body, ['Hey, are you around later?']);
let send = () => {};
const view = new EditorView(shell.slot, {
  state: EditorState.create({
    schema,
    plugins: [
      history(),
      keymap({
        'Mod-z': undo,
        'Shift-Mod-z': redo,
        'Mod-y': redo,
        Enter: () => {
          send();
          return true;
        },
        'Shift-Enter': splitBlock,
      }),
      keymap(baseKeymap),
    ],
  }),
  attributes: { 'aria-label': 'Message', role: 'textbox', 'aria-multiline': 'true', spellcheck: 'true' },
});

const handle: ComposerHandle = {
  el: () => view.dom,
  model: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n'),
  clear: () => {
    const { doc, tr } = view.state;
    view.dispatch(tr.replaceWith(0, doc.content.size, schema.node('paragraph')));
  },
};
send = wireSend(shell, handle);
(window as unknown as { __pmView: unknown }).__pmView = view;
expose(() => [handle]);
