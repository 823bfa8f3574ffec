// Fills the calculator form with a case-book case the way a person would: through the form's own
// controls (number boxes, date boxes, check boxes, selects, "+ Thêm" buttons). Facts the chosen
// ruleset does not ask have no control on the form and are skipped (the engine does not read them).
import type { Page } from 'playwright-core';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const fid = (key: string) => '#f-' + key.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');

export interface CaseFile { id: string; ruleset: string; evaluationDate: string; subject: Json; expect?: Json }

/** Set the evaluation date and the ruleset, then every fact the form asks. Returns the facts skipped. */
export async function fillCase(page: Page, c: CaseFile): Promise<string[]> {
  await page.fill('#f-evaluationDate', c.evaluationDate);
  await page.selectOption('#f-ruleset', c.ruleset);
  await criteriaReady(page);
  const skipped: string[] = [];
  await fillObject(page, c.subject, '', skipped);
  return skipped;
}

/**
 * The form names each criterion the texts name; a case file gives levels by position. Each named
 * criterion gets the level at its position in the case's list of the same group (the last one when
 * the case lists fewer). Returns whether the case's lists matched the named criteria one to one.
 */
async function fillNamedCriteria(page: Page, criteria: Json): Promise<boolean> {
  const rows = page.locator('[data-field="criteria"] .criteria-list');
  const groups = [(criteria.taskResults ?? criteria.keyResults) as string[], (criteria.other ?? []) as string[]];
  let exact = true;
  for (const [g, list] of groups.entries()) {
    const selects = rows.nth(g).locator('.criterion:not(:has(option[value="khong-ap-dung"])) select');
    const n = await selects.count();
    if (n !== list.length) exact = false;
    for (let i = 0; i < n; i++) if (list.length) await selects.nth(i).selectOption(list[Math.min(i, list.length - 1)]!);
  }
  return exact;
}

async function fillObject(page: Page, obj: Json, prefix: string, skipped: string[]) {
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'kind') continue;
    // Same-level bodies are asked once the organization is said to have them.
    if (k === 'sameLevelBodies' && !prefix && (await page.locator('#f-co-to-chuc-cung-cap').count())) await page.setChecked('#f-co-to-chuc-cung-cap', true);
    if (k === 'criteria' && !prefix && (await page.locator('[data-field="criteria"]').count())) {
      if (!(await fillNamedCriteria(page, v as Json))) skipped.push('criteria (levels mapped onto the named criteria)');
      continue;
    }
    const path = prefix ? `${prefix}.${k}` : k;
    const field = page.locator(`[data-field="${path}"]`);
    if (await field.count()) await fillField(page, path, (await field.getAttribute('data-type'))!, v);
    else if (isObj(v)) await fillObject(page, v, path, skipped);
    else skipped.push(path);
  }
}

async function setRows(page: Page, path: string, n: number) {
  const field = page.locator(`[data-field="${path}"]`);
  const rows = field.locator('.list-row');
  while ((await rows.count()) > n) await rows.last().getByRole('button', { name: /^Xoá/ }).click();
  while ((await rows.count()) < n) await field.locator('.list-editor > button').click();
}

async function fillField(page: Page, path: string, type: string, v: unknown) {
  const id = fid(path);
  switch (type) {
    case 'count': case 'score': case 'months': await page.fill(id, String(v)); return;
    case 'percent': await page.fill(id, String(Math.round((v as number) * 10000) / 100)); return;
    case 'date': await page.fill(id, String(v)); return;
    case 'bool': await page.setChecked(id, v === true); return;
    case 'rating': case 'enum': await page.selectOption(id, String(v)); return;
    case 'levels': case 'ratings': {
      const list = v as string[];
      await setRows(page, path, list.length);
      for (const [i, x] of list.entries()) await page.selectOption(fid(`${path}[${i}]`), x);
      return;
    }
    case 'discipline': case 'events': {
      const list = v as Json[];
      await setRows(page, path, list.length);
      for (const [i, item] of list.entries()) {
        for (const [f, x] of Object.entries(item)) {
          const sub = fid(`${path}[${i}].${f}`);
          if (typeof x === 'boolean') await page.setChecked(sub, x);
          else if (f === 'decidedOn' || typeof x === 'number') await page.fill(sub, String(x));
          else await page.selectOption(sub, String(x));
        }
      }
      return;
    }
    case 'corruption': {
      const list = v as Json[];
      const self = list.filter((x) => x.selfDetectedAndRemedied === true).length;
      await page.fill(fid(`${path}.khac`), String(list.length - self));
      await page.fill(fid(`${path}.tu-phat-hien`), String(self));
      return;
    }
    default: throw new Error(`unknown field type ${type} at ${path}`);
  }
}

/** Give every criterion still without a level the same level ("Chọn cùng một mức …"). */
export async function setAllCriteria(page: Page, level: string): Promise<void> {
  await criteriaReady(page);
  await page.selectOption('#f-tieu-chi-tat-ca', level);
}

/** The names of the criteria load by import(): wait until they are on the form. */
export async function criteriaReady(page: Page): Promise<void> {
  await page.locator('.criteria--loading').waitFor({ state: 'detached' });
}
