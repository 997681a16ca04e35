/** npx tsx scripts/dev/probe.ts 'context|||draft' ... : prints the offer for each pair (for reading). */
import { analyze } from '../../utils/analysis';
import { rephrase } from '../../utils/analysis/rephrase';

for (const arg of process.argv.slice(2)) {
  const [context, text] = arg.includes('|||') ? (arg.split('|||') as [string, string]) : ['', arg];
  const ctx = context ? { partnerMessage: context } : undefined;
  const findings = analyze(text, ctx);
  const r = rephrase(text, findings, ctx);
  console.log(`ctx:   ${context || '-'}\ndraft: ${text}\nfind:  ${findings.map((f) => `${f.category}/${f.reason}`).join(' ')}`);
  for (const o of r) console.log(`  ${o.kind} [${o.move}]: ${text.slice(0, o.start) + o.text + text.slice(o.end)}`);
  console.log();
}
