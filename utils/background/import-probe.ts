/**
 * Timing probes for `npm run bench -- import`: when the bench has put an array at
 * `globalThis.__attuneImportProbe` in the service worker, each import step records
 * [step, start, end] (epoch ms, sub-millisecond) there, so the bench can tell which step a stall
 * of the worker's thread fell in. Without that array (always, outside the bench) it costs one
 * property read per step.
 *
 *   const t = probeStart();  …the step (awaits included)…  probeEnd('bulkAdd', t);
 *
 * No wrapper function: inside a Dexie transaction an extra native async layer between two
 * requests lets the transaction commit early.
 */
export type ProbeRecord = [step: string, start: number, end: number];

const sink = () => (globalThis as { __attuneImportProbe?: ProbeRecord[] }).__attuneImportProbe;
const clock = () => performance.timeOrigin + performance.now();

/** The start of a step (0 when nobody listens). */
export function probeStart(): number {
  return sink() ? clock() : 0;
}

/** The end of a step begun at `start`. */
export function probeEnd(step: string, start: number): void {
  if (start) sink()?.push([step, start, clock()]);
}
