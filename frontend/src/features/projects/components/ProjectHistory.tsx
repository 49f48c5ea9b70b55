import { useTranslation } from 'react-i18next';
import { AuditHistory } from '@/components/AuditHistory';
import { useTranslate } from '@/i18n/use-translate';
import { usePrograms } from '@/records/program/queries';
import { useProjectHistory } from '@/records/project/queries';
import { projectValueText } from './project-fields';
import { projectHistoryLabel } from './project-history';

/** 変更履歴 of a project: its fields, state, participants and invitations, in the project's words. */
export function ProjectHistory({ projectId }: { projectId: number }) {
  const { i18n } = useTranslation();
  const translate = useTranslate();
  const history = useProjectHistory(projectId);
  const programs = usePrograms();
  const ctx = { t: translate, language: i18n.language, programs: programs.data };

  return (
    <AuditHistory
      headingId="project-history"
      history={history}
      fieldLabel={(field) => projectHistoryLabel(field, translate)}
      formatValue={(field, value) => projectValueText(field, value, ctx)}
    />
  );
}
