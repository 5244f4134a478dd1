// A Vue 3 site built from the packed tarballs (test/node/packaging.test.ts): vue-tsc checks the
// templates against the generated GlobalComponents, Vite builds it with @vitejs/plugin-vue.
import type {} from '@pearl-charts/components/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
