import { CellValue, cellText, HeaderMapping, mapHeaders, normaliseKey } from "../parsing";
import type { Policy } from "../policies";
import { CALCULATORS } from "./calculators";

/** A computed band column that could feed a routing field the sheet has no column for (spec 1.9). */
export interface RoutingOffer {
  field: string;
  fieldLabel: string;
  /** 0-based index among the header cells of the computed band column, e.g. `RM2000/s band`. */
  column: number;
  header: string;
}

/**
 * `RM2000/s band` → the calculator named `RM2000/s`: the band columns, by normalised header. Not OGRS3's: routing
 * reads its `OGRS3 2yr %` as a score already, and the band is exactly the band routing gives that score.
 */
const BAND_COLUMNS = new Map(
  CALCULATORS.filter((c) => c.id !== "ogrs3").map((c) => [normaliseKey(c.columns[c.columns.length - 2]), c.name]),
);

/**
 * The routing fields with no column whose accepted headers name a calculator (`RM2000/s`, `OSP/DC`, `OSP/IIC`),
 * when that calculator's band column is in the sheet. The user confirms before routing reads it.
 */
export function findRoutingOffers(headerCells: readonly CellValue[], policy: Policy): RoutingOffer[] {
  const mapping = mapHeaders(headerCells, policy);
  const fed = new Set(mapping.roles.flatMap((role) => (role.kind === "field" ? [role.field] : [])));
  const offers: RoutingOffer[] = [];
  headerCells.forEach((cell, column) => {
    const calculatorName = BAND_COLUMNS.get(normaliseKey(cellText(cell)));
    if (calculatorName === undefined) return;
    const field = policy.fields.find(
      (f) => !fed.has(f.name) && f.headers.some((h) => normaliseKey(h) === normaliseKey(calculatorName)),
    );
    if (field) offers.push({ field: field.name, fieldLabel: field.label, column, header: cellText(cell) });
  });
  return offers;
}

/**
 * One reason line per routing field read from a computed band column (the user chose it), so every routed row
 * says its band was computed: `RM2000/s was computed: read from "RM2000/s band" …`.
 */
export function describeComputedInputs(mapping: HeaderMapping, policy: Policy): string[] {
  return mapping.roles.flatMap((role, column) => {
    if (role.kind !== "field") return [];
    const header = mapping.headers[column];
    const calculatorName = BAND_COLUMNS.get(normaliseKey(header));
    if (calculatorName === undefined) return [];
    const label = policy.fieldByName.get(role.field)?.label ?? role.field;
    return [
      `${label} was computed: read from "${header}", calculated by SOTP Router's ${calculatorName} calculator from the raw items, not an assessed score`,
    ];
  });
}
