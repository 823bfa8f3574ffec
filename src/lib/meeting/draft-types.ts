// The meeting tools' draft types, registered with the shared drafts store (src/lib/drafts): a
// roster ('roster') and a vote-tally sheet ('vote-tally'). The store validates every record of
// these types against the schemas below when reading, writing and importing.
import { registerDraftType } from '../drafts/registry.ts';
import { RosterSchema, type Roster } from './roster-schema.ts';
import { VoteTallySchema, type VoteTally } from './vote-tally-schema.ts';

export const ROSTER_TYPE = 'roster';
export const VOTE_TALLY_TYPE = 'vote-tally';

registerDraftType<Roster>({
  type: ROSTER_TYPE,
  label: 'Công cụ họp — danh sách',
  schema: RosterSchema,
  kindLabel: (d) => (d.mode === 'chi-bo' ? `Chi bộ, ${d.rows.length} đảng viên` : `Đảng bộ, ${d.rows.length} tổ chức`),
  href: (id) => `/cong-cu-hop/?ban-nhap=${encodeURIComponent(id)}`,
});

registerDraftType<VoteTally>({
  type: VOTE_TALLY_TYPE,
  label: 'Công cụ họp — kiểm phiếu',
  schema: VoteTallySchema,
  kindLabel: (d) => `Kiểm phiếu, ${d.candidates.length} người/tổ chức`,
  href: (id) => `/cong-cu-hop/kiem-phieu/?ban-nhap=${encodeURIComponent(id)}`,
});
