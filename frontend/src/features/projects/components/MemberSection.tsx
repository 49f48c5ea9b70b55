import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface MemberRow {
  id: number;
  name: string;
  /** The name as a link to the firm's or company's page. */
  link: ReactNode;
  /** What it brings or who is expected, as one line. */
  detail: string;
}

interface Props {
  headingId: string;
  title: string;
  rows: readonly MemberRow[];
  /** Said when there are no rows. */
  empty: string;
  /** Labels the detail line: 持ち込む商品, 来場予定の担当者. */
  detailLabel: string;
  /** Coordinators and admins, on a project that is not closed. */
  editable: boolean;
  busy: boolean;
  addLabel: string;
  onAdd: () => void;
  /** 商品を変更, 担当者を変更: the button, and its accessible name for one row. */
  editText: string;
  editLabel: (name: string) => string;
  onEdit: (id: number) => void;
  /** Resolves once the change is sent (whatever came of it). */
  onRemove: (id: number, name: string) => Promise<void>;
}

/** 参加事業者 and 招待バイヤー on a project's page: one card each, with its products or contacts. */
export function MemberSection(props: Props) {
  const { headingId, title, rows, empty, detailLabel, editable, busy, addLabel, onAdd, editText, editLabel, onEdit, onRemove } = props;
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<MemberRow | undefined>();
  const notSet = t('common.notSet');

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between">
        <Title order={2} size="h4" id={headingId}>
          {title}
        </Title>
        {editable && (
          <Button variant="light" size="sm" onClick={onAdd}>
            {addLabel}
          </Button>
        )}
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <Stack gap="xs" component="ul" aria-label={title} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rows.map((row) => (
            <Paper key={row.id} component="li" withBorder p="sm">
              <Group justify="space-between" wrap="wrap" align="flex-start" gap="sm">
                <Stack gap={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
                  {row.link}
                  <Text size="sm">
                    <Text span c="dimmed" size="sm">
                      {detailLabel}：
                    </Text>
                    {row.detail || notSet}
                  </Text>
                </Stack>
                {editable && (
                  <Group gap="xs">
                    <Button variant="default" size="xs" onClick={() => onEdit(row.id)} aria-label={editLabel(row.name)} disabled={busy}>
                      {editText}
                    </Button>
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      onClick={() => setRemoving(row)}
                      aria-label={t('projects.removeLabel', { name: row.name })}
                      disabled={busy}
                    >
                      {t('projects.remove')}
                    </Button>
                  </Group>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
      <Modal opened={removing !== undefined} onClose={() => setRemoving(undefined)} title={t('projects.removeTitle')} centered>
        <Text size="sm">{t('projects.removeConfirm', { name: removing?.name ?? '' })}</Text>
        <Group justify="flex-end" mt="lg" gap="sm">
          <Button variant="default" onClick={() => setRemoving(undefined)} data-autofocus disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={busy}
            onClick={() => {
              if (removing) void onRemove(removing.id, removing.name).then(() => setRemoving(undefined));
            }}
          >
            {t('projects.remove')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
