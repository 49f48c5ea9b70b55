import type { TimetableMailReport } from '@/lib/api/types';

/** One line of the result of sending the timetable: a buyer company and what happened to its mail. */
export type MailLine =
  | { kind: 'sent'; buyerCompanyId: number; name: string; emails: string[] }
  | { kind: 'failed'; buyerCompanyId: number; name: string; email: string; key: string; reason: string }
  | { kind: 'skipped'; buyerCompanyId: number; name: string; reason: TimetableMailReport['skipped'][number]['reason'] };

export interface MailOutcome {
  /** Buyer companies at least one of whose contacts got it. */
  sentCompanies: number;
  sentMails: number;
  failedMails: number;
  /** Failed first (they need the coordinator), then skipped, then sent; each by company name. */
  lines: MailLine[];
  /** The companies to send to again: those with a failed mail (the API leaves out who already has this version). */
  retry: number[];
}

const ORDER = { failed: 0, skipped: 1, sent: 2 } as const;

export function mailOutcome(report: TimetableMailReport): MailOutcome {
  const lines: MailLine[] = [
    ...report.failed.map((f): MailLine => ({ kind: 'failed', buyerCompanyId: f.buyerCompanyId, name: f.buyerCompanyName, email: f.email, key: f.key, reason: f.reason })),
    ...report.skipped.map((s): MailLine => ({ kind: 'skipped', buyerCompanyId: s.buyerCompanyId, name: s.buyerCompanyName ?? `#${s.buyerCompanyId}`, reason: s.reason })),
    ...report.sent.map((s): MailLine => ({ kind: 'sent', buyerCompanyId: s.buyerCompanyId, name: s.buyerCompanyName, emails: s.emails })),
  ];
  lines.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.name.localeCompare(b.name, 'ja') || a.buyerCompanyId - b.buyerCompanyId);
  return {
    sentCompanies: report.sent.length,
    sentMails: report.sent.reduce((n, s) => n + s.emails.length, 0),
    failedMails: report.failed.length,
    lines,
    retry: [...new Set(report.failed.map((f) => f.buyerCompanyId))],
  };
}
