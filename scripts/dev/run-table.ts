import { analyze, labelsOf } from '../../utils/analysis';
const mod = await import(process.argv[2]!);
for (const [name, want] of Object.entries(JSON.parse(process.argv[3]!))) {
  for (const [t, p] of mod[name] ?? []) {
    const f = analyze(t, p ? { partnerMessage: p } : undefined);
    const got = labelsOf(f).includes('rushed-fix');
    if (got !== want) console.log(`${name} want=${want}: ${t}  [${p}]  ${f.map((x: any) => x.reason + ':' + x.phrase).join(' ')}`);
  }
}
