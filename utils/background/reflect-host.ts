/**
 * The popup's Reflect helper, answered here next to the analysis host: reflect() needs
 * compromise, which the background already holds for the analysis, so the popup asks instead of
 * bundling and parsing a second copy (issue 16). The partner's message crosses only from the
 * popup to Attune's own worker, is reflected in memory and dropped.
 */
import { reflect } from '../analysis/reflect';
import type { ReflectResult } from '../analysis/types';
import { onMessage, type ReflectRequest } from '../messaging/protocol';

/** The one message this host answers (the data service answers the rest that go to the background). */
export const REFLECT_MESSAGE = 'reflectMessage' as const;

export function reflectFor(request: ReflectRequest): ReflectResult {
  return reflect(request.text, { crisisLine: request.crisisLine || undefined, locale: request.locale });
}

/** Registers the handler; call in the worker's first turn, as the analysis host does. */
export function startReflectHost(): () => void {
  return onMessage(REFLECT_MESSAGE, (message) => reflectFor(message.data));
}
