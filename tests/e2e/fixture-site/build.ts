/**
 * Builds the end-to-end fixture site into tests/e2e/fixture-site/dist/ (gitignored):
 * every src/*.ts except common.ts is a page entry bundled by esbuild (shared code split into
 * dist/chunks/), and pages/*.html + pages/style.css are copied as they are.
 *
 *   npx tsx tests/e2e/fixture-site/build.ts           # skips when dist/ is newer than the sources
 *   npx tsx tests/e2e/fixture-site/build.ts --force
 *
 * Concurrent callers (several test files starting servers) are serialised with a lock directory;
 * the new site is built into a temporary directory and swapped in, so a server never sees a
 * half-written dist/.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

export const SITE_DIR = import.meta.dirname;
export const DIST_DIR = path.join(SITE_DIR, 'dist');
const SRC_DIR = path.join(SITE_DIR, 'src');
const PAGES_DIR = path.join(SITE_DIR, 'pages');
const STAMP = path.join(DIST_DIR, '.built');
const LOCK = path.join(SITE_DIR, '.build.lock');
const ROOT = path.resolve(SITE_DIR, '../../..');

function newestInput(): number {
  let newest = statSync(path.join(SITE_DIR, 'build.ts')).mtimeMs;
  for (const dir of [SRC_DIR, PAGES_DIR]) {
    for (const f of readdirSync(dir)) newest = Math.max(newest, statSync(path.join(dir, f)).mtimeMs);
  }
  // Editor package upgrades change the lockfile.
  const lock = path.join(ROOT, 'package-lock.json');
  if (existsSync(lock)) newest = Math.max(newest, statSync(lock).mtimeMs);
  return newest;
}

export function isFresh(): boolean {
  return existsSync(STAMP) && statSync(STAMP).mtimeMs >= newestInput();
}

async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than two minutes belongs to a crashed build.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 120_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`fixture-site build: timed out waiting for ${LOCK}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface BuildResult {
  skipped: boolean;
  ms: number;
  pages: string[];
}

export async function buildFixtureSite(options: { force?: boolean } = {}): Promise<BuildResult> {
  const start = Date.now();
  const pages = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html'));
  if (!options.force && isFresh()) return { skipped: true, ms: Date.now() - start, pages };
  return withLock(async () => {
    if (!options.force && isFresh()) return { skipped: true, ms: Date.now() - start, pages };
    const tmp = `${DIST_DIR}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    const entryPoints = readdirSync(SRC_DIR)
      .filter((f) => f.endsWith('.ts') && f !== 'common.ts')
      .map((f) => path.join(SRC_DIR, f));
    await build({
      entryPoints,
      outdir: tmp,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'chrome120',
      chunkNames: 'chunks/[name]-[hash]',
      sourcemap: 'linked',
      minify: false,
      legalComments: 'none',
      logLevel: 'warning',
      define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
      // Don't read the repo's tsconfig (it extends .wxt/, which exists only after `wxt prepare`).
      tsconfigRaw: { compilerOptions: { target: 'ES2022', useDefineForClassFields: true } },
    });
    for (const f of readdirSync(PAGES_DIR)) copyFileSync(path.join(PAGES_DIR, f), path.join(tmp, f));
    writeFileSync(path.join(tmp, '.built'), new Date().toISOString() + '\n');
    const old = `${DIST_DIR}.old-${process.pid}`;
    if (existsSync(DIST_DIR)) renameSync(DIST_DIR, old);
    renameSync(tmp, DIST_DIR);
    rmSync(old, { recursive: true, force: true });
    return { skipped: false, ms: Date.now() - start, pages };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildFixtureSite({ force: process.argv.includes('--force') }).then(
    (r) => console.log(r.skipped ? `fixture site up to date (${DIST_DIR})` : `fixture site built in ${r.ms} ms: ${r.pages.length} pages in ${DIST_DIR}`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
