import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '@/i18n/messages';
import { asTranslate } from '@/i18n/use-translate';
import type { Program } from '@/lib/api/types';
import type { Translate } from '@/lib/problem';
import { projectValueText, type ProjectTextContext } from './project-fields';
import { projectHistoryLabel } from './project-history';

async function translator(lng: 'ja' | 'en'): Promise<Translate> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
  return asTranslate(i18n.t);
}

const FOOD = {
  code: 'FOOD',
  nameJa: 'メイド in いわき食の販路開拓個別支援プロジェクト',
  nameEn: 'Made in Iwaki food sales channel support',
} satisfies Pick<Program, 'code' | 'nameJa' | 'nameEn'>;

async function context(lng: 'ja' | 'en'): Promise<ProjectTextContext> {
  return { t: await translator(lng), language: lng, programs: [FOOD] };
}

describe('projectHistoryLabel', () => {
  it('gives every field the server records a Japanese label', async () => {
    const t = await translator('ja');
    const labels = ['program', 'fiscalYear', 'title', 'startsOn', 'endsOn', 'partners', 'events', 'state'].map((f) =>
      projectHistoryLabel(f, t),
    );
    expect(labels).toEqual(['事業', '年度', 'プロジェクト名', '開始日', '終了日', '連携先', '商談会', '状態']);
  });

  it('names a participation and an invitation by their kind, whatever the id', async () => {
    const t = await translator('ja');
    expect(projectHistoryLabel('participants[12]', t)).toBe('参加事業者');
    expect(projectHistoryLabel('invitations[3]', t)).toBe('招待バイヤー');
  });

  it('has English labels too', async () => {
    const t = await translator('en');
    expect(projectHistoryLabel('participants[12]', t)).toBe('Participating firm');
    expect(projectHistoryLabel('invitations[3]', t)).toBe('Invited buyer');
    expect(projectHistoryLabel('fiscalYear', t)).toBe('Fiscal year');
  });

  it('shows a field it does not know as recorded rather than a message key', async () => {
    const t = await translator('ja');
    expect(projectHistoryLabel('budget', t)).toBe('budget');
  });
});

describe('projectValueText in the history', () => {
  it('shows codes by name: the program and the state', async () => {
    const ja = await context('ja');
    expect(projectValueText('program', 'FOOD', ja)).toBe('メイド in いわき食の販路開拓個別支援プロジェクト');
    expect(projectValueText('state', 'PLANNING', ja)).toBe('企画中');
    expect(projectValueText('state', 'OPEN', ja)).toBe('実施中');
    expect(projectValueText('state', 'CLOSED', ja)).toBe('終了');
    const en = await context('en');
    expect(projectValueText('program', 'FOOD', en)).toBe('Made in Iwaki food sales channel support');
    expect(projectValueText('state', 'OPEN', en)).toBe('Open');
  });

  it('writes the fiscal year in 令和 and the dates as 2025/09/12', async () => {
    const ja = await context('ja');
    expect(projectValueText('fiscalYear', '2025', ja)).toBe('令和7年度（FY2025）');
    expect(projectValueText('startsOn', '2025-09-12', ja)).toBe('2025/09/12');
  });

  it('writes each recorded meeting a line, with its date as 2025/09/12 and its 定員', async () => {
    const ja = await context('ja');
    expect(projectValueText('events', '2025-06-12 いわき産業創造館（30）\n2025-09-12 東京ビッグサイト', ja)).toBe(
      '2025/06/12 いわき産業創造館（定員30名）\n2025/09/12 東京ビッグサイト',
    );
  });

  it('shows a participation as the server wrote it, and — for the side where it was absent', async () => {
    const ja = await context('ja');
    expect(projectValueText('participants[12]', '株式会社いわき水産（いわき揚げかま・めひかり唐揚げ）', ja)).toBe(
      '株式会社いわき水産（いわき揚げかま・めひかり唐揚げ）',
    );
    expect(projectValueText('participants[12]', undefined, ja)).toBe('—');
    expect(projectValueText('invitations[3]', '', ja)).toBe('—');
  });

  it('keeps a program code it does not know, and text it cannot read as a date or year, as recorded', async () => {
    const ja = await context('ja');
    expect(projectValueText('program', 'NEW_PROGRAM', ja)).toBe('NEW_PROGRAM');
    expect(projectValueText('startsOn', '9月中旬', ja)).toBe('9月中旬');
  });
});
