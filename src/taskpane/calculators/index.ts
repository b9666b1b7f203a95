/** The task pane's "Risk scores from raw items" card (issue 13): `mountCalculatorPanel(container, { excel })`. */
export { mountCalculatorPanel } from "./mount-calculator-panel";
export type { CalculatorPanelDeps } from "./mount-calculator-panel";
export { describeCalculated, describeCalculateError, describeTally } from "./calculator-text";
