import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailRow, DetailSection } from '@/components/DetailTable';
import { useTranslate } from '@/i18n/use-translate';
import { usePrograms } from '@/records/program/queries';
import type { Project } from '@/lib/api/types';
import { fiscalYearText } from '@/lib/fiscal-year';
import { formatDateTime, formatPeriod } from '@/lib/format';
import { programNameOf } from '@/lib/localized';
import { eventLine } from './project-fields';

/** 概要: program, fiscal year, period, partners, trade meetings, when it was saved. */
export function ProjectBasics({ project }: { project: Project }) {
  const { t, i18n } = useTranslation();
  const translate = useTranslate();
  const programs = usePrograms();
  const notSet = t('common.notSet');

  return (
    <DetailSection id="project-basics" title={t('projects.basicsHeading')}>
      <DetailRow label={t('projectFields.program')}>{programNameOf(project.program, programs.data, i18n.language)}</DetailRow>
      <DetailRow label={t('projectFields.fiscalYear')}>{fiscalYearText(project.fiscalYear, i18n.language)}</DetailRow>
      <DetailRow label={t('projectFields.period')}>{formatPeriod(project.startsOn, project.endsOn) ?? notSet}</DetailRow>
      <DetailRow label={t('projectFields.partners')}>
        {project.partners.length ? project.partners.join(t('common.listSeparator')) : notSet}
      </DetailRow>
      <DetailRow label={t('projectFields.events')}>
        {project.events.length === 0 ? (
          notSet
        ) : (
          <List size="sm">
            {project.events.map((e, i) => (
              <List.Item key={i}>{eventLine(e, translate)}</List.Item>
            ))}
          </List>
        )}
      </DetailRow>
      <DetailRow label={t('projects.updatedAt')}>
        <time dateTime={project.updatedAt}>{formatDateTime(project.updatedAt)}</time>
      </DetailRow>
    </DetailSection>
  );
}
