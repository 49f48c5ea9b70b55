import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '@/i18n/messages';
import { asTranslate } from '@/i18n/use-translate';
import type { Project, ProjectInput } from '@/lib/api/types';
import { comparedProjectFields, eventLine, projectAsInput, type ProjectTextContext } from './project-fields';

async function context(lng: 'ja' | 'en'): Promise<ProjectTextContext> {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources, interpolation: { escapeValue: false } });
  return { t: asTranslate(i18n.t), language: lng, programs: [{ code: 'FOOD', nameJa: '食の販路開拓', nameEn: 'Food sales' }] };
}

const project: Project = {
  id: 7,
  program: 'FOOD',
  fiscalYear: 2025,
  title: '首都圏バイヤー商談会',
  startsOn: '2025-09-01',
  endsOn: '2025-09-30',
  state: 'OPEN',
  partners: ['いわき観光まちづくりビューロー'],
  events: [{ heldOn: '2025-09-12', venue: 'いわき産業創造館', capacity: 30 }],
  participants: [{ firmId: 1, tradeName: 'いわき水産', tradeNameKana: 'イワキスイサン', products: [] }],
  invitations: [],
  version: 4,
  createdAt: '2025-05-01T00:00:00Z',
  updatedAt: '2025-06-11T15:30:00Z',
};

describe('projectAsInput', () => {
  it('is the body that would save the project unchanged, without its members or state', () => {
    expect(projectAsInput(project)).toEqual({
      program: 'FOOD',
      fiscalYear: 2025,
      title: '首都圏バイヤー商談会',
      startsOn: '2025-09-01',
      endsOn: '2025-09-30',
      partners: ['いわき観光まちづくりビューロー'],
      events: [{ heldOn: '2025-09-12', venue: 'いわき産業創造館', capacity: 30 }],
    });
  });
});

describe('comparedProjectFields', () => {
  it('lists only the fields that differ, in the form’s order, as people read them', async () => {
    const ctx = await context('ja');
    const theirs = projectAsInput(project);
    const mine: ProjectInput = { ...theirs, title: '首都圏商談会（秋）', fiscalYear: 2026, endsOn: undefined };
    expect(comparedProjectFields(theirs, mine, ctx)).toEqual([
      { field: 'fiscalYear', label: '年度', theirs: '令和7年度（FY2025）', mine: '令和8年度（FY2026）' },
      { field: 'title', label: 'プロジェクト名', theirs: '首都圏バイヤー商談会', mine: '首都圏商談会（秋）' },
      { field: 'endsOn', label: '終了日', theirs: '2025/09/30', mine: '—' },
    ]);
  });

  it('compares partners and events item by item, one a line', async () => {
    const ctx = await context('ja');
    const theirs = projectAsInput(project);
    const mine: ProjectInput = {
      ...theirs,
      partners: ['いわき観光まちづくりビューロー', 'いわき市'],
      events: [{ heldOn: '2025-09-12', venue: 'いわき産業創造館', capacity: 40 }],
    };
    expect(comparedProjectFields(theirs, mine, ctx)).toEqual([
      { field: 'partners', label: '連携先', theirs: 'いわき観光まちづくりビューロー', mine: 'いわき観光まちづくりビューロー\nいわき市' },
      { field: 'events', label: '商談会', theirs: '2025/09/12 いわき産業創造館（定員30名）', mine: '2025/09/12 いわき産業創造館（定員40名）' },
    ]);
  });

  it('sees no difference between an absent list and an empty one, or the same values', async () => {
    const ctx = await context('ja');
    const theirs = { ...projectAsInput(project), partners: [], events: [] };
    expect(comparedProjectFields(theirs, { ...theirs, partners: undefined, events: undefined }, ctx)).toEqual([]);
  });

  it('shows the program by name, in English too', async () => {
    const ctx = await context('en');
    const theirs = projectAsInput(project);
    const [program] = comparedProjectFields(theirs, { ...theirs, program: 'TRADE_SHOW' }, ctx);
    expect(program).toEqual({ field: 'program', label: 'Program', theirs: 'Food sales', mine: 'TRADE_SHOW' });
  });
});

describe('eventLine', () => {
  it('leaves out a capacity that is not set', async () => {
    const { t } = await context('ja');
    expect(eventLine({ heldOn: '2026-02-10', venue: '幕張メッセ' }, t)).toBe('2026/02/10 幕張メッセ');
  });
});
