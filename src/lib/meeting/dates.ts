// Dates of the meeting tools, in the device's own calendar day (a meeting at 7 a.m. in Vietnam
// is not the previous day in UTC).

/** Today as YYYY-MM-DD in local time. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * The year a review held on `date` covers: reviews are held at the year's end, so a meeting in
 * January–March reviews the year before (the engine's reviewYearOf reads the same way).
 */
export function reviewYearOfDate(date: string): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return m >= 1 && m <= 3 ? y - 1 : y;
}
