import type { ErrorComponentProps } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { StateMessage } from '@/components/StateMessage';

/**
 * A page that failed to load or render. The usual cause is a page's code no longer on the
 * server after a new release: reloading fetches the current one.
 */
export function RouteError({ error }: ErrorComponentProps) {
  const { t } = useTranslation();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <StateMessage
      color="red"
      title={t('common.loadError')}
      description={t('common.loadErrorDescription')}
      onRetry={() => window.location.reload()}
    />
  );
}
