import { defineConfig } from 'wxt';
import { BUILTIN_MATCHES, E2E_MATCHES } from './utils/sites';

const USER_SITE_PATTERNS = ['https://*/*', 'http://*/*'];
// `npm run build:e2e` sets ATTUNE_BUILD=e2e: a production build (same code, same minification)
// written to .output/chrome-mv3-e2e whose content script also matches the local fixture site.
const E2E = process.env.ATTUNE_BUILD === 'e2e';

// See README.md "Permissions" for why each permission is here.
export default defineConfig({
  modules: ['@wxt-dev/module-vue', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can see where every name comes from.
  imports: false,
  outDirTemplate: E2E ? '{{browser}}-mv{{manifestVersion}}-e2e' : undefined,
  manifest: ({ browser }) => ({
    name: 'Attune',
    // public/_locales holds the one vocabulary (utils/i18n); a _locales folder needs a default.
    default_locale: 'en',
    description:
      'A gentle pause before a rushed fix, a story you fill in or feelings you hand over, with a kinder way to say it. Runs entirely on your device.',
    permissions: ['storage', 'contextMenus', 'alarms', 'scripting', 'activeTab'],
    // Sites the user adds are requested one at a time, when they add them (MV2 keeps host
    // permissions in optional_permissions; MV3 has a key of its own).
    optional_permissions: browser === 'firefox' ? ['notifications', ...USER_SITE_PATTERNS] : ['notifications'],
    optional_host_permissions: browser === 'firefox' ? undefined : USER_SITE_PATTERNS,
    content_security_policy:
      browser === 'firefox'
        ? undefined
        : { extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'" },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'attune@attune.example',
              strict_min_version: '140.0',
              // Attune collects nothing: https://mzl.la/firefox-builtin-data-consent
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (desktop: 140).
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
    action: { default_title: 'Attune' },
  }),
  hooks: {
    // The e2e build is the release build plus the local fixture site; nothing else differs.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (!E2E) return;
      for (const script of manifest.content_scripts ?? []) {
        if (script.matches?.some((m) => BUILTIN_MATCHES.includes(m))) {
          script.matches = [...script.matches, ...E2E_MATCHES];
        }
      }
    },
  },
});
