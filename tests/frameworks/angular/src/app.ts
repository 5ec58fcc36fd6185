// docs/frameworks.md, "Angular": CUSTOM_ELEMENTS_SCHEMA lets the template use <med-card>,
// `[data]` binds the property, `(medcard-ready)` and `(medcard-toggle)` listen for the events
// (`$event` is typed from the element's event map, which `medcard` declares).
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from "@angular/core";
import type { MedicationCard, MedCardReadyDetail, MedCardToggleDetail } from "medcard";
import gabapentin from "../../../../www/examples/gabapentin.json";

@Component({
  selector: "app-root",
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>medcard in Angular</h1>
      <med-card
        [data]="card"
        layout="compact"
        heading-level="2"
        (medcard-ready)="onReady($event)"
        (medcard-toggle)="onToggle($event)"
      ></med-card>
      <p id="ready">{{ ready() ? "medcard-ready: " + ready() : "waiting for medcard-ready" }}</p>
      <p id="toggle">
        @if (toggled(); as toggled) {
          medcard-toggle: {{ toggled.section }} {{ toggled.expanded ? "open" : "closed" }}
        } @else {
          no medcard-toggle yet
        }
      </p>
    </main>
  `,
})
export class App {
  protected readonly card = gabapentin as MedicationCard;
  protected readonly ready = signal("");
  protected readonly toggled = signal<MedCardToggleDetail | null>(null);

  protected onReady(event: CustomEvent<MedCardReadyDetail>): void {
    this.ready.set(event.detail.name);
  }

  protected onToggle(event: CustomEvent<MedCardToggleDetail>): void {
    this.toggled.set(event.detail);
  }
}
