import { closeSync, openSync, readSync } from "node:fs";

export interface Separator {
  char: string;
  /** How messages name it. */
  name: string;
}

const SEPARATORS: readonly Separator[] = [
  { char: ",", name: "comma" },
  { char: ";", name: "semicolon" },
  { char: "\t", name: "tab" },
];

/**
 * The separator of a CSV file: a semicolon or a tab when the first line holds more of it than of commas (as Excel
 * writes CSV in many locales), else a comma.
 */
export function sniffSeparator(file: string): Separator {
  let head: string;
  try {
    const fd = openSync(file, "r");
    try {
      const buffer = Buffer.alloc(1 << 16);
      head = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString("utf8");
    } finally {
      closeSync(fd);
    }
  } catch {
    return SEPARATORS[0]; // the reader reports the file's problem
  }
  return separatorOfLine(head.split("\n", 1)[0]);
}

export function separatorOfLine(line: string): Separator {
  const count = (char: string) => line.split(char).length - 1;
  let best = SEPARATORS[0];
  for (const candidate of SEPARATORS.slice(1)) if (count(candidate.char) > count(best.char)) best = candidate;
  return best;
}

/** Added to a mapping problem of a file not read as comma-separated, so the user sees how it was read. */
export function separatorNote(separator: Separator): string {
  return separator.char === "," ? "" : ` (read as a ${separator.name}-separated file)`;
}
