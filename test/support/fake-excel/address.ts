import { FakeOfficeError } from "./errors";

/** A rectangle of cells, 0-based and inclusive, as the fake stores it. */
export interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `A1` for one cell, `A1:C3` otherwise. */
export function formatBox(box: Box): string {
  const start = `${columnLetters(box.c0)}${box.r0 + 1}`;
  const end = `${columnLetters(box.c1)}${box.r1 + 1}`;
  return start === end ? start : `${start}:${end}`;
}

/** Excel's `address`: the sheet name, quoted when it is not a plain word, then `!` and the cells. */
export function qualifiedAddress(sheetName: string, box: Box): string {
  const sheet = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? sheetName : `'${sheetName.replace(/'/g, "''")}'`;
  return `${sheet}!${formatBox(box)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMNS = /^\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7})$/;

/** Parses `A1`, `B2:D9`, `A:C`, `3:5`, optionally after `Sheet!` or `'My sheet'!`. */
export function parseAddress(address: string): { sheet?: string; box: Box } {
  const bang = address.lastIndexOf("!");
  const sheet =
    bang < 0
      ? undefined
      : address
          .slice(0, bang)
          .replace(/^'(.*)'$/, "$1")
          .replace(/''/g, "'");
  const [first, second = first] = address.slice(bang + 1).split(":");
  const a = parseCorner(first, address);
  const b = parseCorner(second, address);
  const box = {
    r0: Math.min(a.r0, b.r0),
    c0: Math.min(a.c0, b.c0),
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
  };
  if (box.r1 >= MAX_ROWS || box.c1 >= MAX_COLUMNS) throw invalidAddress(address);
  return { sheet, box };
}

function parseCorner(text: string, address: string): Box {
  const cell = CELL.exec(text);
  if (cell) {
    const r = Number(cell[2]) - 1;
    const c = columnNumber(cell[1]);
    return { r0: r, c0: c, r1: r, c1: c };
  }
  const columns = COLUMNS.exec(text);
  if (columns) {
    const c = columnNumber(columns[1]);
    return { r0: 0, c0: c, r1: MAX_ROWS - 1, c1: c };
  }
  const rows = ROWS.exec(text);
  if (rows && Number(rows[1]) > 0) {
    const r = Number(rows[1]) - 1;
    return { r0: r, c0: 0, r1: r, c1: MAX_COLUMNS - 1 };
  }
  throw invalidAddress(address);
}

function invalidAddress(address: string): FakeOfficeError {
  return new FakeOfficeError("InvalidArgument", `The argument is invalid or missing: address "${address}".`);
}

export function boxCellCount(box: Box): number {
  return (box.r1 - box.r0 + 1) * (box.c1 - box.c0 + 1);
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function boxContains(outer: Box, inner: Box): boolean {
  return outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1;
}
