// A TypeScript app using medcard as an npm user would: the typed API and the typed element.
import { defineMedCard, load, render, validate, type MedicationCard, type Problem, type RenderOptions } from "medcard";
import schema from "medcard/schema.json";
// The npm README's example (src/web/npm/README.md), word for word (tests/e2e/npm-app.test.mjs
// compares them); it renders into #card, updates and destroys the card, before the rest of this
// module runs.
import "./readme-example";

const card: MedicationCard = {
  schemaVersion: 1,
  medication: { name: "Paracetamol", forms: ["tablet"], availability: "general-sale" },
  uses: [{ condition: "Mild to moderate pain", status: "approved" }],
};

// The types bite: each line below is a type error (tsc fails if one is not).
// @ts-expect-error medication.name must be text
const wrongName: MedicationCard = { schemaVersion: 1, medication: { name: 42 } };
// @ts-expect-error "likely" is not a use status
const wrongStatus: MedicationCard = { ...card, uses: [{ condition: "Pain", status: "likely" }] };
// @ts-expect-error schemaVersion is the number 1
const wrongVersion: MedicationCard = { schemaVersion: 2, medication: { name: "Paracetamol" } };
// @ts-expect-error heading levels are 2 to 6
const wrongLevel: RenderOptions = { headingLevel: 7 };

async function main(): Promise<void> {
  await Promise.all([defineMedCard(), load()]);
  const rendered = document.getElementById("rendered");
  const tagged = document.getElementById("tagged");
  if (!rendered || !tagged) throw new Error("page is missing its containers");

  const handle = await render(rendered, card, { headingLevel: 3 });

  // The element from the tag map: `data` is typed, and so are the events' details.
  const element = document.createElement("med-card");
  element.addEventListener("medcard-ready", (event) => {
    const name: string = event.detail.name;
    document.body.dataset.ready = name;
  });
  element.addEventListener("medcard-error", (event) => {
    // @ts-expect-error the error detail has problems, not a name
    void event.detail.name;
  });
  element.setAttribute("heading-level", "4");
  element.data = { schemaVersion: 1, medication: { name: "Ibuprofen" } };
  tagged.append(element);

  const problems: Problem[] = validate(wrongName);
  document.body.dataset.problems = JSON.stringify(problems.map(({ path }) => path));
  document.body.dataset.rendered = JSON.stringify(handle.problems);
  document.body.dataset.schemaTitle = String(schema.title);
  void wrongStatus;
  void wrongVersion;
  void wrongLevel;
}

main().catch((error: unknown) => {
  document.body.dataset.failed = String(error);
});
