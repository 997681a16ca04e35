import { defineConfig } from 'wxt';
import { BUILTIN_MATCHES, E2E_MATCHES } from './utils/sites';

// See README.md "Permissions" for why each permission is here.
export default defineConfig({
  modules: ['@wxt-dev/module-vue', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can see where every name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Attune',
    description:
      'A gentle pause before a rushed fix or a negative story, with a kinder way to say it. Runs entirely on your device.',
    permissions: ['storage', 'contextMenus', 'alarms', 'scripting'],
    optional_permissions: ['notifications'],
    // Sites the user adds are requested one at a time, when they add them.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    content_security_policy:
      browser === 'firefox'
        ? undefined
        : { extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; form-action 'none'" },
    browser_specific_settings:
      browser === 'firefox'
        ? { gecko: { id: 'attune@attune.example', strict_min_version: '115.0' } }
        : undefined,
    action: { default_title: 'Attune' },
  }),
  hooks: {
    // The e2e build is the release build plus the local fixture site; nothing else differs.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.mode !== 'e2e') return;
      for (const script of manifest.content_scripts ?? []) {
        if (script.matches?.some((m) => BUILTIN_MATCHES.includes(m))) {
          script.matches = [...script.matches, ...E2E_MATCHES];
        }
      }
    },
  },
});
