/**
 * The hint's styles, injected as a <style> inside its shadow root (content script and practice
 * page alike), so the page's CSS cannot reach the hint and the hint cannot reach the page.
 * Colours are theme.css's palette, copied because :root variables do not cross a shadow root.
 */
export const HINT_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483646; }
.bubble {
  --bg: #ffffff; --bg2: #f3efe9; --border: #d9d2c7; --text: #1f2328; --muted: #535b63;
  --accent: #2f6690; --accent-text: #ffffff; --focus: #1a73e8;
  --rushed-fix: #9a5b00; --assumption: #7a3e9d; --outsourcing: #b0324b; --reflective: #2e7d4f; --safety: #2f6690;
  position: fixed; box-sizing: border-box; max-width: min(380px, calc(100vw - 16px)); min-width: 220px;
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
  color: var(--text); background: var(--bg); border: 1px solid var(--border); border-radius: 10px;
  box-shadow: 0 4px 18px rgba(0,0,0,.14); padding: 10px 12px; pointer-events: auto; overflow-y: auto;
  border-left: 4px solid var(--cat, var(--accent));
  animation: attune-in .16s ease-out;
}
@media (prefers-color-scheme: dark) {
  .bubble:not(.light) {
    --bg: #1f2226; --bg2: #2a2e33; --border: #3d434a; --text: #eceff1; --muted: #b3bac1;
    --accent: #8cc0ea; --accent-text: #0d1b26; --focus: #8ab4f8;
    --rushed-fix: #f2b45a; --assumption: #d0a4ee; --outsourcing: #f59aab; --reflective: #7fd3a0; --safety: #8cc0ea;
    box-shadow: 0 4px 18px rgba(0,0,0,.5);
  }
}
.bubble.dark {
  --bg: #1f2226; --bg2: #2a2e33; --border: #3d434a; --text: #eceff1; --muted: #b3bac1;
  --accent: #8cc0ea; --accent-text: #0d1b26; --focus: #8ab4f8;
  --rushed-fix: #f2b45a; --assumption: #d0a4ee; --outsourcing: #f59aab; --reflective: #7fd3a0; --safety: #8cc0ea;
}
@keyframes attune-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .bubble, .breath { animation: none !important; transition: none !important; } }
.bubble[data-category='rushed-fix'] { --cat: var(--rushed-fix); }
.bubble[data-category='assumption'] { --cat: var(--assumption); }
.bubble[data-category='outsourcing'] { --cat: var(--outsourcing); }
.bubble[data-category='safety'] { --cat: var(--safety); }
.bubble.quiet { min-width: 0; padding: 6px 10px; border-left-width: 1px; font-size: 12px; color: var(--muted); }
.head { display: flex; align-items: baseline; gap: 6px; margin: 0 0 4px; }
.head .next { margin-inline-start: auto; font-size: 12px; }
.brand { font-weight: 600; color: var(--muted); font-size: 11px; letter-spacing: .02em; text-transform: uppercase; }
.cat { font-weight: 600; color: var(--cat, var(--text)); }
.why { margin: 0 0 6px; }
.ask { margin: 0 0 6px; }
.ask .move { display: block; font-size: 11px; color: var(--muted); }
/* Compact: the words and the why stay short; the full sentence is in the composer right beside. */
.quote, .why { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
.more { margin-top: 6px; }
.more .keys { margin: 6px 0 0; }
mark { background: color-mix(in srgb, var(--cat, var(--accent)) 22%, transparent); color: inherit; border-radius: 3px; padding: 0 2px; }
.quote { margin: 0 0 4px; color: var(--muted); }
ul { list-style: none; margin: 6px 0; padding: 0; display: grid; gap: 4px; }
button {
  font: inherit; cursor: pointer; border-radius: 8px; border: 1px solid var(--border); background: var(--bg2);
  color: var(--text); padding: 4px 8px; text-align: start;
}
button:hover { border-color: var(--accent); }
button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.bubble:focus-within { box-shadow: 0 0 0 2px var(--focus), 0 4px 18px rgba(0,0,0,.14); }
button.use { width: 100%; }
.move { display: block; font-size: 11px; color: var(--muted); margin: 1px 0 0 9px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; align-items: center; }
.actions .link { background: none; border-color: transparent; color: var(--accent); padding: 2px 4px; }
.keys { color: var(--muted); font-size: 11px; }
.actions .toggle { margin-inline-start: auto; }
.heat { margin: 6px 0 0; padding: 6px 8px; border-radius: 8px; background: var(--bg2); }
.breath { display: inline-block; width: 10px; height: 10px; border-radius: 50%; background: var(--accent); margin-inline-end: 6px;
  animation: attune-breathe 8s ease-in-out infinite; vertical-align: middle; }
@keyframes attune-breathe { 0%,100% { transform: scale(.6); } 50% { transform: scale(1.4); } }
.underline { position: fixed; height: 2px; background: var(--cat, #9a5b00); opacity: .8; pointer-events: none; border-radius: 1px; }
`;
