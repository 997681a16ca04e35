/** The popup's own small state: whether the first-run welcome was dismissed, or seen once. */
import { storage } from 'wxt/utils/storage';

export const welcomeDismissedItem = storage.defineItem<boolean>('local:popupWelcomeDismissed', { fallback: false });
/** Set on the first visit: from then on the welcome is one line. */
export const welcomeSeenItem = storage.defineItem<boolean>('local:popupWelcomeSeen', { fallback: false });

export type PopupView = 'checkin' | 'draft' | 'reflect' | 'trust' | 'rituals';
export const POPUP_VIEWS: readonly PopupView[] = ['checkin', 'draft', 'reflect', 'trust', 'rituals'];

/** Test and deep-link overrides from the popup's address: ?view=, ?breath= (ms per breath), ?tab= (see active-tab.ts). */
export function readPopupParams(search: string): { view?: PopupView; breathMs?: number } {
  const params = new URLSearchParams(search);
  const view = params.get('view') as PopupView | null;
  const breath = Number(params.get('breath'));
  return {
    view: view && POPUP_VIEWS.includes(view) ? view : undefined,
    breathMs: Number.isFinite(breath) && breath > 0 ? breath : undefined,
  };
}
