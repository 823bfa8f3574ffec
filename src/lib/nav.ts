export interface NavItem { href: string; label: string }

/** Main navigation, in the order of the design brief. */
export const NAV: NavItem[] = [
  { href: '/van-ban/', label: 'Thư viện' },
  { href: '/tinh-xep-loai/', label: 'Tính xếp loại' },
  { href: '/ban-nhap/', label: 'Bản nháp' },
  { href: '/cong-cu-hop/', label: 'Công cụ họp' },
];
