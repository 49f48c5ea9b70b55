import { Button, EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  description?: string;
  /** Shows a reload button that calls this. */
  onRetry?: () => void;
  actions?: ReactNode;
  color?: 'red' | 'gray';
}

/** Empty, not-found, forbidden and error states share one look. */
export function StateMessage({ title, description, onRetry, actions, color = 'gray' }: Props) {
  const { t } = useTranslation();
  return (
    <EmptyState
      my="xl"
      color={color}
      title={title}
      description={description}
      role={color === 'red' ? 'alert' : undefined}
    >
      {(onRetry || actions) && (
        <EmptyState.Actions>
          {onRetry && (
            <Button variant="light" onClick={onRetry}>
              {t('common.retry')}
            </Button>
          )}
          {actions}
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}

/** The usual error state of a failed query. */
export function LoadError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <StateMessage
      color="red"
      title={t('common.loadError')}
      description={t('common.loadErrorDescription')}
      onRetry={onRetry}
    />
  );
}
