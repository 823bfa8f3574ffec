// Pieces the meeting tools' draft schemas share (roster, vote-tally sheet, personal review), so
// a text field or a sheet's heading is checked, and worded, the same way everywhere.
import * as z from 'zod/mini';

/** A text field of at most `max` characters (and at least `min`). */
export const text = (max: number, min = 0) => z.string({ error: 'phải là chuỗi ký tự' }).check(z.minLength(min), z.maxLength(max, { error: `dài quá ${max} ký tự` }));

export const isoDate = () => z.iso.date({ error: 'phải là ngày dạng YYYY-MM-DD' });

/** A review year (the year the review covers, which a January meeting is not). */
export const reviewYear = () => z.int({ error: 'năm phải là số nguyên' }).check(z.minimum(2000, { error: 'năm không hợp lệ' }), z.maximum(2100, { error: 'năm không hợp lệ' }));

/**
 * A sheet's link to its review record ("Kỳ kiểm điểm", review-record.ts): the record's id and
 * the values copied from it (so a file exported from the sheet carries them). Optional: sheets
 * made before the record existed stay valid.
 */
export const recordLink = () => ({
  recordId: z.optional(text(100)),
  reviewYear: z.optional(reviewYear()),
  secretary: z.optional(text(200)),
});

/** The heading of a meeting sheet: format version, its name, the committee above, the place. */
export const sheetHeading = () => ({
  schema: z.literal(1),
  /** Name of the chi bộ / đảng bộ, or of the vote. */
  title: text(200),
  /** The party committee above ("Đảng bộ phường …"). */
  parent: text(200),
  place: text(100),
});
