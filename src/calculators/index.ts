/**
 * The risk calculators of spec risk-calculators.md v1.0.0: OGRS3, OSP/DC, OSP/IIC and RM2000/s from raw items.
 * Pure (no Office, DOM or Node): the custom functions, the CLI and the task pane all use this module.
 *
 * - `CALCULATORS`, `runCalculator(calculator, input)` → `CalculatorResult` (band, message, score cells); never throws.
 * - `calculateOgrs3`, `calculateOspDc`, `calculateOspIic`, `calculateRm2000s`: one calculator on one row's cells.
 * - `mapCalculatorHeaders(headers)`, `calculateRow(cells, mapping)`, `calculateTable(rows)`: whole sheets.
 */
export * from "./calculators";
export * from "./calculate-table";
export { CALCULATOR_FIELDS, CALCULATOR_FIELD_NAMES, calculatorField, fieldLabel } from "./fields";
export type { CalculatorField, CalculatorFieldName, CalculatorInput, FieldKind } from "./fields";
export * from "./map-calculator-headers";
export { calculateOgrs3, ogrs3Band, OGRS3_COLUMNS } from "./ogrs3";
export { OGRS3_CATEGORIES } from "./ogrs3-categories";
export { calculateOspDc, ospDcBand, OSP_DC_COLUMNS } from "./osp-dc";
export { calculateOspIic, OSP_IIC_COLUMNS } from "./osp-iic";
export { calculateRm2000s, RM2000S_COLUMNS, stepOneCategory } from "./rm2000s";
export { RISK_BANDS, roundHalfAway } from "./result";
export type { BandCell, CalculatorResult, RiskBand } from "./result";
export { describeComputedInputs, findRoutingOffers } from "./routing-offers";
export type { RoutingOffer } from "./routing-offers";
