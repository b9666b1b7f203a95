import { CellValue, describeMappingProblem, HeaderMapping, isBlankCell, mapHeaders } from "../parsing";
import type { Policy } from "../policies";
import { ArgumentError } from "./argument-error";
import { CellMatrix, toCellRows } from "./read-arguments";

/**
 * Maps the columns of `rows` to policy fields: by the `headers` row when given, else in the policy's canonical
 * field order (id, sex, age, …). Throws ArgumentError when the shapes do not match or a column is missing.
 */
export function readColumns(
  rows: readonly (readonly CellValue[])[],
  headers: CellMatrix | null | undefined,
  policy: Policy,
) {
  const width = rows[0]?.length ?? 0;
  const headerRows = isOmitted(headers) ? null : toCellRows(headers as CellMatrix);
  let mapping: HeaderMapping;
  if (headerRows === null) {
    const canonical = policy.fields
      .filter((field) => field.kind !== "derived" || field.headers.length > 0)
      .map((field) => field.name);
    if (width > canonical.length) {
      throw new ArgumentError(
        `rows has ${width} columns: without headers, expected at most ${canonical.length} columns in the order ` +
          `${canonical.join(", ")}; or pass the header row as the second argument`,
      );
    }
    mapping = mapHeaders(canonical.slice(0, width), policy);
  } else {
    if (headerRows.length !== 1) {
      throw new ArgumentError(`headers has ${headerRows.length} rows: expected the one header row of the table`);
    }
    if (headerRows[0].length !== width) {
      throw new ArgumentError(
        `headers has ${headerRows[0].length} columns but rows has ${width}: expected a header row as wide as rows ` +
          `(e.g. =SOTP.ROUTE(A2:P2, A$1:P$1))`,
      );
    }
    mapping = mapHeaders(headerRows[0], policy);
  }
  const problem = describeMappingProblem(mapping, policy);
  if (problem) throw new ArgumentError(`${problem} (expected headers naming at least ${requiredInWords(policy)})`);
  return mapping;
}

/** An omitted optional argument arrives as null; an empty cell passed instead arrives as null, "" or 0. */
function isOmitted(headers: CellMatrix | null | undefined): boolean {
  if (headers === null || headers === undefined) return true;
  if (!Array.isArray(headers)) return false;
  const cells = headers.flat();
  return cells.length === 1 && (isBlankCell(cells[0] as CellValue) || cells[0] === 0);
}

/** The columns a file needs under the policy, in words: `Offence and RM2000/s`, `Offence and OSP/DC or OSP/IIC`. */
function requiredInWords(policy: Policy): string {
  const required = policy.fields.filter((field) => field.requiredColumn).map((field) => field.label);
  for (const group of policy.data.requiredOneOf ?? [])
    required.push(group.map((name) => policy.fieldByName.get(name)?.label ?? name).join(" or "));
  return required.join(" and ");
}
