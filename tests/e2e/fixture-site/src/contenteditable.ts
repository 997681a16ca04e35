// Plain <div contenteditable="true"> composer. Model: element.innerText. Undo: the browser's own.
import { chatShell, expose, simpleComposer, wireSend } from './common';

const shell = chatShell('Contenteditable', document.body, ['Hey, are you around later?']);
const composer = simpleComposer('contenteditable', { onSend: () => send() });
shell.slot.append(composer.element);
const send = wireSend(shell, composer);
expose(() => [composer]);
