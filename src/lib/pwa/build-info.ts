// Identity of this build, shown in the footer and in "Giới thiệu" so a user (or the person
// helping them) can tell which version a tablet runs. Evaluated once, at build time, in Astro's
// prerender step (Node): every page of one build shows the same id. Set BUILD_ID / BUILD_DATE in
// the environment to make a build reproducible (the update test uses a fixed BUILD_ID).
import { execFileSync } from 'node:child_process';

/** Parts of a date in Vietnam's time zone (UTC+7, no daylight saving). */
function vnParts(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(date);
  const get = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '00';
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** "24/11/2025 16:20" — Vietnamese day/month order, 24-hour clock. */
export function formatBuildDate(date: Date): string {
  const p = vnParts(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
}

/** "20251124.162033-1a2b3c4": sortable time of the build plus the commit when git knows it. */
export function makeBuildId(date: Date, commit: string | null): string {
  const p = vnParts(date);
  const stamp = `${p.year}${p.month}${p.day}.${p.hour}${p.minute}${p.second}`;
  return commit ? `${stamp}-${commit}` : stamp;
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short=7', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null; // building from a tarball: the time stamp alone still tells builds apart
  }
}

function buildDate(): Date {
  const fromEnv = process.env.BUILD_DATE ? new Date(process.env.BUILD_DATE) : null;
  return fromEnv && !Number.isNaN(fromEnv.getTime()) ? fromEnv : new Date();
}

const date = buildDate();
/** When this build was made, ISO 8601 (for `<time datetime>`). */
export const BUILD_DATE_ISO: string = date.toISOString();
/** When this build was made, as a Vietnamese reader expects it (Vietnam time). */
export const BUILD_DATE_TEXT: string = formatBuildDate(date);
export const BUILD_ID: string = process.env.BUILD_ID?.trim() || makeBuildId(date, gitCommit());
