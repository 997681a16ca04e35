import { analyze } from './utils/analysis/analyze';
import { rephrase, resetRephraseCache } from './utils/analysis/rephrase';
import * as gate from './utils/analysis/rephrase/gate';
const d = "ok so i saw your message. you never listen to me when i talk about my sister and it's getting old. i told you twice about the party on saturday. whatever, we can talk later i guess. i'm heading to the gym now and then to the store after that, need anything from there?? text me back when you can".slice(0,280);
const f = analyze(d);
for (let i = 0; i < 5; i++) { resetRephraseCache(); rephrase(d, f); }

resetRephraseCache();
const t0 = performance.now(); for (let i = 0; i < 30; i++) { resetRephraseCache(); rephrase(d, f); } console.log("ms", (performance.now() - t0) / 30);
