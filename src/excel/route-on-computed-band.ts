import type { RoutingOffer } from "../calculators";
import { cellText, normaliseKey } from "../parsing";
import type { Policy } from "../policies";
import { ExcelLayerError } from "./excel-layer-error";
import { locateCohort } from "./locate-cohort";
import { loadMappingOverrides, saveMappingOverrides } from "./mapping-overrides";

/**
 * The user accepted a routing offer (spec risk-calculators 1.9): saves the mapping choice "this computed band column
 * feeds that field" with the workbook, beside their other choices for the sheet, as a choice in the Columns list would.
 */
export async function routeOnComputedBand(
  context: Excel.RequestContext,
  policy: Policy,
  offer: RoutingOffer,
): Promise<void> {
  const location = await locateCohort(context, policy);
  const headers = location.headerCells.map(cellText);
  const column = headers.findIndex((header) => normaliseKey(header) === normaliseKey(offer.header));
  if (column < 0) throw new ExcelLayerError("MAPPING_PROBLEM", `the cohort has no column "${offer.header}" any more`);
  const overrides = await loadMappingOverrides(context, location.sheetName, headers, policy.data.id);
  await saveMappingOverrides(
    context,
    location.sheetName,
    { ...overrides, [column]: offer.field },
    headers,
    policy.data.id,
  );
}
