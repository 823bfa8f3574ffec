// Pieces the meeting tools' draft schemas share (roster, vote-tally sheet, personal review), so
// a text field or a sheet's heading is checked, and worded, the same way everywhere.
import * as z from 'zod/mini';

/** A text field of at most `max` characters (and at least `min`). */
export const text = (max: number, min = 0) => z.string({ error: 'phải là chuỗi ký tự' }).check(z.minLength(min), z.maxLength(max, { error: `dài quá ${max} ký tự` }));

export const isoDate = () => z.iso.date({ error: 'phải là ngày dạng YYYY-MM-DD' });

/** The heading of a meeting sheet: format version, its name, the committee above, the place. */
export const sheetHeading = () => ({
  schema: z.literal(1),
  /** Name of the chi bộ / đảng bộ, or of the vote. */
  title: text(200),
  /** The party committee above ("Đảng bộ phường …"). */
  parent: text(200),
  place: text(100),
});
