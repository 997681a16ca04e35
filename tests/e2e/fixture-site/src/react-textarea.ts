// React-controlled <textarea> (value + onChange in React state). Model: the React state value.
// Written with createElement (no JSX) so the repo's type check needs no JSX settings.
import { createElement as h, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { chatShell, expose, isSendKey, sent, type ComposerHandle } from './common';

const shell = chatShell('React textarea', document.body, ['Hey, are you around later?']);
shell.button.remove(); // React renders its own Send button

let stateValue = '';
let textarea: HTMLTextAreaElement | null = null;
let setFromOutside: ((v: string) => void) | null = null;

function Composer() {
  const [value, setValue] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);
  stateValue = value;
  useEffect(() => {
    textarea = ref.current;
    setFromOutside = setValue;
  });
  const send = () => {
    const text = value.trim();
    if (!text) return;
    sent.push(text);
    const li = document.createElement('li');
    li.textContent = text;
    shell.list.append(li);
    setValue('');
  };
  return h(
    'div',
    { style: { display: 'flex', gap: '8px', alignItems: 'flex-end' } },
    h('textarea', {
      ref,
      className: 'composer',
      rows: 1,
      'aria-label': 'Message',
      placeholder: 'Type a message',
      value,
      onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) => setValue(e.target.value),
      onKeyDown: (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
        if (isSendKey(e.nativeEvent)) {
          e.preventDefault();
          send();
        }
      },
    }),
    h(
      'button',
      { type: 'button', className: 'send', 'aria-label': 'Send', onMouseDown: (e: React.MouseEvent) => e.preventDefault(), onClick: send },
      'Send',
    ),
  );
}

createRoot(shell.slot).render(h(Composer));
const handle: ComposerHandle = {
  el: () => textarea,
  model: () => stateValue,
  clear: () => setFromOutside?.(''),
};
expose(() => [handle]);
