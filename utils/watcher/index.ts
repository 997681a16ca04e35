/**
 * Draft watching. The entry point is `startAttune(lifetime, deps)` (start.ts), shared by the
 * content script and the practice page; `defaultDeps()` (deps.ts) wires it to the extension.
 */
export { startAttune, ACCEPT_SHORTCUT, type AttuneDeps, type AttuneLifetime, type AttuneController, type PopupApi } from './start';
export { PauseTimer, TypingContext } from './typing';
export { HeatTracker, countRepairWord } from './heat';
