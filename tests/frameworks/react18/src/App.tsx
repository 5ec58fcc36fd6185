import { useState } from "react";
import type { MedicationCard, MedCardToggleDetail } from "medcard";
import gabapentin from "../../../../www/examples/gabapentin.json";
import { MedCard } from "./MedCard";

const card = gabapentin as MedicationCard;

export function App() {
  const [ready, setReady] = useState("");
  const [toggled, setToggled] = useState<MedCardToggleDetail | null>(null);
  return (
    <main>
      <h1>medcard in React 18</h1>
      <MedCard
        data={card}
        layout="compact"
        heading-level={2}
        onReady={(event) => setReady(event.detail.name)}
        onToggle={(event) => setToggled(event.detail)}
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
  <MedCard data={card} layout="tiny" />,
  // @ts-expect-error data is a card, not a number
  <MedCard data={42} />,
  // @ts-expect-error the ready event's detail has a name, not a section
  <MedCard data={card} onReady={(event) => event.detail.section} />,
];
