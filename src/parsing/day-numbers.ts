/**
 * Dates as whole days since 1970-01-01 (UTC calendar, no time zone), so comparisons are integer comparisons.
 */
const MS_PER_DAY = 86_400_000;
/** Excel's serial 0 is 1899-12-30. */
const EXCEL_EPOCH_DAY = -25_569;

export function dayFromYmd(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function ymdFromDay(dayNumber: number): { year: number; month: number; day: number } {
  const date = new Date(dayNumber * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Adds calendar months; a day past the new month's end clamps to its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsClamped(dayNumber: number, months: number): number {
  const { year, month, day } = ymdFromDay(dayNumber);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonth = (((monthIndex % 12) + 12) % 12) + 1;
  return dayFromYmd(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

export function dayFromExcelSerial(serial: number): number {
  return EXCEL_EPOCH_DAY + Math.floor(serial);
}

export function excelSerialFromDay(dayNumber: number): number {
  return dayNumber - EXCEL_EPOCH_DAY;
}

export function dayFromDate(date: Date): number {
  return dayFromYmd(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** `2014-03-31` */
export function formatDay(dayNumber: number): string {
  const { year, month, day } = ymdFromDay(dayNumber);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Strict `YYYY-MM-DD` for options such as --as-of; null when it is not a real date. */
export function parseIsoDay(text: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isRealDate(year, month, day) ? dayFromYmd(year, month, day) : null;
}

export function todayDay(now: Date = new Date()): number {
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
