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
  const skipped: string[] = [];
  await fillObject(page, c.subject, '', skipped);
  return skipped;
}

async function fillObject(page: Page, obj: Json, prefix: string, skipped: string[]) {
  for (const [k, v] of Object.entries(obj)) {
    if (k === 'kind') continue;
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
