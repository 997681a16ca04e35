/**
 * Sending writes to the background so that none is lost when its service worker is stopped.
 *
 * MV3 stops the worker whenever it likes; a message sent while it is stopping or starting
 * fails with "Could not establish connection" or "The message port closed before a response
 * was received" — and in the second case the write may or may not have been committed. Every
 * write carries a stable id made by the sender and the background `put`s by it, so sending it
 * again is always safe: reliableSend() keeps each message in an in-memory queue and retries it
 * with exponential backoff until the background answers, for up to `maxWaitMs`.
 *
 * Errors the background itself returns (a validation error, a full list) are not retried: the
 * promise rejects with them. Neither is "Extension context invalidated" (the extension was
 * updated or reloaded; this content script is an orphan and can no longer reach anything).
 *
 *   queue ──▶ send (≤ concurrency at once) ──ok──▶ resolve
 *                  │ unreachable
 *                  ▼
 *          back to the queue head, whole queue waits 100 ms, 200 ms, … ≤ 5 s
 */
import type { GetDataType, GetReturnType } from '@webext-core/messaging';
import { sendMessage, type ProtocolMap } from './protocol';

type Send = (type: string, data: unknown) => Promise<unknown>;

export interface ReliableSenderOptions {
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Give up on a message this long after its first attempt. */
  maxWaitMs?: number;
  /** Messages in flight at once. */
  concurrency?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const UNREACHABLE = [
  'could not establish connection',
  'receiving end does not exist',
  'message port closed',
  'no response',
  'disconnected port',
  'message channel closed',
  // Dexie errors worth another try: the worker was shutting down mid-transaction.
  'databaseclosederror',
  'aborterror',
  'transaction was aborted',
];

/** True when the error means "the background was not there", not "the background said no". */
export function isUnreachable(error: unknown): boolean {
  const text = (error instanceof Error ? `${error.name} ${error.message}` : String(error)).toLowerCase();
  if (text.includes('extension context invalidated')) return false;
  return UNREACHABLE.some((needle) => text.includes(needle));
}

interface Job {
  type: string;
  data: unknown;
  firstTry: number;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface ReliableSender {
  send<K extends keyof ProtocolMap>(type: K, data: GetDataType<ProtocolMap[K]>): Promise<GetReturnType<ProtocolMap[K]>>;
  /** Messages queued or in flight. */
  pending(): number;
  /** Resolves when the queue is empty (every message delivered or given up). */
  idle(): Promise<void>;
}

export function createReliableSender(send: Send, options: ReliableSenderOptions = {}): ReliableSender {
  const baseDelay = options.baseDelayMs ?? 100;
  const maxDelay = options.maxDelayMs ?? 5_000;
  const maxWait = options.maxWaitMs ?? 120_000;
  const concurrency = options.concurrency ?? 4;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;

  const queue: Job[] = [];
  let inFlight = 0;
  let delay = 0;
  let waiting = false;
  let idleWaiters: (() => void)[] = [];

  const checkIdle = () => {
    if (queue.length === 0 && inFlight === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      waiters.forEach((w) => w());
    }
  };

  const pump = () => {
    while (!waiting && inFlight < concurrency && queue.length) {
      const job = queue.shift()!;
      inFlight++;
      send(job.type, job.data).then(
        (value) => {
          inFlight--;
          delay = 0;
          job.resolve(value);
          pump();
          checkIdle();
        },
        (error) => {
          inFlight--;
          if (isUnreachable(error) && now() - job.firstTry < maxWait) {
            queue.unshift(job);
            backOff();
          } else {
            job.reject(
              isUnreachable(error)
                ? new Error(`Attune could not reach its background to save this (tried for ${Math.round(maxWait / 1000)} s): ${String(error)}`)
                : error,
            );
            pump();
          }
          checkIdle();
        },
      );
    }
  };

  const backOff = () => {
    if (waiting) return;
    waiting = true;
    delay = delay ? Math.min(delay * 2, maxDelay) : baseDelay;
    // ±25% jitter so three tabs do not knock on the waking worker in lockstep.
    const wait = delay * (0.75 + Math.random() * 0.5);
    void sleep(wait).then(() => {
      waiting = false;
      pump();
    });
  };

  return {
    send(type, data) {
      return new Promise((resolve, reject) => {
        queue.push({ type, data, firstTry: now(), resolve: resolve as (v: unknown) => void, reject });
        pump();
      }) as never;
    },
    pending: () => queue.length + inFlight,
    idle: () => (queue.length === 0 && inFlight === 0 ? Promise.resolve() : new Promise((r) => idleWaiters.push(r))),
  };
}

let shared: ReliableSender | null = null;

function defaultSender(): ReliableSender {
  if (!shared) {
    shared = createReliableSender((type, data) =>
      (sendMessage as (t: string, d: unknown) => Promise<unknown>)(type, data),
    );
  }
  return shared;
}

/**
 * Sends a message to the background, retrying while the service worker is unreachable.
 * Use for every write (logPattern, logTrust, saveCheckin, …): they are idempotent by id.
 */
export function reliableSend<K extends keyof ProtocolMap>(
  type: K,
  data: GetDataType<ProtocolMap[K]>,
): Promise<GetReturnType<ProtocolMap[K]>> {
  return defaultSender().send(type, data);
}

/** Messages not yet delivered by reliableSend() in this context. */
export function pendingSends(): number {
  return shared?.pending() ?? 0;
}
