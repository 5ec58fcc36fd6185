import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
// Registers <med-card> at once, so React 19 finds its `data` property when it sets the props.
import "medcard/define";
import { App } from "./App";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
