import { createApp } from 'vue';
import { createPinia } from 'pinia';
import '@/components/theme.css';
import '@/components/options/options.css';
import App from './App.vue';

createApp(App).use(createPinia()).mount('#app');
