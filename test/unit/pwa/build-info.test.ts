import { describe, expect, it } from 'vitest';
import { BUILD_ID, BUILD_DATE_TEXT, formatBuildDate, makeBuildId } from '../../../src/lib/pwa/build-info';

describe('build id and date', () => {
  it('uses Vietnam time (UTC+7), day/month/year and a 24-hour clock', () => {
    expect(formatBuildDate(new Date('2025-12-31T17:05:09Z'))).toBe('01/01/2026 00:05');
    expect(formatBuildDate(new Date('2025-08-30T02:00:00Z'))).toBe('30/08/2025 09:00');
  });

  it('makes a sortable id from the build time and adds the commit when known', () => {
    const d = new Date('2025-12-31T17:05:09Z');
    expect(makeBuildId(d, 'abc1234')).toBe('20260101.000509-abc1234');
    expect(makeBuildId(d, null)).toBe('20260101.000509');
    expect(makeBuildId(new Date('2025-01-02T03:04:05Z'), null) < makeBuildId(d, null)).toBe(true);
  });

  it('gives this build a non-empty id and a formatted date', () => {
    expect(BUILD_ID).toMatch(/\S/);
    expect(BUILD_DATE_TEXT).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
  });
});
