/**
 * The partner's message for this page's analysis: the one the page itself offers (the practice
 * page's partner box), or the one the user selected and handed over ("Reflect with Attune").
 * The selected one lives in memory only, until the next send or location change.
 */

/** The longest selected partner message kept (characters); the same cap as the popup's Reflect. */
export const PARTNER_MESSAGE_MAX = 2000;

export class PartnerMessage {
  private selected: string | null = null;

  constructor(private provided?: () => string | undefined) {}

  /** What goes with the next analysis as context.partnerMessage. */
  current(): string | undefined {
    return this.provided?.() || this.selected || undefined;
  }

  /** The user handed a message over; returns whether it was taken (blank ones are not). */
  select(text: string): boolean {
    this.selected = String(text).trim().slice(0, PARTNER_MESSAGE_MAX) || null;
    return this.selected !== null;
  }

  clear() {
    this.selected = null;
  }

  /** The selected message at a send gesture, for servedBy() once the send is confirmed. */
  snapshot(): string | null {
    return this.selected;
  }

  /** The reply went out: the message has served its draft, unless a new one was selected since. */
  servedBy(snapshot: string | null) {
    if (this.selected === snapshot) this.selected = null;
  }
}
