/**
 * Config: the user's settings and not-a-pattern list, read on the first focus in a composer
 * (never at page load) and watched from then on; and whether Attune is on for this site now.
 */
import type { Settings } from '../storage/settings-shape';
import type { AnalysisRequest } from './analysis-protocol';
import type { AttuneDeps, Guard } from './types';

export interface ConfigEnv {
  deps: Pick<AttuneDeps, 'host' | 'warm' | 'getSettings' | 'watchSettings' | 'getNotAPattern' | 'watchNotAPattern'>;
  now(): number;
  guard: Guard;
  /** New settings arrived (the first read, then every change). */
  onSettings(s: Settings): void;
  /** The not-a-pattern list changed (not on the first read). */
  onNotAPattern(): void;
  /** Settings are read and watched (the popup's handlers register here). */
  onReady(): void;
}

export class Config {
  settings: Settings | null = null;
  notAPattern: string[] = [];
  private started: Promise<void> | null = null;
  private unwatch: (() => void)[] = [];

  constructor(private env: ConfigEnv) {}

  /** Read and watch settings, once; warms the background's analysis host on the way. */
  init(): Promise<void> {
    const { deps, guard } = this.env;
    this.started ??= (async () => {
      deps.warm?.();
      const [s, list] = await Promise.all([deps.getSettings(), deps.getNotAPattern().catch(() => [])]);
      this.notAPattern = list;
      this.apply(s);
      this.unwatch.push(deps.watchSettings(guard((next: Settings) => this.apply(next))));
      this.unwatch.push(
        deps.watchNotAPattern(
          guard((values: string[]) => {
            this.notAPattern = values;
            this.env.onNotAPattern();
          }),
        ),
      );
      this.env.onReady();
    })();
    return this.started;
  }

  private apply(s: Settings) {
    this.settings = s;
    this.env.onSettings(s);
  }

  /** Enabled, not snoozed (everywhere or here), and this site not switched off. */
  isOn(): boolean {
    const s = this.settings;
    if (!s || !s.enabled) return false;
    const t = this.env.now();
    const host = this.env.deps.host;
    if (s.snoozeAllUntil > t) return false;
    if ((s.snoozedSites[host] ?? 0) > t) return false;
    if (s.disabledBuiltinSites.includes(host)) return false;
    return true;
  }

  /** Marked "not a pattern" in the hint: skipped from the next analysis on, before the store echoes it. */
  addNotAPattern(value: string) {
    this.notAPattern = [...this.notAPattern, value];
  }

  /** The request fields the settings decide (call only once settings are read). */
  analysisOptions(): Pick<AnalysisRequest, 'options' | 'crisisLine'> {
    const s = this.settings!;
    return {
      options: { notAPattern: this.notAPattern, categories: s.categories, sensitivity: s.sensitivity },
      crisisLine: s.crisisLine,
    };
  }

  stop() {
    for (const u of this.unwatch.splice(0)) {
      try {
        u();
      } catch {
        /* the extension context may already be gone */
      }
    }
  }
}
