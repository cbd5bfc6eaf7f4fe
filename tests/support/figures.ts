/** The request the figures tests work on: the 836/KH-UBND review asked of five of the seeded directory's agencies. */
import type { FigureForm } from '../../electron/api/contract';
import { reviewRequestInput } from './samples';
import type { TempStore } from './tempStore';

export type ReviewSource = 'police' | 'procuracy' | 'court' | 'women' | 'justice';

const SEED_KEYS: Record<ReviewSource, string> = {
  police: 'province.cong-an-tinh',
  procuracy: 'province.vien-kiem-sat-nhan-dan-tinh',
  court: 'province.toa-an-nhan-dan-tinh',
  women: 'province.hoi-lien-hiep-phu-nu-tinh',
  justice: 'province.so-tu-phap',
};

export async function createReview(t: TempStore): Promise<{ ids: Record<ReviewSource, number>; requestId: number }> {
  const agencies = await t.must('agencies.list', {});
  const bySeed = (key: string) => agencies.find((agency) => agency.seedKey === key)!.id;
  const ids = Object.fromEntries(Object.entries(SEED_KEYS).map(([source, key]) => [source, bySeed(key)])) as Record<
    ReviewSource,
    number
  >;
  const requestId = (await t.must('requests.create', reviewRequestInput(Object.values(ids)))).id;
  return { ids, requestId };
}

/** Stores the form the request proposes, as "Lập biểu mẫu" does. */
export async function saveProposedForm(t: TempStore, requestId: number): Promise<FigureForm> {
  const proposed = await t.must('figures.form', { requestId });
  return t.must('figures.saveForm', {
    requestId,
    indicatorCodes: proposed.indicators.map((indicator) => indicator.code),
    columns: proposed.columns,
  });
}

/** A form column's uuid by its label ("Năm 2021"). */
export function columnOf(form: FigureForm, label: string): string {
  return form.columns.find((item) => item.label === label)!.uuid;
}
