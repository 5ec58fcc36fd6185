import { createApp } from "vue";
import "medcard/define";
import App from "./App.vue";

createApp(App).mount("#app");
