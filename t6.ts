import { grammarProblem, contentKept } from './utils/analysis/rephrase/gate';
import { analyze } from './utils/analysis/analyze';
const c = ["i'm telling myself you aren't listening to me when i talk about my sister and it's getting old — what's going on for you?", "Happy to just listen if you'd rather. How would you feel about selling it and getting something cheaper?", "I feel stupid when that happens, and I'd like us to talk about it."];
for (const x of c) grammarProblem(x + ' w');
let t0 = performance.now(); for (let i = 0; i < 30; i++) for (const x of c) grammarProblem(x + i); console.log('grammar per cand', (performance.now() - t0) / 90);
t0 = performance.now(); for (let i = 0; i < 30; i++) for (const x of c) analyze(x + i); console.log('analyze per cand', (performance.now() - t0) / 90);
t0 = performance.now(); for (let i = 0; i < 30; i++) for (const x of c) contentKept(x + ' z' + i, x); console.log('content per cand', (performance.now() - t0) / 90);
