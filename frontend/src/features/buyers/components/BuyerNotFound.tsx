import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/links';
import { StateMessage } from '@/components/StateMessage';

export function BuyerNotFound() {
  const { t } = useTranslation();
  return (
    <StateMessage
      title={t('buyers.notFoundTitle')}
      description={t('buyers.notFoundDescription')}
      actions={
        <ButtonLink to="/buyers" variant="light">
          {t('buyers.backToList')}
        </ButtonLink>
      }
    />
  );
}
