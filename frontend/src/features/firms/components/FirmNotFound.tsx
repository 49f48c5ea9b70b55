import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/links';
import { StateMessage } from '@/components/StateMessage';

export function FirmNotFound() {
  const { t } = useTranslation();
  return (
    <StateMessage
      title={t('firms.notFoundTitle')}
      description={t('firms.notFoundDescription')}
      actions={
        <ButtonLink to="/firms" variant="light">
          {t('firms.backToList')}
        </ButtonLink>
      }
    />
  );
}
