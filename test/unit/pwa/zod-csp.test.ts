import { describe, expect, it } from 'vitest';
import { z } from 'zod';

describe('zod under the CSP', () => {
  it('the bare `zod` import is the jitless one (no `new Function` probe for the CSP to report)', () => {
    expect(z.config().jitless).toBe(true);
    // Still a working Zod.
    expect(z.object({ name: z.string() }).safeParse({ name: 'Chi bộ 3' }).success).toBe(true);
    expect(z.object({ name: z.string() }).safeParse({ name: 3 }).success).toBe(false);
  });
});
