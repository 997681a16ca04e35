/**
 * `npm run bench:rephrase`: median and p95 of rephrase() on 280-character flagged drafts (findings
 * computed once beforehand, as the hint does), in one process. "cold" forgets the re-analysis
 * cache before every run (a draft never seen before); "warm" is the same draft rephrased again
 * after a typing pause, which is what the hint does most of the time.
 */
import { analyze } from '../utils/analysis/analyze';
import { rephrase, resetRephraseCache } from '../utils/analysis/rephrase';

const DRAFTS = [
  "I know work has been a lot lately and I get it. You should just talk to your boss about the deadline tomorrow. Honestly it's not a big deal, everyone misses one sometimes. Anyway I'll pick up dinner on the way home, do you want thai or pizza tonight? Let me know what you think, ok? Love you",
  "ok so i saw your message. you never listen to me when i talk about my sister and it's getting old. i told you twice about the party on saturday. whatever, we can talk later i guess. i'm heading to the gym now and then to the store after that, need anything from there?? text me back when you can",
  "Hey, I got your message about the car. Why don't you just sell it and get something cheaper? My cousin did that last year and it worked out fine for him. Also you make me feel stupid when you ignore my calls. Anyway, see you at seven for dinner at your mom's place, I'll bring the wine and dessert",
];

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.floor(s.length * 0.95)]! };
}

const all: Record<'cold' | 'warm', number[]> = { cold: [], warm: [] };
for (const raw of DRAFTS) {
  const draft = raw.slice(0, 280);
  const findings = analyze(draft);
  for (let i = 0; i < 10; i++) rephrase(draft, findings); // JIT warm-up
  for (const mode of ['cold', 'warm'] as const) {
    const times: number[] = [];
    for (let i = 0; i < 60; i++) {
      if (mode === 'cold') resetRephraseCache();
      const t0 = performance.now();
      rephrase(draft, findings);
      times.push(performance.now() - t0);
    }
    all[mode].push(...times);
    const { median, p95 } = stats(times);
    console.log(`${mode}  ${draft.length} chars, ${findings.filter((f) => f.category !== 'reflective').length} barrier findings: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms`);
  }
}
for (const mode of ['cold', 'warm'] as const) {
  const { median, p95 } = stats(all[mode]);
  console.log(`rephrase 280-char draft (${mode}, all drafts): median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms   target: median ≤ 10 ms`);
}
