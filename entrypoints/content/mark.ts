// Bench only: marks the moment the content script bundle starts evaluating, so
// scripts/bench-typing.ts can report injection → ready. Imported first by index.ts. Only on the
// local fixture site (which only the e2e build matches), so no messaging app can read a mark.
export const markForBench = location.hostname === '127.0.0.1' || location.hostname === 'localhost';
if (markForBench) performance.mark('attune:injected');
