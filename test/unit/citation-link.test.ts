import { describe, expect, it } from 'vitest';
import { anchorId, readerUrl } from '../../src/lib/citation-link';

describe('citation links', () => {
  it('turns a Quy định path into a reader anchor', () => {
    expect(readerUrl({ doc: 'qd-124-2023', path: ['12', '4', '4.3', 'd'] })).toBe('/van-ban/qd-124-2023/#m-12-4-4_3-d');
  });
  it('keeps point numbers distinct from nested clauses', () => {
    expect(anchorId(['12', '4', '4.3'])).not.toBe(anchorId(['12', '4', '4', '3']));
  });
  it('gives no link for documents we do not publish', () => {
    expect(readerUrl({ doc: 'qd-366-2025', path: ['11'] })).toBeNull();
  });
});
