import { provideZonelessChangeDetection } from "@angular/core";
import { bootstrapApplication } from "@angular/platform-browser";
import { defineMedCard } from "medcard";
import { App } from "./app";

// Angular's builder (esbuild) does not emit files named by `new URL(…, import.meta.url)`, so
// angular.json copies the card's wasm from the package to /medcard/ and this says where it is.
// Called before bootstrapping, so <med-card> is defined when Angular creates it.
defineMedCard({ wasm: new URL("medcard/medcard_wasm_bg.wasm", document.baseURI) }).catch((error: unknown) => {
  document.body.dataset["failed"] = String(error);
});

bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }).catch((error: unknown) => {
  document.body.dataset["failed"] = String(error);
});
