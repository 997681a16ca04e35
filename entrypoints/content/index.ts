import { defineContentScript } from 'wxt/utils/define-content-script';
import { BUILTIN_MATCHES } from '../../utils/sites';

export default defineContentScript({
  matches: BUILTIN_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  main() {
    document.documentElement.dataset.attune = 'ready';
  },
});
