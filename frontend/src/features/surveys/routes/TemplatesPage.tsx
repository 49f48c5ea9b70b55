import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '@/components/links';
import { ListTable } from '@/components/ListTable';
import { TableSkeleton } from '@/components/Skeletons';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useMe } from '@/lib/api/me';
import { formatDateNumeric } from '@/lib/format';
import { programName } from '@/lib/localized';
import { usePrograms } from '@/records/program/queries';
import { useSurveyTemplates } from '@/records/survey/queries';
import { textIn } from '../components/text';
import { canEditTemplates, canReadSurveys } from '../permissions';

/** 調査テンプレート: the questionnaires of each program, with their latest version. */
export function TemplatesPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const allowed = me.data !== undefined && canReadSurveys(me.data.roles);
  const templates = useSurveyTemplates(undefined, allowed);
  const programs = usePrograms();

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('surveyTemplates.forbiddenTitle')} />;
  const edit = me.data !== undefined && canEditTemplates(me.data.roles);
  const nameOf = (code: string) => {
    const program = programs.data?.find((p) => p.code === code);
    return program ? programName(program, i18n.language) : code;
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Title order={1} fz={{ base: 24, sm: 28 }}>
            {t('surveyTemplates.title')}
          </Title>
          <Text c="dimmed">{t('surveyTemplates.description')}</Text>
        </Stack>
        {edit && <ButtonLink to="/survey-templates/new">{t('surveyTemplates.new')}</ButtonLink>}
      </Group>
      {me.isPending || templates.isPending ? (
        <TableSkeleton />
      ) : templates.isError ? (
        <LoadError onRetry={() => void templates.refetch()} />
      ) : templates.data.length === 0 ? (
        <StateMessage title={t('surveyTemplates.emptyTitle')} />
      ) : (
        <ListTable caption={t('surveyTemplates.tableCaption')} minWidth={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('surveyTemplates.name')}</Table.Th>
              <Table.Th scope="col">{t('surveyTemplates.program')}</Table.Th>
              <Table.Th scope="col">{t('surveyTemplates.version')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('surveyTemplates.versionCount')}
              </Table.Th>
              <Table.Th scope="col">{t('surveyTemplates.updatedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {templates.data.map((tpl) => (
              <Table.Tr key={tpl.id}>
                <Table.Td>
                  <AnchorLink to="/survey-templates/$id" params={{ id: String(tpl.id) }} fw={600}>
                    {textIn(tpl.name, i18n.language)}
                  </AnchorLink>{' '}
                  {tpl.shipped && (
                    <Badge size="xs" variant="light">
                      {t('surveyTemplates.shipped')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{nameOf(tpl.program)}</Table.Td>
                <Table.Td>{t('surveyTemplates.versionLabel', { number: tpl.currentVersionNumber })}</Table.Td>
                <Table.Td ta="right">{tpl.versionCount}</Table.Td>
                <Table.Td>{formatDateNumeric(tpl.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ListTable>
      )}
    </Stack>
  );
}
