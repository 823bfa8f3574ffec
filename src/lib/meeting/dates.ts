// Dates of the meeting tools, in the device's own calendar day (a meeting at 7 a.m. in Vietnam
// is not the previous day in UTC).

/** Today as YYYY-MM-DD in local time. */
export function todayIso(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

