// A composer inside an OPEN shadow root of a custom element (<chat-box>).
// Default composer: contenteditable; `?kind=textarea` for a textarea.
import { chatShell, expose, kindFromQuery, simpleComposer, wireSend, type ComposerHandle } from './common';

let handle: ComposerHandle | null = null;

class ChatBox extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = 'style.css';
    root.append(link);
    const shell = chatShell('Shadow root', root, ['Hey, are you around later?']);
    const composer = simpleComposer(kindFromQuery('contenteditable'), { onSend: () => send() });
    shell.slot.append(composer.element);
    const send = wireSend(shell, composer);
    handle = composer;
  }
}
customElements.define('chat-box', ChatBox);
document.body.append(document.createElement('chat-box'));
expose(() => (handle ? [handle] : []));
