import { describe, expect, it } from 'vitest';
import type { TimetableMailReport } from '@/lib/api/types';
import { mailOutcome } from './timetable-mail';

const report: TimetableMailReport = {
  timetableVersion: 4,
  sent: [
    { buyerCompanyId: 2, buyerCompanyName: 'B商事', emails: ['b1@example.jp', 'b2@example.jp'] },
    { buyerCompanyId: 1, buyerCompanyName: 'A商店', emails: ['a@example.jp'] },
  ],
  failed: [
    { buyerCompanyId: 3, buyerCompanyName: 'C物産', email: 'c1@example.jp', key: 'timetable.mail.unavailable', reason: 'Connection refused' },
    { buyerCompanyId: 3, buyerCompanyName: 'C物産', email: 'c2@example.jp', key: 'timetable.mail.unavailable', reason: 'Connection refused' },
  ],
  skipped: [
    { buyerCompanyId: 5, buyerCompanyName: 'E食品', reason: 'NO_CONTACT_EMAIL' },
    { buyerCompanyId: 9, reason: 'NOT_INVITED' },
  ],
};

describe('mailOutcome', () => {
  it('counts the companies reached, the mails sent and the mails that failed', () => {
    const outcome = mailOutcome(report);
    expect(outcome.sentCompanies).toBe(2);
    expect(outcome.sentMails).toBe(3);
    expect(outcome.failedMails).toBe(2);
  });

  it('lists failures first, then the skipped, then who got it, each by name', () => {
    const kinds = mailOutcome(report).lines.map((l) => `${l.kind}:${l.name}`);
    expect(kinds).toEqual(['failed:C物産', 'failed:C物産', 'skipped:#9', 'skipped:E食品', 'sent:A商店', 'sent:B商事']);
  });

  it('retries each company with a failed mail once, and nobody when all went out', () => {
    expect(mailOutcome(report).retry).toEqual([3]);
    expect(mailOutcome({ ...report, failed: [] }).retry).toEqual([]);
  });
});
