import { dayFromYmd, isRealDate } from "./day-numbers";

/** Dates written as text, as revision 1.0.1 of the policy spec accepts them (section 1, `release`). */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/s;
/** `31/03/2014` or `31.03.2014`: the same separator twice, 4-digit year, nothing after. */
const NUMERIC_UK_DATE = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/;
/** `31-Mar-2014`, `31 Mar 2014`, `31 March 2014`: one `-` or one space, the same on both sides. */
const NAMED_MONTH_DATE = /^(\d{1,2})([- ])([A-Za-z]+)\2(\d{4})$/;
const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const FIRST_YEAR = 1900;

/** The examples of accepted date text, for messages and help. */
export const DATE_TEXT_EXAMPLES = "2014-03-31, 31/03/2014, 31.03.2014, 31-Mar-2014 or 31 March 2014";

/** A month's English name or its first three letters, case ignored: 1–12, or null. */
export function monthFromName(name: string): number | null {
  const key = name.toLowerCase();
  const index = MONTH_NAMES.findIndex((month) => month === key || (key.length === 3 && month.startsWith(key)));
  return index < 0 ? null : index + 1;
}

/**
 * Reads date text: the day number; `"not a real date"` when it has a date's layout but no such day exists (or the
 * year is before 1900); null when it is not a date layout at all (two-digit years included).
 */
export function readDateText(text: string): number | "not a real date" | null {
  const trimmed = text.trim();
  let parts: [number, number, number] | null = null;
  const iso = ISO_DATE.exec(trimmed);
  if (iso) parts = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const numeric = iso ? null : NUMERIC_UK_DATE.exec(trimmed);
  if (numeric) parts = [Number(numeric[4]), Number(numeric[3]), Number(numeric[1])];
  const named = iso || numeric ? null : NAMED_MONTH_DATE.exec(trimmed);
  if (named) {
    const month = monthFromName(named[3]);
    if (month === null) return null;
    parts = [Number(named[4]), month, Number(named[1])];
  }
  if (parts === null) return null;
  const [year, month, day] = parts;
  return year >= FIRST_YEAR && isRealDate(year, month, day) ? dayFromYmd(year, month, day) : "not a real date";
}

/** A date typed as an option or into an input (`--as-of`, the pane's as-of date): the day number, or null. */
export function parseDayText(text: string): number | null {
  const day = readDateText(text);
  return typeof day === "number" ? day : null;
}
