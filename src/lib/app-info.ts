// Facts about this build shown in the footer and "Giới thiệu".
import pkg from '../../package.json';

export const APP_NAME = 'Sổ tay Xếp loại';
export const APP_VERSION: string = pkg.version;
