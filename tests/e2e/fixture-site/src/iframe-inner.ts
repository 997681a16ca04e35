// The chat inside iframe.html's same-origin iframe. Default composer: contenteditable;
// `?kind=textarea` for a textarea.
import { chatShell, expose, kindFromQuery, simpleComposer, wireSend } from './common';

const shell = chatShell('Inside an iframe', document.body, ['Hey, are you around later?']);
shell.main.style.margin = '0 auto';
const composer = simpleComposer(kindFromQuery('contenteditable'), { onSend: () => send() });
shell.slot.append(composer.element);
const send = wireSend(shell, composer);
expose(() => [composer]);
