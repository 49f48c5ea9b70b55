import { useTranslation } from 'react-i18next';
import { ButtonLink } from '@/components/links';
import { StateMessage } from '@/components/StateMessage';
import type { Me } from '@/lib/api/types';
import { ownBuyerCompanyId } from '@/lib/roles';

/** The buyer registry is the staff's; a buyer with a company is pointed to its own page. */
export function BuyersForbidden({ me }: { me: Pick<Me, 'roles' | 'buyerCompanyId'> }) {
  const { t } = useTranslation();
  return (
    <StateMessage
      title={t('buyers.forbiddenTitle')}
      description={t('buyers.forbiddenDescription')}
      actions={
        ownBuyerCompanyId(me) !== undefined && (
          <ButtonLink to="/my-company" variant="light">
            {t('myCompany.open')}
          </ButtonLink>
        )
      }
    />
  );
}
