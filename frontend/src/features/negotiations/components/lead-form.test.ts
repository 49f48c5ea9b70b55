import { describe, expect, it } from 'vitest';
import { emptyLead, fromLeadDraft, leadSchema, toLeadDraft } from './lead-form';

const schema = leadSchema({ required: 'required', email: 'email', contact: 'contact' });
const booth = { projectId: 3, projectTitle: 'SMTS 2027', firmId: 7, firmTradeName: 'いわき水産', products: [{ id: 70, name: 'さんまみりん干し' }] };
const typed = { ...emptyLead, company: ' 東京フレッシュマート ', person: '山田 花子', email: 'hanako@example.jp' };

function errors(values: Record<string, unknown>) {
  const result = schema.safeParse({ ...typed, ...values });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('leadSchema', () => {
  it('takes a company, a person and one way to reach them', () => {
    expect(errors({})).toEqual({});
    expect(errors({ email: '', phone: '03-1234-5678' })).toEqual({});
  });

  it('needs the company and the person, and an e-mail or a phone', () => {
    expect(errors({ company: ' ', person: '' })).toEqual({ company: 'required', person: 'required' });
    expect(errors({ email: '', phone: '' })).toEqual({ email: 'contact' });
    expect(errors({ email: 'not-an-address' })).toEqual({ email: 'email' });
  });
});

describe('toLeadDraft and back', () => {
  it('sends what was typed, trimmed, for the booth, stamped with the time of capture, and no empty fields', () => {
    const draft = toLeadDraft({ ...typed, productIds: [70] }, booth, new Date('2027-02-10T01:02:03Z'));
    expect(draft).toEqual({
      projectId: 3,
      firmId: 7,
      company: { name: '東京フレッシュマート' },
      person: { name: '山田 花子', email: 'hanako@example.jp' },
      productIds: [70],
      capturedAt: '2027-02-10T01:02:03.000Z',
    });
    expect(fromLeadDraft(draft)).toMatchObject({ company: '東京フレッシュマート', email: 'hanako@example.jp', productIds: [70], phone: '' });
  });
});
