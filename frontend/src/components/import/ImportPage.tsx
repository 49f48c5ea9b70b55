import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '@/components/links';
import { FormSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import type { Role } from '@/lib/api/types';
import type { ImportKind } from '@/lib/csv-import';
import type { ValueOptions } from './ImportMappingStep';
import type { ChangeDescriber } from './ImportRowsTable';
import { ImportWizard } from './ImportWizard';

interface Props {
  kind: ImportKind;
  /** Who may import this kind; the API checks the same again. */
  allowed: (roles: readonly Role[]) => boolean;
  /** The list the imported records appear in, and the words of the link back to it. */
  list: { to: '/firms' | '/buyers' | '/products'; label: string };
  describe: ChangeDescriber;
  onCommitted?: () => void;
  /** Choices for values given for every row (the industries), by how the field is read. */
  valueOptions?: ValueOptions;
}

/** The page of one kind's CSV import: its title, what it matches on, and the wizard; refused to other roles. */
export function ImportPage({ kind, allowed, list, describe, onCommitted, valueOptions }: Props) {
  const { t } = useTranslation();
  const me = useMe();

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.isPending) return <FormSkeleton />;
  if (!allowed(me.data.roles)) {
    return (
      <StateMessage
        title={t('importWizard.forbiddenTitle')}
        description={t('importWizard.forbiddenDescription')}
        actions={
          <ButtonLink to={list.to} variant="light">
            {list.label}
          </ButtonLink>
        }
      />
    );
  }

  return (
    <Stack gap="lg">
      <AnchorLink to={list.to} size="sm">
        ← {list.label}
      </AnchorLink>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 22, sm: 28 }}>
          {t(`importWizard.kinds.${kind}.title`)}
        </Title>
        <Text c="dimmed">{t(`importWizard.kinds.${kind}.description`)}</Text>
      </Stack>
      <ImportWizard
        kind={kind}
        describe={describe}
        onCommitted={onCommitted}
        valueOptions={valueOptions}
        listLink={<ButtonLink to={list.to}>{list.label}</ButtonLink>}
      />
    </Stack>
  );
}
