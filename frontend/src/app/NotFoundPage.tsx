import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/links';
import { StateMessage } from '@/components/StateMessage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <StateMessage
      title={t('problem.not-found')}
      actions={
        <ButtonLink to="/" variant="light">
          {t('common.backToHome')}
        </ButtonLink>
      }
    />
  );
}
