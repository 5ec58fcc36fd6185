// Starts the example app: the wasm's start function mounts it on #app.
import init from "./pkg/medcard_yew_app.js";

init({ module_or_path: new URL("pkg/medcard_yew_app_bg.wasm", import.meta.url) }).catch((error) => {
  console.error("The example app could not start.", error);
});
