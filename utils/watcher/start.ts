/**
 * startAttune(lifetime, deps): the whole in-page feature for one frame, as wiring between the
 * parts in this folder (README.md there). The content script calls it (entrypoints/content);
 * the practice page, where content scripts do not run, calls the same function with
 * `defaultDeps({ host: 'practice' })` (deps.ts).
 *
 * What runs when (and which part does it):
 *
 *   page load ─▶ 5 capture listeners on window (focusin/out, input, keydown, composition*, pointerdown)
 *                nothing else: no settings read, no hint mounted, no analysis loaded      [start]
 *   focusin in a composer ─▶ its draft session becomes active                         [sessions]
 *                ─▶ (first time) read + watch settings and not-a-pattern list, warm the
 *                   background's analysis host                                          [config]
 *   input ─▶ note time + burst size, poke the pause timer (nothing else on a keystroke)
 *                                                                  [sessions, draft-analysis]
 *   pause (settings.pauseDelayMs) ─▶ read draft ─▶ background analyze         [draft-analysis]
 *                ─▶ repair word counted [rituals] ─▶ edited-away outcomes [outcomes]
 *                ─▶ hint in a shadow root, following the composer          [hint-controller]
 *   compositionstart ─▶ hint hidden, no analysis;  compositionend ─▶ pause timer     [start]
 *   Use / Alt+Shift+Enter ─▶ adapter.replace(range) ─▶ logPattern(used) + logTrust(reflection)
 *                                                      [hint-controller keys, hint-actions, outcomes]
 *   Dismiss / Esc ─▶ hidden until the text changes ─▶ logPattern(dismissed)  [hint-actions, outcomes]
 *   Enter or a click, then the composer empties ─▶ logPattern(sent-anyway) for unanswered hints
 *                                                                   [send-detection, outcomes]
 *   location change (SPA) ─▶ every draft session, heat and the hint reset               [start]
 *   "Reflect with Attune" on a selected message ─▶ the partner's last message for this page's
 *                analysis, in memory only, until the next send or location change [partner-message]
 *   the popup asks for the draft, or to write into it                                [popup-api]
 *
 * Events enter only here (the listeners below, the partner-message callback) and through the
 * hint's actions (hint-actions.ts). Every handler runs inside guard(): Attune's own errors go to
 * the console, never to the page.
 */
import { detectComposer } from '../composer';
import { Config } from './config';
import { DraftAnalysis } from './draft-analysis';
import { createHintActions } from './hint-actions';
import { HintController } from './hint-controller';
import { Outcomes } from './outcomes';
import { PartnerMessage } from './partner-message';
import { createPopupApi } from './popup-api';
import { Rituals } from './rituals';
import { SendDetection } from './send-detection';
import { Sessions, barriersOf } from './sessions';
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
  const isStopped = () => stopped;
  let lastHref = location.href;

  const sessions = new Sessions();
  const partner = new PartnerMessage(deps.partnerMessage);
  const sendDetection = new SendDetection(guard);
  const popupApi = createPopupApi(deps.host, () => sessions.lastActive);
  const config: Config = new Config({
    deps, now, guard,
    onSettings(s) {
      analysis.delayMs = s.pauseDelayMs;
      if (!config.isOn()) hint.hide();
      else analysis.forceReanalyse();
    },
    onNotAPattern: () => analysis.forceReanalyse(),
    onReady: () => void (deps.registerPopupHandlers && unwatch.push(deps.registerPopupHandlers(popupApi))),
  });
  const repairWord = () => config.settings?.repairRitual.word ?? '';
  const outcomes = new Outcomes({ host: deps.host, now, send: deps.send, report, storeSnippets: () => !!config.settings?.storeSnippets });
  const hint: HintController = new HintController({
    createHintHost: () => deps.createHintHost(),
    mountHint: (host, a) => deps.mountHint(host, a),
    actions: () => actions,
    guard, stopped: isStopped,
    active: () => sessions.active,
    focused: () => sessions.focused,
    composing: () => sessions.composing,
    look: () => ({ theme: config.settings?.theme ?? 'system', repairWord: repairWord() }),
    onShown: (s, barriers) => rituals.noteFindings(outcomes.shown(s, barriers)),
  });
  const rituals = new Rituals({ hint, deposit: (kind, note) => outcomes.deposit(kind, note), repairWord, now, guard });
  const analysis = new DraftAnalysis({
    analyze: (req) => deps.analyze(req),
    sessions, config, guard, stopped: isStopped,
    partnerMessage: () => partner.current(),
    changed: (s, text) => rituals.noticeRepair(s, text),
    analysed: (s) => outcomes.analysed(s, barriersOf(s.findings)),
    show: (s) => hint.render(s),
    hide: (s) => (s ? hint.hideFor(s) : hint.hide()),
  });
  const actions = createHintActions({ sessions, hint, outcomes, rituals, config, analysis, guard });

  function checkLocation() {
    if (location.href === lastHref) return;
    lastHref = location.href;
    const was = sessions.reset();
    if (was) outcomes.forget(was);
    rituals.reset();
    partner.clear();
    analysis.cancel();
    hint.hide();
  }
  function sendGesture() {
    const s = sessions.active;
    if (!s) return;
    const partnerAtGesture = partner.snapshot();
    sendDetection.gesture(s.adapter, () => {
      partner.servedBy(partnerAtGesture);
      outcomes.sent(s);
      Sessions.sent(s);
      hint.hideFor(s);
    });
  }

  // ── the five capture listeners (the only per-keystroke code) ──────────
  const on = <K extends keyof WindowEventMap>(type: K, fn: (e: WindowEventMap[K]) => void) =>
    window.addEventListener(type, fn, { capture: true, signal });
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
    if (previous && previous !== s) hint.hide();
    void config.init().then(() => {
      if (sessions.active === s && s.adapter.read().trim()) analysis.poke();
    }, report);
  }));
  on('focusout', guard((e: FocusEvent) => {
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
    if ((e as InputEvent).isComposing || sessions.composing) return;
    analysis.poke();
  });
  on('compositionstart', guard((e: Event) => {
    if (!sessions.isActiveTarget(e.target)) return;
    sessions.composing = true;
    analysis.cancel();
    hint.hide();
  }));
  on('compositionend', guard((e: Event) => {
    if (!sessions.isActiveTarget(e.target)) return;
    sessions.composing = false;
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
    analysis.cancel();
    rituals.stop();
    config.stop();
    for (const u of unwatch) {
      try {
        u();
      } catch {
        /* the extension context may already be gone */
      }
    }
    hint.stop();
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
