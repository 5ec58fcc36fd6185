// The types bite: each line below is a type error (svelte-check fails if one is not).
import type { SvelteHTMLElements } from "svelte/elements";
import type {} from "medcard/svelte";

type MedCardProps = SvelteHTMLElements["med-card"];

// @ts-expect-error "tiny" is not a layout
export const wrongLayout: MedCardProps = { layout: "tiny" };
// @ts-expect-error data is a card, not a number
export const wrongData: MedCardProps = { data: 42 };
// @ts-expect-error the ready event's detail has a name, not a section
export const wrongListener: MedCardProps = { "onmedcard-ready": (event) => event.detail.section };
