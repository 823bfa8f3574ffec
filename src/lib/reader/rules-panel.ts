// "Quy tắc dựa trên điều khoản này": the panel a reader opens under a clause the rules engine
// cites. Loaded on demand (import()) with the engine itself, which the calculator has already
// put in the offline cache, so the reader pages carry no copy of the rules: each rule as the
// engine holds it (role, rating, the words it implements, parameter values, the rulesets using
// it) and a link that opens, in the calculator, a case in which the rule is triggered.
// DOM built with createElement/textContent only.
import { RULESETS } from '../../rules/rulesets.ts';
import type { RulesetId, SubjectKind } from '../../rules/codes.ts';
import { exampleCase, exampleLink } from './rule-example.ts';
import { GRADE_LABELS, KIND_LABELS, ROLE_LABELS, rulesCiting, type RuleUse } from './rules-beside.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string | null, ...kids: Array<Node | string>) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  e.append(...kids);
  return e;
};
const rulesetLabel = (id: RulesetId) => RULESETS.find((r) => r.id === id)?.label ?? id;
const CALC: readonly SubjectKind[] = ['dang-vien', 'can-bo-lanh-dao', 'to-chuc-dang', 'tap-the-lanh-dao'];

function heading(u: RuleUse): string {
  if (u.role === 'dieu-kien' && u.level) return `${ROLE_LABELS[u.role]} ${GRADE_LABELS[u.level]}`;
  return ROLE_LABELS[u.role];
}

/** The first ruleset and subject kind of a rule for which an example case exists. */
function example(u: RuleUse): { href: string; label: string } | null {
  for (const rs of u.rulesets) for (const kind of u.kinds.filter((k) => CALC.includes(k))) {
    const e = exampleCase(rs, kind, u.id);
    if (e) return { href: exampleLink(e), label: `Mở một trường hợp có quy tắc này trong công cụ tính (${KIND_LABELS[kind]}, ${rulesetLabel(rs)})` };
  }
  return null;
}

function ruleItem(u: RuleUse, all: readonly RuleUse[]): HTMLLIElement {
  const li = el('li', 'rule');
  const kinds = u.kinds.filter((k) => k !== 'nhom-tuong-dong').map((k) => KIND_LABELS[k]);
  li.append(el('p', 'rule-head', el('strong', null, heading(u)), ...(kinds.length ? [` · ${kinds.join(', ')}`] : [])));
  if (u.overrides) {
    const base = all.find((x) => x.id === u.overrides);
    li.append(el('p', null, `Ngoại lệ của quy tắc: ${base ? heading(base) : u.overrides}.`));
  }
  li.append(el('blockquote', null, u.words));
  if (u.params.length) li.append(el('p', null, 'Con số: ', u.params.map((p) => `${p.label}: ${p.value}`).join('; '), '.'));
  li.append(el('p', 'rule-sets', 'Bộ quy tắc dùng nó: ', u.rulesets.map(rulesetLabel).join('; '), '.'));
  if (!u.primary) li.append(el('p', 'rule-note', 'Điều khoản này được dẫn kèm; quy tắc dẫn trước hết một điều khoản khác.'));
  if (u.evidence) li.append(el('p', 'rule-note', `Nguồn của quy tắc: mức ${u.evidence} (văn bản chỉ biết qua báo cáo).`));
  if (u.role !== 'tham-so' && u.role !== 'chi-tieu') {
    const ex = example(u);
    if (ex) { const a = el('a', null, ex.label); a.href = ex.href; li.append(el('p', null, a)); }
    else li.append(el('p', 'rule-note', 'Chưa tự tạo được trường hợp ví dụ cho quy tắc này.'));
  }
  return li;
}

/** Fill `box` with the rules citing `doc` `path`. */
export function renderRules(box: HTMLElement, doc: string, path: string[]): number {
  const uses = rulesCiting({ doc, path });
  const list = el('ul', 'rules');
  for (const u of uses) list.append(ruleItem(u, uses));
  box.replaceChildren(
    el('p', 'rules-intro', 'Các quy tắc mà công cụ tính áp dụng dựa trên điều khoản này, đúng như công cụ đang dùng:'),
    list,
  );
  return uses.length;
}
