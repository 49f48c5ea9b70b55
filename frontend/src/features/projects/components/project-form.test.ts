import { describe, expect, it } from 'vitest';
import { emptyProjectForm, isProjectFormField, projectFormSchema, toProjectInput } from './project-form';

const schema = projectFormSchema((key) => key);
const base = { ...emptyProjectForm(2025), program: 'FOOD', title: '首都圏商談会' };

describe('projectFormSchema', () => {
  it('makes the body of a filled form', () => {
    const values = schema.parse({
      ...base,
      startsOn: '2025-09-01',
      endsOn: '2025-09-30',
      partners: [' いわき観光まちづくりビューロー ', ''],
      events: [{ heldOn: '2025-09-12', venue: '東京ビッグサイト', capacity: '３０' }],
    });
    expect(toProjectInput(values)).toEqual({
      program: 'FOOD',
      fiscalYear: 2025,
      title: '首都圏商談会',
      startsOn: '2025-09-01',
      endsOn: '2025-09-30',
      partners: ['いわき観光まちづくりビューロー'],
      events: [{ heldOn: '2025-09-12', venue: '東京ビッグサイト', capacity: 30 }],
    });
  });

  it('needs a program, a title and a fiscal year 2000–2100', () => {
    expect(schema.safeParse({ ...base, program: '' }).success).toBe(false);
    expect(schema.safeParse({ ...base, title: ' ' }).success).toBe(false);
    expect(schema.safeParse({ ...base, fiscalYear: '1999' }).success).toBe(false);
    expect(schema.safeParse({ ...base, fiscalYear: 'abc' }).success).toBe(false);
  });

  it('refuses an end before the start', () => {
    const result = schema.safeParse({ ...base, startsOn: '2025-10-01', endsOn: '2025-09-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['endsOn']);
  });

  it('needs a date and venue for each event and a sane capacity', () => {
    expect(schema.safeParse({ ...base, events: [{ heldOn: '', venue: 'x', capacity: '' }] }).success).toBe(false);
    expect(schema.safeParse({ ...base, events: [{ heldOn: '2025-09-12', venue: '', capacity: '' }] }).success).toBe(false);
    expect(schema.safeParse({ ...base, events: [{ heldOn: '2025-09-12', venue: 'x', capacity: '-1' }] }).success).toBe(false);
  });
});

describe('isProjectFormField', () => {
  it('knows the inputs by their paths', () => {
    expect(isProjectFormField('events.0.venue')).toBe(true);
    expect(isProjectFormField('partners.3')).toBe(true);
    expect(isProjectFormField('participants')).toBe(false);
  });
});
