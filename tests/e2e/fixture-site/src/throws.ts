// A page whose own event handlers throw (uncaught errors on every keystroke, input, focus and
// selection change). Typing and sending must still work; Attune must not break because of it.
// __pageErrors() counts the errors these handlers threw.
import { chatShell, expose, kindFromQuery, simpleComposer, wireSend } from './common';

let thrown = 0;
const types = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'focusin', 'selectionchange', 'compositionstart', 'compositionend'];
for (const target of [window, document] as EventTarget[]) {
  for (const type of types) {
    target.addEventListener(
      type,
      () => {
        thrown++;
        throw new Error(`fixture page handler threw on ${type}`);
      },
      type === 'keydown', // one capturing, the rest bubbling
    );
  }
}
(window as unknown as { __pageErrors: () => number }).__pageErrors = () => thrown;

const shell = chatShell('A page that throws', document.body, ['Hey, are you around later?']);
const composer = simpleComposer(kindFromQuery('contenteditable'), { onSend: () => send() });
composer.element.addEventListener('input', () => {
  throw new Error('fixture composer input handler threw');
});
shell.slot.append(composer.element);
const send = wireSend(shell, composer);
expose(() => [composer]);
