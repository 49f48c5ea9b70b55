import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorsAlert } from '@/components/FormErrorsAlert';
import { AnchorLink } from '@/components/links';
import { LoadError, StateMessage } from '@/components/StateMessage';
import { useTranslate } from '@/i18n/use-translate';
import { useMe } from '@/lib/api/me';
import { fiscalYearText } from '@/lib/fiscal-year';
import { localErrorMessage } from '@/lib/problem';
import { useProjects } from '@/records/project/queries';
import { useSurveyTemplates } from '@/records/survey/queries';
import { useCreateSurvey } from '../api/surveys';
import { textIn } from '../components/text';
import { canManageSurveys } from '../permissions';

const route = getRouteApi('/surveys/new');

/** yyyy-mm-dd of a local date. */
function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** 調査を発行: a project, a template of its program (its latest version), a title and the answer period. */
export function SurveyNewPage() {
  const { t, i18n } = useTranslation();
  const translate = useTranslate();
  const me = useMe();
  const navigate = useNavigate();
  const search = route.useSearch();
  const allowed = me.data !== undefined && canManageSurveys(me.data.roles);
  const projects = useProjects({ sort: '-fiscalYear', page: 0, size: 200 }, allowed);
  const [projectId, setProjectId] = useState<number | undefined>(search.projectId);
  const project = projects.data?.items.find((p) => p.id === projectId);
  const templates = useSurveyTemplates(project?.program, allowed && project !== undefined);
  const [templateId, setTemplateId] = useState<number>();
  const [title, setTitle] = useState('');
  const today = new Date();
  const [opensOn, setOpensOn] = useState(isoDay(today));
  const [closesOn, setClosesOn] = useState(isoDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() + 30)));
  const [tried, setTried] = useState(false);
  const create = useCreateSurvey();

  if (me.isError) return <LoadError onRetry={() => void me.refetch()} />;
  if (me.data && !allowed) return <StateMessage title={t('surveys.forbiddenTitle')} />;

  const template = templates.data?.find((tpl) => tpl.id === templateId) ?? (templates.data?.length === 1 ? templates.data[0] : undefined);
  const orderWrong = closesOn < opensOn;
  const error = create.error ? localErrorMessage(create.error, translate) : undefined;
  const choosable = (projects.data?.items ?? []).filter((p) => p.state !== 'CLOSED');

  const submit = () => {
    setTried(true);
    if (!project || !template || !title.trim() || !opensOn || !closesOn || orderWrong) return;
    create.mutate(
      { projectId: project.id, templateVersionId: template.currentVersionId, title: title.trim(), opensOn, closesOn },
      {
        onSuccess: (saved) => {
          notifications.show({ message: t('surveyForm.created') });
          void navigate({ to: '/surveys/$id', params: { id: String(saved.survey.id) } });
        },
      },
    );
  };

  return (
    <Stack gap="lg" maw={720}>
      <AnchorLink to="/surveys" size="sm">
        ← {t('surveyDetail.back')}
      </AnchorLink>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 28 }}>
          {t('surveyForm.newTitle')}
        </Title>
        <Text c="dimmed">{t('surveyForm.newDescription')}</Text>
      </Stack>
      <Paper withBorder p="md">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack>
            {error && <FormErrorsAlert id="survey-new-errors" errors={error} />}
            <NativeSelect
              label={t('surveyForm.project')}
              description={t('surveyForm.projectHint')}
              required
              value={projectId === undefined ? '' : String(projectId)}
              error={tried && !project ? t('surveyForm.required') : undefined}
              onChange={(e) => {
                const id = e.currentTarget.value ? Number(e.currentTarget.value) : undefined;
                setProjectId(id);
                setTemplateId(undefined);
                const chosen = projects.data?.items.find((p) => p.id === id);
                if (chosen && !title) setTitle(`${chosen.title} ${t('nav.surveys')}`);
              }}
              data={[
                { value: '', label: t('surveyForm.projectPlaceholder') },
                ...choosable.map((p) => ({ value: String(p.id), label: `${p.title}（${fiscalYearText(p.fiscalYear, i18n.language)}）` })),
              ]}
            />
            {project && templates.data && templates.data.length === 0 && <Text c="red.8">{t('surveyForm.noTemplates')}</Text>}
            <NativeSelect
              label={t('surveyForm.template')}
              description={t('surveyForm.templateHint')}
              required
              disabled={!project}
              value={template ? String(template.id) : ''}
              error={tried && project && !template ? t('surveyForm.required') : undefined}
              onChange={(e) => setTemplateId(e.currentTarget.value ? Number(e.currentTarget.value) : undefined)}
              data={[
                { value: '', label: t('surveyForm.templatePlaceholder') },
                ...(templates.data ?? []).map((tpl) => ({
                  value: String(tpl.id),
                  label: `${textIn(tpl.name, i18n.language)}（${t('surveyTemplates.versionLabel', { number: tpl.currentVersionNumber })}）`,
                })),
              ]}
            />
            <TextInput
              label={t('surveyForm.title')}
              placeholder={t('surveyForm.titlePlaceholder')}
              required
              maxLength={200}
              value={title}
              error={tried && !title.trim() ? t('surveyForm.required') : undefined}
              onChange={(e) => setTitle(e.currentTarget.value)}
            />
            <Group grow align="flex-start">
              <TextInput type="date" label={t('surveyForm.opensOn')} required value={opensOn} onChange={(e) => setOpensOn(e.currentTarget.value)} />
              <TextInput
                type="date"
                label={t('surveyForm.closesOn')}
                description={t('surveyForm.closesOnHint')}
                required
                value={closesOn}
                error={orderWrong ? t('surveyForm.datesOrder') : undefined}
                onChange={(e) => setClosesOn(e.currentTarget.value)}
              />
            </Group>
            <Group justify="flex-end">
              <Button type="submit" loading={create.isPending}>
                {t('surveyForm.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
