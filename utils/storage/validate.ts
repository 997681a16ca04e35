/**
 * Validators for stored records. Each takes an unknown value and a path for messages
 * (`patterns[1532]`), pushes every problem it finds as a plain-language line
 * (`patterns[1532].time: expected a date (number), got "yesterday"`), and returns a clean copy
 * holding only the known fields — or null when anything was wrong.
 *
 * Used by the background on every incoming write message and by import. Strings are kept
 * exactly as given (they are data; the UI renders them as text, never as markup).
 */
import { ALL_CATEGORIES } from '../analysis/types';
import type {
  CheckinEntry,
  NotAPatternEntry,
  Outcome,
  PatternEntry,
  TrustDirection,
  TrustEntry,
  TrustKind,
} from './records';
import { describeValue } from './describe';

export const OUTCOMES: readonly Outcome[] = ['used', 'edited', 'dismissed', 'not-a-pattern', 'sent-anyway', 'shown'];
export const TRUST_DIRECTIONS: readonly TrustDirection[] = ['deposit', 'withdrawal'];
export const TRUST_KINDS: readonly TrustKind[] = [
  'reflection',
  'check-in',
  'gratitude',
  'repair',
  'silent-sync',
  'partner-deposit',
  'dismissal',
  'mockery',
];

/** Latest accepted time: year 2200. Later (or negative) is a broken clock or a broken file. */
const MAX_TIME = 7_258_118_400_000;

type Obj = Record<string, unknown>;

class Checker {
  ok = true;
  constructor(
    private readonly value: Obj,
    private readonly path: string,
    private readonly errors: string[],
  ) {}

  private fail(field: string, expected: string, got: unknown): void {
    this.ok = false;
    this.errors.push(`${this.path}.${field}: expected ${expected}, got ${describeValue(got)}`);
  }

  text(field: string, max: number, opts: { optional?: boolean; nonEmpty?: boolean } = {}): string | undefined {
    const v = this.value[field];
    if (v === undefined && opts.optional) return undefined;
    if (typeof v !== 'string') {
      this.fail(field, `text`, v);
      return undefined;
    }
    if (opts.nonEmpty && v.length === 0) {
      this.fail(field, 'non-empty text', v);
      return undefined;
    }
    if (v.length > max) {
      this.ok = false;
      this.errors.push(`${this.path}.${field}: expected at most ${max} characters, got ${v.length}`);
      return undefined;
    }
    return v;
  }

  time(field = 'time'): number {
    const v = this.value[field];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > MAX_TIME) {
      this.fail(field, 'a date (number)', v);
      return 0;
    }
    return v;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const v = this.value[field];
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      this.fail(field, `one of ${allowed.map((a) => `"${a}"`).join(', ')}`, v);
      return allowed[0];
    }
    return v as T;
  }
}

function checker(value: unknown, path: string, errors: string[]): Checker | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(`${path}: expected an entry (object), got ${describeValue(value)}`);
    return null;
  }
  return new Checker(value as Obj, path, errors);
}

export const MAX_ID_LENGTH = 128;

export function validatePattern(value: unknown, path: string, errors: string[]): PatternEntry | null {
  const c = checker(value, path, errors);
  if (!c) return null;
  const entry: PatternEntry = {
    id: c.text('id', MAX_ID_LENGTH, { nonEmpty: true }) ?? '',
    time: c.time(),
    site: c.text('site', 253) ?? '',
    category: c.oneOf('category', ALL_CATEGORIES),
    reason: c.text('reason', 100) ?? '',
    phrase: c.text('phrase', 200) ?? '',
    outcome: c.oneOf('outcome', OUTCOMES),
  };
  const snippet = c.text('snippet', 2000, { optional: true });
  if (snippet !== undefined) entry.snippet = snippet;
  return c.ok ? entry : null;
}

export function validateTrust(value: unknown, path: string, errors: string[]): TrustEntry | null {
  const c = checker(value, path, errors);
  if (!c) return null;
  const entry: TrustEntry = {
    id: c.text('id', MAX_ID_LENGTH, { nonEmpty: true }) ?? '',
    time: c.time(),
    direction: c.oneOf('direction', TRUST_DIRECTIONS),
    kind: c.oneOf('kind', TRUST_KINDS),
  };
  const note = c.text('note', 2000, { optional: true });
  if (note !== undefined) entry.note = note;
  return c.ok ? entry : null;
}

export function validateCheckin(value: unknown, path: string, errors: string[]): CheckinEntry | null {
  const c = checker(value, path, errors);
  if (!c) return null;
  const entry: CheckinEntry = {
    id: c.text('id', MAX_ID_LENGTH, { nonEmpty: true }) ?? '',
    time: c.time(),
    slot: c.oneOf('slot', ['morning', 'evening'] as const),
    feeling: c.text('feeling', 60) ?? '',
    core: c.text('core', 60) ?? '',
    need: c.text('need', 100) ?? '',
  };
  const note = c.text('note', 2000, { optional: true });
  if (note !== undefined) entry.note = note;
  return c.ok ? entry : null;
}

export function validateNotAPattern(value: unknown, path: string, errors: string[]): NotAPatternEntry | null {
  const c = checker(value, path, errors);
  if (!c) return null;
  const entry: NotAPatternEntry = {
    value: c.text('value', 200, { nonEmpty: true }) ?? '',
    kind: c.oneOf('kind', ['phrase', 'reason'] as const),
    time: c.time(),
  };
  return c.ok ? entry : null;
}

/** Validates one message's payload; throws an Error listing every problem. */
export function requireValid<T>(
  validate: (value: unknown, path: string, errors: string[]) => T | null,
  value: unknown,
  path: string,
): T {
  const errors: string[] = [];
  const clean = validate(value, path, errors);
  if (!clean) throw new Error(`Not saved: ${errors.join('; ')}`);
  return clean;
}
