/**
 * startAttune(lifetime, deps): the whole in-page feature for one frame. The content script calls
 * it (entrypoints/content); the practice page, where content scripts do not run, calls it with
 * `defaultDeps({ host: 'practice' })` (deps.ts). It is wiring: the parts (parts.ts; what runs
 * when, and which part does it: README.md in this folder) get their events here, from the
 * capture listeners and the partner-message callback; the hint's buttons enter through
 * hint-actions.ts. Every handler runs inside guard(): Attune's own errors go to the console,
 * never to the page.
 */
import { detectComposer } from '../composer';
import { assembleParts } from './parts';
import { makeGuard, type AttuneController, type AttuneDeps, type AttuneLifetime } from './types';

export { ACCEPT_SHORTCUT, type AttuneDeps, type AttuneLifetime, type AttuneController, type PopupApi } from './types';
export { PARTNER_MESSAGE_MAX } from './partner-message';

export function startAttune(lifetime: AttuneLifetime, deps: AttuneDeps): AttuneController {
  const { signal } = lifetime;
  const now = deps.now ?? (() => Date.now());
  let stopped = false;
  const report = (error: unknown) => {
    if (stopped || signal.aborted) return;
    if (String(error).includes('Extension context invalidated')) return stop();
    console.error('[Attune]', error);
  };
  const guard = makeGuard(report);
  const unwatch: (() => void)[] = [];
  const stoppedNow = () => stopped;
  const parts = assembleParts(deps, { now, guard, report, stopped: stoppedNow, onReady: (off) => unwatch.push(off) });
  const { sessions, partner, sendDetection, config, hint, analysis } = parts;
  let lastHref = location.href;

  function checkLocation() {
    if (location.href === lastHref) return;
    lastHref = location.href;
    parts.newConversation();
  }
  function sendGesture() {
    const s = sessions.active;
    if (!s) return;
    const partnerAtGesture = partner.snapshot();
    // The draft as it goes out: whether its flagged words were still in it decides the outcome.
    const draft = { text: s.adapter.read(), at: now() };
    sendDetection.gesture(s.adapter, () => parts.draftSent(s, partnerAtGesture, draft));
  }

  // ── the capture listeners (the only per-keystroke code) ──────────
  // Each ignores events the page made up (deps.isUserEvent): only the user's own typing, keys
  // and clicks analyse, act on the hint or write (issue 15).
  // compositionend is the one exception: it writes nothing (it ends composing and analyses the
  // text already in the box, as a typing pause would), and DevTools' Input.insertText, which the
  // IME e2e test commits with, dispatches it untrusted.
  const isUserEvent = deps.isUserEvent ?? (() => true);
  const on = <K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void) =>
    window.addEventListener(type, (e) => (type === 'compositionend' || isUserEvent(e)) && fn(e), { capture: true, signal });
  on('focusin', guard((e: FocusEvent) => {
    if (hint.isOurUi(e.target)) return;
    checkLocation();
    const d = detectComposer(e.composedPath());
    if (!d.ok) {
      if (sessions.active && !sessions.isActiveTarget(e.target)) {
        sessions.focused = false;
        analysis.cancel();
        hint.hide();
      }
      return;
    }
    const previous = sessions.active;
    const s = sessions.focus(d.el, d.kind, now());
    // Every focus: the background worker may have stopped since the last one (a no-op while it runs).
    deps.warm?.();
    if (previous && previous !== s) hint.hide();
    void config.init().then(() => {
      if (sessions.active === s && s.adapter.read().trim()) analysis.poke();
    }, report);
  }));
  on('focusout', guard((e: FocusEvent) => {
    if (sessions.active && hint.isOurUi(e.target)) {
      // Focus leaving the hint: back to the composer (or between its buttons) keeps it.
      if (sessions.isActiveTarget(e.relatedTarget) || hint.isOurUi(e.relatedTarget)) return;
      hint.focusLeft();
      sessions.focused = false;
      analysis.cancel();
      setTimeout(guard(() => !sessions.focused && hint.hide()), 200);
      return;
    }
    if (!sessions.isActiveTarget(e.target)) return;
    // Focus moving into the hint (keyboard users) keeps it; anywhere else: nothing while unfocused.
    if (hint.isOurUi(e.relatedTarget)) return;
    // A retargeted focusout inside a shadow host whose composer still has focus is not a blur.
    const el = sessions.active!.adapter.el;
    if ((el.getRootNode() as Document | ShadowRoot).activeElement === el && sessions.isActiveTarget(e.relatedTarget)) return;
    sessions.focused = false;
    analysis.cancel();
    setTimeout(guard(() => !sessions.focused && hint.hide()), 200);
  }));
  on('input', (e: Event) => {
    const s = sessions.active;
    if (!s || !sessions.isActiveTarget(e.target)) return;
    s.typing.noteInput(now(), (e as InputEvent).data?.length || 1);
    if ((e as InputEvent).inputType?.startsWith('delete')) guard(() => parts.rituals.noteDeleted(s, () => s.adapter.read()))();
    // The first key after the worker stopped starts it again, while the person is still typing.
    deps.warm?.();
    hint.draftChanged();
    if ((e as InputEvent).isComposing || sessions.composing) return;
    analysis.poke();
  });
  // What the user enters (keys, IME, paste, drop): the repair word counts only when typed (rituals.ts).
  // execCommand, which a page may call, fires no beforeinput.
  on('beforeinput', guard((e: InputEvent) => {
    const s = sessions.active;
    if (s && sessions.isActiveTarget(e.target)) parts.rituals.noteTyped(s, e);
  }));
  on('compositionstart', guard((e: Event) => {
    if (!sessions.isActiveTarget(e.target)) return;
    sessions.composing = true;
    analysis.cancel();
    hint.hide();
  }));
  on('compositionend', guard((e: Event) => {
    if (!sessions.isActiveTarget(e.target)) return;
    sessions.composing = false;
    parts.rituals.compositionEnded(sessions.active!);
    analysis.poke();
  }));
  on('keydown', (e: KeyboardEvent) => {
    if (!sessions.isActiveTarget(e.target)) return;
    if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey && !e.isComposing) return guard(sendGesture)();
    hint.keydown(e);
  });
  on('pointerdown', (e: PointerEvent) => {
    if (!sessions.active || !sessions.focused || hint.isOurUi(e.target) || sessions.isActiveTarget(e.target)) return;
    guard(sendGesture)();
  });
  // Only a real change resets (focusin may already have noticed it and started a new draft).
  lifetime.onLocationChange?.(guard(checkLocation));
  // The page is hidden or closing: a hint still open is written as "no response" (once).
  on('pagehide', guard(() => parts.outcomes.pageHidden()));
  document.addEventListener('visibilitychange', guard((e: Event) => isUserEvent(e) && document.visibilityState === 'hidden' && parts.outcomes.pageHidden()), { signal });


  // "Reflect with Attune": the background hands over a message the user selected on this page.
  if (deps.registerPartnerMessage) {
    try {
      unwatch.push(
        deps.registerPartnerMessage((text) => {
          if (stopped) return false;
          checkLocation(); // a navigation not yet reported must not clear it right after
          const taken = partner.select(text);
          analysis.forceReanalyse();
          return taken;
        }),
      );
    } catch (error) {
      report(error);
    }
  }

  function stop() {
    if (stopped) return;
    stopped = true;
    parts.stop();
    for (const u of unwatch) {
      try {
        u();
      } catch {
        /* the extension context may already be gone */
      }
    }
  }
  signal.addEventListener('abort', stop, { once: true });

  return {
    get hint() {
      return hint.state;
    },
    analyzeNow: () => analysis.run().then(() => {}),
    stop,
  };
}
