/**
 * `npm test`: everything that proves Attune works, in the order a failure is cheapest to find.
 *
 *   type check (vue-tsc) → release builds (Chrome, Firefox) + zips → web-ext lint (Firefox)
 *   → e2e builds (Chrome, Firefox) → unit & component tests (Vitest)
 *   → end-to-end tests in real Chromium → end-to-end tests in real Firefox (firefox-esr)
 *
 * Each check step counts as one test; Vitest suites count each of their tests. The last line
 * printed is always `N passed, N failed`, and the exit code is non-zero on any failure.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, '.output');
let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status ?? 1;
}

function step(name: string, ok: () => boolean): boolean {
  console.log(`\n▶ ${name}`);
  let good = false;
  try {
    good = ok();
  } catch (error) {
    console.error(error);
  }
  if (good) passed++;
  else {
    failed++;
    failures.push(name);
  }
  console.log(good ? `✔ ${name}` : `✘ ${name}`);
  return good;
}

function vitest(name: string, config: string, args: string[] = []): void {
  console.log(`\n▶ ${name}`);
  const report = path.join(OUT, `${name.replace(/\W+/g, '-')}.json`);
  rmSync(report, { force: true });
  const status = run('npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args]);
  if (!existsSync(report)) {
    failed++;
    failures.push(`${name}: Vitest wrote no report (crashed?)`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults: { name: string; status: string; message?: string; assertionResults: unknown[] }[];
  };
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A file that fails to load has no test results but is a failure all the same.
  for (const file of json.testResults) {
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      failed++;
      failures.push(`${path.relative(ROOT, file.name)} did not load: ${file.message ?? ''}`);
    }
  }
  if (json.numFailedTests) failures.push(`${name}: ${json.numFailedTests} failed`);
  else if (status !== 0) {
    // e.g. "No test files found", an unhandled error between tests, a crashed worker
    failed++;
    failures.push(`${name}: Vitest exited with ${status}`);
  }
}

const started = Date.now();
step('type check (vue-tsc)', () => run('npx', ['vue-tsc', '--noEmit']) === 0);
const built = step('release builds (Chrome MV3, Firefox MV2)', () => run('npm', ['run', '--silent', 'build']) === 0);
step('store zips for Chrome and Firefox', () => {
  if (run('npm', ['run', '--silent', 'zip']) !== 0) return false;
  const zips = readdirSync(OUT).filter((f) => f.endsWith('.zip'));
  console.log(`  zips: ${zips.join(', ')}`);
  return zips.some((f) => f.includes('chrome')) && zips.some((f) => f.includes('firefox'));
});
if (built) {
  step('web-ext lint on the Firefox build reports 0 errors', () => {
    const res = spawnSync(
      'npx',
      ['web-ext', 'lint', '--source-dir', path.join(OUT, 'firefox-mv2'), '--output', 'json', '--self-hosted'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const json = JSON.parse(res.stdout.slice(res.stdout.indexOf('{'))) as {
      summary: { errors: number; warnings: number; notices: number };
      errors: { code: string; message: string; file?: string }[];
      warnings: { code: string; message: string; file?: string }[];
    };
    for (const e of json.errors) console.log(`  error ${e.code}: ${e.message} (${e.file ?? ''})`);
    for (const w of json.warnings) console.log(`  warning ${w.code}: ${w.message} (${w.file ?? ''})`);
    console.log(`  ${json.summary.errors} errors, ${json.summary.warnings} warnings, ${json.summary.notices} notices`);
    return json.summary.errors === 0;
  });
}
const e2eBuilt = step('e2e build (release + localhost matches)', () => run('npm', ['run', '--silent', 'build:e2e']) === 0);
const firefoxE2eBuilt = step('Firefox e2e build (release + localhost matches)', () =>
  run('npm', ['run', '--silent', 'build:e2e:firefox']) === 0,
);
// No Firefox is a failure, never a silent skip: the Firefox specs are part of what `npm test` proves.
const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const haveFirefox = step(`Firefox is installed (${firefoxPath})`, () => {
  if (existsSync(firefoxPath)) return true;
  console.error(`  No Firefox at ${firefoxPath}. Install Debian's firefox-esr (apt-get install -y firefox-esr; .ci/run does) or set FIREFOX_PATH.`);
  return false;
});
vitest('unit and component tests', 'vitest.config.ts');
if (e2eBuilt && built) vitest('end-to-end tests in Chromium', 'vitest.e2e.config.ts', ['--exclude', 'tests/e2e/firefox/**']);
else {
  failed++;
  failures.push('end-to-end tests in Chromium not run: a build failed');
}
if (firefoxE2eBuilt && built && haveFirefox) vitest('end-to-end tests in Firefox', 'vitest.e2e.config.ts', ['tests/e2e/firefox/']);
else {
  failed++;
  failures.push('end-to-end tests in Firefox not run: a build failed or Firefox is missing');
}

console.log(`\nWall time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (failures.length) console.log(`Failures:\n- ${failures.join('\n- ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
