import { load, render, validate, type MedicationCard } from "medcard";

const card: MedicationCard = { schemaVersion: 1, medication: { name: "Paracetamol" } };

const handle = await render(document.getElementById("card")!, card, { headingLevel: 3 });
await handle.update({ ...card, summary: "Pain relief." });
handle.destroy();

await load(); // the checking WebAssembly (a page that only shows cards never needs it)
const problems = validate('{ "schemaVersion": 1, "medication": {} }');
// [{ severity: "error", path: "medication.name", message: "is required but missing" }]
