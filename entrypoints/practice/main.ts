import { createApp } from 'vue';
import { createPinia } from 'pinia';
import '../../components/theme.css';
import App from './App.vue';
import { PRACTICE_SCENARIOS } from '../../components/practice/scenarios';
import { startAttune } from '../../utils/watcher';
import { defaultDeps } from '../../utils/watcher/deps';

// The practice page is an extension page, where content scripts do not run: it starts exactly the
// code the content script runs on messaging apps, on its own composer. The partner's message is
// the one the user typed or picked on this page.
let partner: string = PRACTICE_SCENARIOS[0].partner;
const app = createApp(App, { onPartnerChanged: (message: string) => (partner = message) });
app.use(createPinia()).mount('#app');

const lifetime = new AbortController();
addEventListener('pagehide', () => lifetime.abort());
startAttune({ signal: lifetime.signal }, defaultDeps({ host: 'practice', partnerMessage: () => partner }));
