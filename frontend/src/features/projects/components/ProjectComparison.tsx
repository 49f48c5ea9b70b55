import { useTranslation } from 'react-i18next';
import { ConflictComparison } from '@/components/ConflictComparison';
import { useTranslate } from '@/i18n/use-translate';
import { usePrograms } from '@/records/program/queries';
import type { Project, ProjectInput } from '@/lib/api/types';
import { comparedProjectFields, projectAsInput } from './project-fields';

/** In the 412 dialog: the project someone else saved beside what the user tried to save, field by field. */
export function ProjectComparison({ latest, mine }: { latest: Project; mine: ProjectInput }) {
  const { i18n } = useTranslation();
  const translate = useTranslate();
  const programs = usePrograms();
  const fields = comparedProjectFields(projectAsInput(latest), mine, { t: translate, language: i18n.language, programs: programs.data });
  return <ConflictComparison fields={fields} latestUpdatedAt={latest.updatedAt} />;
}
