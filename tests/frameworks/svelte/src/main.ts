import { mount } from "svelte";
import "medcard/define";
import App from "./App.svelte";

mount(App, { target: document.getElementById("app")! });
