// docs/frameworks.md, "React 19": no wrapper. `data` is set as the property, `onmedcard-ready`
// and `onmedcard-toggle` listen for the events, typed by `medcard/react`.
import { useState } from "react";
import type { MedicationCard, MedCardToggleDetail } from "medcard";
import type {} from "medcard/react";
import gabapentin from "../../../../www/examples/gabapentin.json";

const card = gabapentin as MedicationCard;

export function App() {
  const [ready, setReady] = useState("");
  const [toggled, setToggled] = useState<MedCardToggleDetail | null>(null);
  return (
    <main>
      <h1>medcard in React 19</h1>
      <med-card
        data={card}
        layout="compact"
        heading-level={2}
        onmedcard-ready={(event) => setReady(event.detail.name)}
        onmedcard-toggle={(event) => setToggled(event.detail)}
      />
      <p id="ready">{ready ? `medcard-ready: ${ready}` : "waiting for medcard-ready"}</p>
      <p id="toggle">
        {toggled ? `medcard-toggle: ${toggled.section} ${toggled.expanded ? "open" : "closed"}` : "no medcard-toggle yet"}
      </p>
    </main>
  );
}

// The types bite: each line below is a type error (tsc fails if one is not).
export const wrong = [
  // @ts-expect-error "tiny" is not a layout
  <med-card layout="tiny" />,
  // @ts-expect-error data is a card, not a number
  <med-card data={42} />,
  // @ts-expect-error the ready event's detail has a name, not a section
  <med-card onmedcard-ready={(event) => event.detail.section} />,
];
