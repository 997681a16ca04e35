// Runs when the bundle starts evaluating, before WXT's ContentScriptContext announces itself:
// this load claims the content script's isolated world (utils/content/started-guard.ts).
// Imported by index.ts right after mark.ts.
import { claimWorld } from '../../utils/content/started-guard';

export const LOAD_TOKEN = claimWorld();
