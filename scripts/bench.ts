/**
 * `npm run bench`: every speed and memory figure Attune tracks, printed as tables.
 * Figures, not assertions: these machines are shared and noisy, so targets are read by people
 * (and quoted in issue notes), never enforced by timed tests.
 *
 * Runs each part in its own process so one part's heap and JIT state do not colour the next.
 * `npm run bench -- analysis popup` runs only those parts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const PARTS = [
  { name: 'analysis', script: 'scripts/bench-analysis.ts', needs: null },
  { name: 'rephrase', script: 'scripts/bench-rephrase.ts', needs: null },
  { name: 'data', script: 'scripts/bench-data.ts', needs: null },
  { name: 'typing', script: 'scripts/bench-typing.ts', needs: 'e2e' },
  { name: 'hint', script: 'scripts/bench-hint.ts', needs: 'e2e' },
  { name: 'popup', script: 'scripts/bench-popup.ts', needs: 'e2e' },
  { name: 'options', script: 'scripts/bench-options.ts', needs: 'e2e' },
  { name: 'import', script: 'scripts/bench-import.ts', needs: 'e2e' },
] as const;

const only = process.argv.slice(2);
const parts = PARTS.filter((p) => !only.length || only.includes(p.name));
if (parts.some((p) => p.needs === 'e2e')) {
  console.log('Building the e2e extension for the browser benches…');
  spawnSync('npm', ['run', '--silent', 'build:e2e'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
let failed = 0;
for (const part of parts) {
  if (!existsSync(path.join(ROOT, part.script))) continue;
  console.log(`\n━━ ${part.name} ━━`);
  const res = spawnSync('npx', ['tsx', part.script], { cwd: ROOT, stdio: 'inherit' });
  if (res.status !== 0) {
    failed++;
    console.log(`(the ${part.name} bench exited with ${res.status})`);
  }
}
process.exit(failed ? 1 : 0);
