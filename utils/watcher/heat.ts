/** Heat (several findings within minutes in one conversation) and the repair word. */

export const HEAT_WINDOW_MS = 5 * 60_000;
export const HEAT_FINDINGS = 3;

export class HeatTracker {
  private times: number[] = [];
  note(now: number) {
    this.times.push(now);
  }
  isHot(now: number) {
    this.times = this.times.filter((t) => now - t <= HEAT_WINDOW_MS);
    return this.times.length >= HEAT_FINDINGS;
  }
  reset() {
    this.times = [];
  }
}

/** How many times the repair word appears as a whole word (case-insensitive). */
export function countRepairWord(text: string, word: string): number {
  const w = word.trim();
  if (!w) return 0;
  const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?=$|[^\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(re)].length;
}
