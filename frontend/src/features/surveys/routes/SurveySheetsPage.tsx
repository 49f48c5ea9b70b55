import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { QRCodeSVG } from 'qrcode.react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '@/components/links';
import { StateMessage } from '@/components/StateMessage';
import { formatDate } from '@/lib/format';
import { parseRecordId } from '@/lib/record-id';
import type { InvitationSheet } from '@/records/survey/types';
import styles from '../components/print.module.css';
import { sheetsOf } from '../sheet-store';

const route = getRouteApi('/surveys/$id/sheets');

/** A calendar day of the API (2025-06-30) as a date in the sheet's language. */
function day(value: string, language: string): string {
  const [y, m, d] = value.split('-').map(Number);
  return formatDate(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1), language);
}

/**
 * 案内状: one A4 page per contact, in the contact's language, with the link as a QR code for
 * handing out at the venue. The links come from the answer that issued them (kept in memory).
 */
export function SurveySheetsPage() {
  const { id } = route.useParams();
  const surveyId = parseRecordId(id);
  const { t } = useTranslation();
  const [sheets] = useState<InvitationSheet[]>(() => (surveyId === undefined ? [] : sheetsOf(surveyId)));

  return (
    <Stack gap="lg">
      <Group justify="space-between" className={styles.noPrint}>
        <Stack gap={4}>
          {surveyId !== undefined && (
            <AnchorLink to="/surveys/$id" params={{ id: String(surveyId) }} size="sm">
              ← {t('surveySheets.back')}
            </AnchorLink>
          )}
          <Title order={1} fz={{ base: 24, sm: 28 }}>
            {t('surveySheets.title')}
          </Title>
          <Text c="dimmed">{t('surveySheets.description')}</Text>
        </Stack>
        {sheets.length > 0 && <Button onClick={() => window.print()}>{t('surveySheets.print')}</Button>}
      </Group>
      {sheets.length === 0 ? (
        <StateMessage title={t('surveySheets.emptyTitle')} description={t('surveySheets.emptyDescription')} />
      ) : (
        <div className={styles.document} data-testid="invitation-sheets">
          {sheets.map((sheet) => (
            <Sheet key={`${sheet.invitationId}-${sheet.token}`} sheet={sheet} />
          ))}
        </div>
      )}
    </Stack>
  );
}

function Sheet({ sheet }: { sheet: InvitationSheet }) {
  const { i18n } = useTranslation();
  // Each contact's own language, whatever the coordinator reads the app in.
  const t = i18n.getFixedT(sheet.language);
  return (
    <article className={styles.sheet} lang={sheet.language} aria-label={`${sheet.buyerCompanyName} ${sheet.contactName}`}>
      <Text size="sm" c="dimmed">
        {sheet.projectTitle}
      </Text>
      <Title order={2} size="h2">
        {t('surveySheets.heading')}
      </Title>
      <Text fw={700} style={{ whiteSpace: 'pre-line' }}>
        {t('surveySheets.greeting', { company: sheet.buyerCompanyName, contact: sheet.contactName })}
      </Text>
      <Text>{t('surveySheets.body', { project: sheet.projectTitle, survey: sheet.surveyTitle })}</Text>
      <Text fw={700}>{t('surveySheets.deadline', { date: day(sheet.closesOn, sheet.language) })}</Text>
      <figure className={styles.qr}>
        <QRCodeSVG value={sheet.url} size={200} level="M" marginSize={4} title={t('surveySheets.qrLabel')} role="img" aria-label={t('surveySheets.qrLabel')} />
        <figcaption className={styles.url}>
          {t('surveySheets.urlLabel')}: <span data-testid="sheet-url">{sheet.url}</span>
        </figcaption>
      </figure>
      <Text size="sm">{t('surveySheets.note')}</Text>
      <Text size="sm" c="dimmed" mt="auto">
        {t('surveySheets.footer')}
      </Text>
    </article>
  );
}
