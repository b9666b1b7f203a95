import { CalculatorMapping, fieldLabel } from "../calculators";
import { columnLetters } from "../engine/capacity";

/**
 * What `sotp calc` read, as `sotp route` says it: one line per column (the calculator item it feeds, an earlier
 * output it replaces, or ignored), after a count, so a stranger's export shows at once which headers were taken.
 */
export function formatCalculatorColumnReport(mapping: CalculatorMapping, where: string): string[] {
  const { headers, roles } = mapping;
  const width = Math.min(32, Math.max(0, ...headers.map((header) => header.length)));
  const lines = roles.map((role, column) => {
    const feeds =
      role.kind === "field"
        ? fieldLabel(role.field) + (mapping.columnOf[role.field] === column ? "" : " (another column is read)")
        : role.kind === "output"
          ? "replaced (SOTP Router's output from an earlier run)"
          : "ignored";
    return `  ${columnLetters(column).padEnd(3)} ${headers[column].padEnd(width)} → ${feeds}`;
  });
  const read = roles.filter((role, column) => role.kind === "field" && mapping.columnOf[role.field] === column).length;
  const ignored = roles.filter((role) => role.kind === "ignored").length;
  const names = mapping.calculators.map((calculator) => calculator.name).join(", ");
  return [`sotp: columns of ${where}: ${read} read, ${ignored} ignored; calculating ${names}`, ...lines];
}
