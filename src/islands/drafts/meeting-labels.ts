// The meeting screens' names for the fields of their drafts (roster, vote sheet, review form),
// for the merge messages of the draft session ("Tab khác vừa sửa “Họ và tên”; …"). Loaded with
// the session's saving code, not with the screens.
import { getAt, type Json, type Path } from '../../lib/drafts/merge.ts';

const FIELD: Record<string, string> = {
  title: 'Tên chi bộ, tổ chức', parent: 'Đảng bộ cấp trên', place: 'Địa danh', evaluationDate: 'Ngày đánh giá, xếp loại', date: 'Ngày',
  rulesetId: 'Quy định áp dụng', profileId: 'Kế hoạch', mode: 'Cấp xếp loại', situation: 'Tình huống biểu quyết', outstandingUnit: 'Thành tích xuất sắc, nổi trội',
  collectiveRating: 'Xếp loại tập thể', org: 'Tiêu chí của tổ chức', eligible: 'Số được triệu tập', present: 'Số có mặt', assumed: 'Cách tính khi kế hoạch không quy định',
  rows: 'Danh sách', candidates: 'Danh sách kiểm phiếu', fullName: 'Họ và tên', birthDate: 'Ngày sinh', chiBo: 'Chi bộ', dangBo: 'Đảng bộ',
  partyPosition: 'Chức vụ Đảng', govPosition: 'Chức vụ chính quyền', massOrgPosition: 'Chức vụ đoàn thể', workUnit: 'Đơn vị công tác', year: 'Năm kiểm điểm',
  levels: 'Tự đánh giá', proposedMember: 'Tự nhận mức xếp loại', proposedCivilServant: 'Xếp loại cán bộ, công chức', texts: 'Nội dung',
  orgKind: 'Cấp kiểm điểm', orgName: 'Tên chi bộ, đảng bộ', parentName: 'Đảng bộ cấp trên', locality: 'Địa phương', reviewYear: 'Năm kiểm điểm',
  rulesetManual: 'Chọn quy định bằng tay', meetingDate: 'Ngày họp', secretary: 'Thư ký', done: 'Các bước đã làm',
};
const ROW_FIELD: Record<string, string> = { name: 'tên', proposed: 'mức đề xuất', votes: 'số phiếu', head: 'người đứng đầu', collectiveRating: 'tập thể lãnh đạo', note: 'ghi chú' };
const has = (o: Record<string, string>, k: unknown): k is string => typeof k === 'string' && Object.hasOwn(o, k);

/** "Họ và tên", "Danh sách, dòng “Trần Văn B” (mức đề xuất)", "Nội dung, mục II1". */
export function meetingFieldLabel(data: unknown, path: Path): string | undefined {
  const [key, row, sub] = path;
  if (!has(FIELD, key)) return undefined;
  if (key === 'texts' && typeof row === 'string') return `Nội dung mục ${row}`;
  if (row && typeof row === 'object') {
    const name = getAt(data as Json, [key, row, 'name']);
    return `${FIELD[key]}, dòng “${typeof name === 'string' && name ? name : '(chưa ghi tên)'}”${has(ROW_FIELD, sub) ? ` (${ROW_FIELD[sub]})` : ''}`;
  }
  return FIELD[key];
}

