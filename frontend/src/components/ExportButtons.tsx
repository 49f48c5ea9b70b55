import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTranslate } from '@/i18n/use-translate';
import { downloadFile, toQueryString, type QueryValue } from '@/lib/api/binary';
import { describeError } from '@/lib/problem';

export type ExportFormat = 'csv' | 'xlsx';

interface Props {
  /** The export endpoint, e.g. `/api/firms/export`. */
  path: string;
  /** The list's current filters, as the API names them (no page). */
  params: Record<string, QueryValue>;
  /** The name to save under when the answer names none, without extension. */
  baseName: string;
}

/** 「CSV」「Excel」: the whole filtered list as a file, fetched with the user's token. */
export function ExportButtons({ path, params, baseName }: Props) {
  const { t } = useTranslation();
  const translate = useTranslate();
  const [busy, setBusy] = useState<ExportFormat | undefined>();

  const download = async (format: ExportFormat) => {
    setBusy(format);
    try {
      await downloadFile(`${path}${toQueryString({ ...params, format })}`, `${baseName}.${format}`);
    } catch (error) {
      notifications.show({ color: 'red', ...describeError(error, translate) });
    } finally {
      setBusy(undefined);
    }
  };

  return (
    <Group gap="xs" role="group" aria-label={t('export.label')}>
      {(['csv', 'xlsx'] as const).map((format) => (
        <Button
          key={format}
          variant="default"
          loading={busy === format}
          disabled={busy !== undefined && busy !== format}
          onClick={() => void download(format)}
          aria-label={t(format === 'csv' ? 'export.csvLabel' : 'export.xlsxLabel')}
        >
          {t(format === 'csv' ? 'export.csv' : 'export.xlsx')}
        </Button>
      ))}
    </Group>
  );
}
