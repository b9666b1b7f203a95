import type { Rag } from "../../engine/capacity";
import { createElement } from "./dom";

/** The words a pill shows: colour is never the only signal. */
export const RAG_LABELS: Record<Rag, string> = { green: "Green", amber: "Amber", red: "Red" };
/** Bar colours in the chart (3:1 or better against white). */
export const RAG_COLOURS: Record<Rag, string> = { green: "#107c10", amber: "#b35c00", red: "#c50f1f" };

export function createRagPill(rag: Rag): HTMLSpanElement {
  return createElement("span", { class: `sotp-pill sotp-pill-${rag}` }, [RAG_LABELS[rag]]);
}
