// Sub-navigation of the meeting tools (shared by the meeting pages), in the order of a review.
export const MEETING_NAV = [
  { href: '/cong-cu-hop/ky-kiem-diem/', label: 'Kỳ kiểm điểm' },
  { href: '/cong-cu-hop/', label: 'Danh sách, chỉ tiêu, xếp loại chi bộ' },
  { href: '/cong-cu-hop/kiem-phieu/', label: 'Kiểm phiếu' },
  { href: '/cong-cu-hop/khen-thuong/', label: 'Khen thưởng' },
  { href: '/cong-cu-hop/ban-kiem-diem/', label: 'Bản kiểm điểm cá nhân' },
  { href: '/cong-cu-hop/tong-hop/', label: 'Tổng hợp của đảng ủy' },
] as const;
