/**
 * The one typed accessor for Attune's messages (`public/_locales/en/messages.json`, the WebExtension
 * i18n format the browser also reads). The JSON is imported rather than read through
 * `browser.i18n.getMessage`, so pure code (analysis, insights) and Node scripts and tests get the
 * same words without any browser API. English is the only locale for now.
 */
import messages from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** The message for `key`, with `$1`, `$2`, … filled in as `browser.i18n.getMessage` does. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  return messages[key].message.replace(/\$(\d)/g, (m, i: string) => (subs[Number(i) - 1] !== undefined ? String(subs[Number(i) - 1]) : m));
}
