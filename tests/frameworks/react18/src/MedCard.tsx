// docs/frameworks.md, "React 18": React 18 passes a custom element's props as attributes and
// does not listen for its events, so this thin wrapper sets `data` as the property and adds the
// listeners through a ref.
import { useEffect, useRef } from "react";
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { MedCardAttributes, MedCardElement, MedCardEventMap, MedicationCard } from "medcard";

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      // Attributes only (not medcard/react, which types React 19's props and events).
      "med-card": DetailedHTMLProps<HTMLAttributes<MedCardElement>, MedCardElement> & MedCardAttributes;
    }
  }
}

export interface MedCardProps extends MedCardAttributes {
  data: MedicationCard | string;
  onReady?: (event: MedCardEventMap["medcard-ready"]) => void;
  onError?: (event: MedCardEventMap["medcard-error"]) => void;
  onToggle?: (event: MedCardEventMap["medcard-toggle"]) => void;
}

export function MedCard({ data, onReady, onError, onToggle, ...attributes }: MedCardProps) {
  const ref = useRef<MedCardElement>(null);

  useEffect(() => {
    if (ref.current) ref.current.data = data;
  }, [data]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const listeners = [
      ["medcard-ready", onReady],
      ["medcard-error", onError],
      ["medcard-toggle", onToggle],
    ] as const;
    for (const [name, listener] of listeners) if (listener) element.addEventListener(name, listener as EventListener);
    return () => {
      for (const [name, listener] of listeners) if (listener) element.removeEventListener(name, listener as EventListener);
    };
  }, [onReady, onError, onToggle]);

  return <med-card ref={ref} {...attributes} />;
}
