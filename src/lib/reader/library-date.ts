// How current the library is: the date of the newest document it holds (a published text or one
// known by its facts), read from the documents themselves so the footer never lags behind them.
// Build-time only (it reads every document's JSON).
const docs = import.meta.glob<{ date: string | null; shortTitle: string }>(['../../content/texts/*.json', '../../content/unpublished/*.json'], { eager: true, import: 'default' });

const newest = Object.values(docs).filter((d) => d.date).sort((a, b) => b.date!.localeCompare(a.date!))[0];

/** "27/11/2025" */
export const LIBRARY_AS_OF = newest ? (([y, m, d]) => `${d}/${Number(m)}/${y}`)(newest.date!.split('-')) : '';
/** "Kế hoạch 15-KH/ĐU, Đảng ủy phường Hồng Quang (27/11/2025)" */
export const LIBRARY_NEWEST = newest?.shortTitle ?? '';
