import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NegotiationStage } from '@/lib/api/types';

// Each stage its own look, every one above 4.5:1 on white (outline text is shade 8; the light
// variants of blue, teal, red and gray are darkened in the theme's cssVariablesResolver).
const LOOK: Record<NegotiationStage, { color: string; variant: 'light' | 'outline' }> = {
  INTRODUCED: { color: 'gray', variant: 'outline' },
  SCHEDULED: { color: 'indigo', variant: 'outline' },
  MET: { color: 'violet', variant: 'outline' },
  CONTINUING: { color: 'blue', variant: 'light' },
  WON: { color: 'teal', variant: 'light' },
  LOST: { color: 'red', variant: 'light' },
  WITHDRAWN: { color: 'gray', variant: 'light' },
};

/** 紹介済 / 商談予定 / 商談実施 / 継続商談 / 成約 / 不成立 / 辞退 */
export function NegotiationStageBadge({ stage }: { stage: NegotiationStage }) {
  const { t } = useTranslation();
  return (
    <Badge color={LOOK[stage].color} variant={LOOK[stage].variant} radius="sm" style={{ flexShrink: 0 }}>
      {t(`stage.${stage}`)}
    </Badge>
  );
}

/** 新規取引先: computed by the API (the firm's first WON with this buyer company), never typed. */
export function NewTradingPartnerBadge() {
  const { t } = useTranslation();
  return (
    <Tooltip label={t('negotiations.newPartnerDescription')} multiline w={240} events={{ hover: true, focus: true, touch: true }}>
      <Badge color="teal" variant="light" radius="sm" tabIndex={0} style={{ flexShrink: 0 }}>
        ★ {t('negotiations.newPartner')}
      </Badge>
    </Tooltip>
  );
}
