// Dates as articles give them: a day (2025-01-24), a month (2022-09) or only a year (2022).
// Each is stored as written and as the range of days it covers, so date filters compare ranges.

export const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export interface DateRange {
  /** First day covered, YYYY-MM-DD. */
  from: string;
  /** Last day covered, YYYY-MM-DD. */
  until: string;
}

export function isPartialDate(value: string): boolean {
  if (!PARTIAL_DATE.test(value)) return false;
  if (value.length < 10) return true;
  const date = new Date(`${value}T00:00:00Z`);
  return date.toISOString().slice(0, 10) === value;
}

export function dateRange(value: string): DateRange {
  if (!isPartialDate(value)) throw new RangeError(`not a date: ${value}`);
  const [year, month, day] = value.split("-").map(Number);
  if (day !== undefined) return { from: value, until: value };
  if (month !== undefined) {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const mm = String(month).padStart(2, "0");
    return { from: `${year}-${mm}-01`, until: `${year}-${mm}-${String(last).padStart(2, "0")}` };
  }
  return { from: `${year}-01-01`, until: `${year}-12-31` };
}
