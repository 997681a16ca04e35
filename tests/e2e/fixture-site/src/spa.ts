// Single-page app: two conversations switched with history.pushState (and back/forward).
// Every switch unmounts the whole chat (composer included) and builds a new one; drafts are kept
// per conversation and restored into the new composer. "Re-create composer" replaces only the
// composer element (same conversation, same draft). __conversation() names the open one.
import { chatShell, expose, kindFromQuery, sent, simpleComposer, type ComposerHandle } from './common';

type Id = 'alex' | 'sam';
const conversations: Record<Id, { name: string; history: string[]; mine: string[]; draft: string }> = {
  alex: { name: 'Alex', history: ['Did you book the table?'], mine: [], draft: '' },
  sam: { name: 'Sam', history: ['Movie tonight?'], mine: [], draft: '' },
};
const kind = kindFromQuery('contenteditable');
let current: Id = 'alex';
let composer: (ComposerHandle & { element: HTMLElement }) | null = null;
let main: HTMLElement | null = null;
let recreations = 0;

const idFromUrl = (): Id => (new URLSearchParams(location.search).get('c') === 'sam' ? 'sam' : 'alex');

function setDraft(el: HTMLElement, text: string) {
  if (el instanceof HTMLTextAreaElement) el.value = text;
  else el.textContent = text;
}

function makeComposer(slot: HTMLElement, list: HTMLUListElement) {
  const c = simpleComposer(kind, { onSend: () => send(list) });
  c.element.dataset.generation = String(++recreations);
  setDraft(c.element, conversations[current].draft);
  slot.replaceChildren(c.element);
  composer = c;
}

function send(list: HTMLUListElement) {
  const text = composer?.model().trim();
  if (!composer || !text) return;
  sent.push(text);
  conversations[current].mine.push(text);
  const li = document.createElement('li');
  li.textContent = text;
  list.append(li);
  composer.clear();
}

function render() {
  if (composer) conversations[current].draft = composer.model();
  main?.remove();
  current = idFromUrl();
  const conv = conversations[current];
  const shell = chatShell(conv.name, document.body, conv.history);
  for (const text of conv.mine) {
    const li = document.createElement('li');
    li.textContent = text;
    shell.list.append(li);
  }
  const nav = document.createElement('nav');
  for (const id of Object.keys(conversations) as Id[]) {
    const a = document.createElement('a');
    a.href = `?c=${id}${kind === 'textarea' ? '&kind=textarea' : ''}`;
    a.textContent = conversations[id].name;
    if (id === current) a.setAttribute('aria-current', 'page');
    a.addEventListener('click', (e) => {
      e.preventDefault();
      if (id === current) return;
      history.pushState({ c: id }, '', a.href);
      render();
    });
    nav.append(a);
  }
  const again = document.createElement('button');
  again.type = 'button';
  again.textContent = 'Re-create composer';
  again.addEventListener('click', () => {
    if (composer) conversations[current].draft = composer.model();
    makeComposer(shell.slot, shell.list);
  });
  nav.append(again);
  shell.header.append(nav);
  shell.button.addEventListener('mousedown', (e) => e.preventDefault());
  shell.button.addEventListener('click', () => {
    send(shell.list);
    composer?.el()?.focus();
  });
  main = shell.main;
  makeComposer(shell.slot, shell.list);
}

window.addEventListener('popstate', render);
render();
expose(() => (composer ? [composer] : []));
(window as unknown as { __conversation: () => Id }).__conversation = () => current;
