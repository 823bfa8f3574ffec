// Facts about this build shown in the footer and "Giới thiệu".
import pkg from '../../package.json';

export const APP_NAME = 'Sổ tay Xếp loại';
export const APP_VERSION: string = pkg.version;
/** Newest regulation covered: Quy định 366-QĐ/TW of 30/8/2025 (facts only) and the 2025 Hồng Quang plan. */
export const REGULATIONS_AS_OF = '30/8/2025';
