import { describe, expect, it } from 'vitest';
import { formatBytes, mayEvict } from '../../../src/lib/drafts/storage.ts';

describe('browsers that may evict site data', () => {
  it('recognises Safari on Mac/iPad and every iPhone/iPad browser, not Chromium or Firefox', () => {
    expect(mayEvict('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15')).toBe(true);
    expect(mayEvict('Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1')).toBe(true);
    expect(mayEvict('Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0 Mobile/15E148 Safari/604.1')).toBe(true);
    expect(mayEvict('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36')).toBe(false);
    expect(mayEvict('Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36')).toBe(false);
    expect(mayEvict('Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0')).toBe(false);
  });
  it('writes sizes the Vietnamese way', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1_250_000)).toBe('1,3 MB');
  });
});
