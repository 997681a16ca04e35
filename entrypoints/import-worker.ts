/**
 * The options page's import worker (built to /import-worker.js; the page starts it with
 * `new Worker(runtime.getURL('/import-worker.js'))`): reads, parses and checks the whole file
 * off the page's main thread (a 50 MB JSON.parse alone blocks for a second or more), keeps the
 * result, and hands it out slice by slice — small messages, so the page never clones the whole
 * file back. Thin wiring for utils/storage/import-slices.ts.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ImportParser, type WorkerReply, type WorkerRequest } from '../utils/storage/import-slices';

export default defineUnlistedScript(() => {
  const parser = new ImportParser();
  const scope = self as unknown as { postMessage(m: WorkerReply): void; onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null };
  scope.onmessage = async (event) => {
    const request = event.data;
    try {
      if (request.type === 'parse') {
        scope.postMessage({ type: 'progress', phase: 'reading' });
        const text = await request.file.text();
        scope.postMessage({ type: 'progress', phase: 'checking' });
        scope.postMessage({ type: 'parsed', outcome: parser.parse(text) });
      } else {
        scope.postMessage({ type: 'slice', index: request.index, slice: parser.slice(request.index) });
      }
    } catch (error) {
      scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
});
