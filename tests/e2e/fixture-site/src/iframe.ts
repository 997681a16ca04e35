// Outer page: a same-origin iframe (iframe-inner.html) holds the composer. The outer window's
// hooks delegate to the iframe's, so tests can call __model()/__sent() on either.
const frame = document.createElement('iframe');
frame.className = 'inner';
frame.title = 'Conversation';
frame.src = 'iframe-inner.html' + location.search;
const wrap = document.createElement('main');
wrap.className = 'chat';
const header = document.createElement('header');
header.textContent = 'Iframe (outer page)';
wrap.append(header, frame);
document.body.append(wrap);

type Hooks = Pick<Window, '__model' | '__sent' | '__composer' | '__ready'>;
const inner = () => frame.contentWindow as (Window & Hooks) | null;
window.__model = (i) => inner()?.__model?.(i) ?? '';
window.__sent = () => inner()?.__sent?.() ?? [];
window.__composer = (i) => inner()?.__composer?.(i) ?? null;
Object.defineProperty(window, '__ready', { configurable: true, get: () => !!inner()?.__ready });
export {};
