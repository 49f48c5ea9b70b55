import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '@/i18n/messages';
import { asTranslate } from '@/i18n/use-translate';
import { choiceOptions, chosenIds, latestMemberText, pickRows } from './pick';

describe('pickRows', () => {
  const found = [
    { id: 1, name: 'いわき水産', archived: false },
    { id: 2, name: '小名浜食品', archived: true },
    { id: 3, name: '平製作所', archived: false },
    { id: 4, name: '勿来工業', archived: true },
  ];

  it('marks what is already in the project as added and what is archived as such; the rest may be picked', () => {
    expect(pickRows(found, new Set([3, 4])).map((r) => [r.item.id, r.status])).toEqual([
      [1, 'available'],
      [2, 'archived'],
      [3, 'added'],
      [4, 'added'],
    ]);
  });

  it('keeps the order the API found them in', () => {
    expect(pickRows(found, new Set()).map((r) => r.item.id)).toEqual([1, 2, 3, 4]);
  });
});

describe('choiceOptions', () => {
  const products = [
    { id: 10, name: 'いわき揚げかま', category: '練り物' },
    { id: 11, name: 'めひかり唐揚げ' },
  ];

  it('offers what is listed, with its description', () => {
    expect(choiceOptions(products, [], (p) => p.category, '—')).toEqual([
      { value: '10', label: 'いわき揚げかま', description: '練り物' },
      { value: '11', label: 'めひかり唐揚げ', description: undefined },
    ]);
  });

  it('keeps a chosen item that is no longer listed, saying so, so saving does not drop it unseen', () => {
    expect(choiceOptions(products, [{ id: 11, name: 'めひかり唐揚げ' }, { id: 9, name: '旧商品' }], () => undefined, '登録から外れています')).toEqual([
      { value: '10', label: 'いわき揚げかま', description: undefined },
      { value: '11', label: 'めひかり唐揚げ', description: undefined },
      { value: '9', label: '旧商品', description: '登録から外れています' },
    ]);
  });
});

describe('chosenIds', () => {
  it('turns the ticked boxes back into ids, in the list’s order', () => {
    const options = [
      { value: '10', label: 'a' },
      { value: '11', label: 'b' },
      { value: '9', label: 'c' },
    ];
    expect(chosenIds(['9', '10'], options)).toEqual([10, 9]);
  });

  it('drops a value no option has', () => {
    expect(chosenIds(['42'], [{ value: '10', label: 'a' }])).toEqual([]);
  });
});

describe('latestMemberText', () => {
  const ja = async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'ja', resources, interpolation: { escapeValue: false } });
    return asTranslate(i18n.t);
  };

  it('says what the latest version has the firm bring', async () => {
    const t = await ja();
    expect(latestMemberText([{ name: 'いわき揚げかま' }, { name: 'めひかり唐揚げ' }], 'participant', t)).toBe(
      '最新の内容では、この事業者が持ち込む商品は「いわき揚げかま・めひかり唐揚げ」です。',
    );
    expect(latestMemberText([], 'participant', t)).toBe('最新の内容では、この事業者が持ち込む商品は選ばれていません。');
  });

  it('says when the firm or company is not (or no longer) in the latest version', async () => {
    const t = await ja();
    expect(latestMemberText(undefined, 'participant', t)).toBe('最新の内容では、この事業者は参加していません。');
    expect(latestMemberText(undefined, 'invitation', t)).toBe('最新の内容では、このバイヤー企業は招待されていません。');
  });

  it('names the contacts expected from an invited company', async () => {
    const t = await ja();
    expect(latestMemberText([{ name: '田中 美咲' }], 'invitation', t)).toBe(
      '最新の内容では、このバイヤー企業から来場予定の担当者は「田中 美咲」です。',
    );
  });
});
