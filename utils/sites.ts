/**
 * The messaging apps Attune runs on out of the box (../shared/PRODUCT.md, "Where it runs").
 * Users can switch any of these off, and add their own sites (optional host permissions,
 * registered at run time by the background).
 */
export interface BuiltinSite {
  name: string;
  /** Match patterns for the content script. */
  matches: string[];
}

export const BUILTIN_SITES: readonly BuiltinSite[] = [
  { name: 'WhatsApp Web', matches: ['https://web.whatsapp.com/*'] },
  { name: 'Messenger', matches: ['https://www.messenger.com/*', 'https://www.facebook.com/messages/*'] },
  { name: 'Instagram', matches: ['https://www.instagram.com/*'] },
  { name: 'Telegram Web', matches: ['https://web.telegram.org/*'] },
  { name: 'Slack', matches: ['https://app.slack.com/*'] },
  { name: 'Discord', matches: ['https://discord.com/*'] },
  { name: 'Gmail', matches: ['https://mail.google.com/*'] },
  { name: 'Google Messages', matches: ['https://messages.google.com/*'] },
  { name: 'Microsoft Teams', matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*'] },
  { name: 'LinkedIn', matches: ['https://www.linkedin.com/*'] },
  { name: 'X', matches: ['https://x.com/*', 'https://twitter.com/*'] },
];

export const BUILTIN_MATCHES: string[] = BUILTIN_SITES.flatMap((s) => s.matches);

/** Extra matches of the e2e build only (`npm run build:e2e`): the local fixture site. */
export const E2E_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

/** "https://web.whatsapp.com/*" → "web.whatsapp.com" */
export function hostOfPattern(pattern: string): string {
  return pattern.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, '');
}

export const BUILTIN_HOSTS: string[] = [...new Set(BUILTIN_MATCHES.map(hostOfPattern))];
