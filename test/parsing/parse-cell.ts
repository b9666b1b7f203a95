import { CellValue, createRowParser, FieldProblem, FieldValue, mapHeaders } from "../../src/parsing";
import { getBundledPolicy } from "../../src/policies";
import { STANDARD_HEADERS } from "../support/route-records";

const policy = getBundledPolicy("foi-86525");
const parseRow = createRowParser(mapHeaders(STANDARD_HEADERS, policy), policy);

export interface ParsedCell {
  value: FieldValue;
  problems: readonly FieldProblem[];
}

/** Parses one cell under a standard header (every other cell blank) and returns what its field became. */
export function parseCell(
  header: (typeof STANDARD_HEADERS)[number],
  cell: CellValue,
  percentFormatted = false,
): ParsedCell {
  const column = STANDARD_HEADERS.indexOf(header);
  const cells = STANDARD_HEADERS.map((_, index) => (index === column ? cell : ""));
  const row = parseRow(cells, {
    percentFormatted: STANDARD_HEADERS.map((_, index) => index === column && percentFormatted),
  });
  const field = mapHeaders([header], policy).roles[0];
  if (field.kind !== "field") throw new RangeError(`${header} is not a field header`);
  return { value: row.values[field.field], problems: row.problems };
}

/** The policy's key for a value of a scale, looked up by the label the spec uses (`Very High` → its key). */
export function keyOf(scale: string, label: string): string {
  const value = policy.scales.get(scale)?.find((v) => v.label === label);
  if (!value) throw new RangeError(`no ${label} on scale ${scale}`);
  return value.key;
}
