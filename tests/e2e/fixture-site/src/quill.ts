// Quill 2 composer (Slack's composer descends from Quill). History module for undo.
// Model: quill.getText() without its trailing "\n".
import 'quill/dist/quill.core.css';
import Quill from 'quill';
import { chatShell, expose, wireSend, type ComposerHandle } from './common';

const shell = chatShell('Quill', document.body, ['Hey, are you around later?']);
const container = document.createElement('div');
shell.slot.append(container);
let send = () => {};
const quill = new Quill(container, {
  formats: [],
  placeholder: 'Message #general',
  modules: {
    history: { delay: 1000, maxStack: 500, userOnly: false },
    keyboard: {
      bindings: {
        send: {
          key: 'Enter',
          shiftKey: false,
          handler: () => {
            send();
            return false;
          },
        },
      },
    },
  },
});
quill.root.setAttribute('aria-label', 'Message');
quill.root.setAttribute('role', 'textbox');
quill.root.setAttribute('aria-multiline', 'true');

const handle: ComposerHandle = {
  el: () => quill.root,
  model: () => quill.getText().replace(/\n$/, ''),
  clear: () => quill.setText('', 'user'),
};
send = wireSend(shell, handle);
(window as unknown as { __quill: unknown }).__quill = quill;
expose(() => [handle]);
