// Two composers on one page, like Gmail's reply box and a new-message window.
// __model(i) / __composer(i): 0 = reply, 1 = new message; without an index, the last focused.
import { chatShell, expose, kindFromQuery, simpleComposer, wireSend, type ComposerHandle } from './common';

const kind = kindFromQuery('contenteditable');
const handles: ComposerHandle[] = [];
for (const [title, label] of [
  ['Reply', 'Message body (reply)'],
  ['New message', 'Message body (new message)'],
] as const) {
  const shell = chatShell(title, document.body, title === 'Reply' ? ['Can you send the report?'] : []);
  const composer = simpleComposer(kind, { label, onSend: () => send() });
  shell.slot.append(composer.element);
  const send = wireSend(shell, composer);
  handles.push(composer);
}
expose(() => handles);
