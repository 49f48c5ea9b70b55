import { describe, expect, it } from 'vitest';
import { emptyFollowUp, followUpSchema, toFollowUpInput } from './follow-up-form';

const messages = { required: 'required', future: 'future', bothNext: 'both', nextBefore: 'before' };
const today = '2026-02-12';
const schema = followUpSchema(messages, today);
const valid = { ...emptyFollowUp(today), channel: 'PHONE' as const, note: '見積もりを送付' };

function errors(values: Record<string, unknown>) {
  const result = schema.safeParse({ ...valid, ...values });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('followUpSchema', () => {
  it('accepts a follow-up of today without a next action', () => {
    expect(errors({})).toEqual({});
  });

  it('needs what was said, and a date no later than today', () => {
    expect(errors({ note: '  ' })).toEqual({ note: 'required' });
    expect(errors({ heldOn: '2026-02-13' })).toEqual({ heldOn: 'future' });
    expect(errors({ heldOn: '' })).toEqual({ heldOn: 'required' });
  });

  it('takes the next action and its date together, the date not before the follow-up', () => {
    expect(errors({ nextAction: 'サンプル送付' })).toEqual({ nextActionOn: 'both' });
    expect(errors({ nextActionOn: '2026-02-20' })).toEqual({ nextAction: 'both' });
    expect(errors({ nextAction: 'サンプル送付', nextActionOn: '2026-02-11' })).toEqual({ nextActionOn: 'before' });
    expect(errors({ nextAction: 'サンプル送付', nextActionOn: '2026-02-12' })).toEqual({});
  });

  it('knows only the four channels', () => {
    expect(errors({ channel: 'FAX' })).toEqual({ channel: 'required' });
  });
});

describe('toFollowUpInput', () => {
  it('sends no next action when there is none, and trims what was typed', () => {
    expect(toFollowUpInput({ ...valid, note: ' 商談した ' })).toEqual({ heldOn: today, channel: 'PHONE', note: '商談した' });
    expect(toFollowUpInput({ ...valid, nextAction: ' 再訪問 ', nextActionOn: '2026-03-01' })).toMatchObject({
      nextAction: '再訪問',
      nextActionOn: '2026-03-01',
    });
  });
});
