// Right-to-left conversation (the page is dir="rtl" lang="ar"); the composer has dir="rtl".
// Default composer: contenteditable; `?kind=textarea` for a textarea.
import { chatShell, expose, kindFromQuery, simpleComposer, wireSend } from './common';

const shell = chatShell('محادثة', document.body, ['مرحبا، هل أنت متاح لاحقا؟']);
const composer = simpleComposer(kindFromQuery('contenteditable'), {
  dir: 'rtl',
  placeholder: 'اكتب رسالة',
  onSend: () => send(),
});
shell.slot.append(composer.element);
const send = wireSend(shell, composer);
expose(() => [composer]);
