/** The fixture site's composer pages (tests/e2e/fixture-site/), one per editor kind. */
export const COMPOSER_PAGES = [
  'textarea',
  'react-textarea',
  'contenteditable',
  'lexical',
  'slate',
  'draftjs',
  'quill',
  'prosemirror',
  'shadow',
  'iframe',
] as const;
export type ComposerPage = (typeof COMPOSER_PAGES)[number];

/** Pages for real-app behaviours (several composers, SPA navigation, RTL, a page that throws). */
export const BEHAVIOUR_PAGES = ['multi', 'spa', 'rtl', 'throws'] as const;
