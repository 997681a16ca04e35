// Plain <textarea> composer. Model: textarea.value. Undo: the browser's own.
import { chatShell, expose, simpleComposer, wireSend } from './common';

const shell = chatShell('Textarea', document.body, ['Hey, are you around later?']);
const composer = simpleComposer('textarea', { onSend: () => send(), placeholder: 'Type a message' });
shell.slot.append(composer.element);
const send = wireSend(shell, composer);
expose(() => [composer]);
