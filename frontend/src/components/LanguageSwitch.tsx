import { SegmentedControl, type SegmentedControlProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, LANGUAGES, type Language } from '@/i18n';

type Props = Omit<SegmentedControlProps<Language>, 'data' | 'value' | 'onChange'>;

/** 日本語 / English. i18next persists the choice and sets <html lang> (see src/i18n). */
export function LanguageSwitch(props: Props) {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'ja';
  return (
    <SegmentedControl<Language>
      size="xs"
      aria-label={t('language.label')}
      data={LANGUAGES.map((lng) => ({ value: lng, label: t(`language.${lng}`) }))}
      value={current}
      onChange={(lng) => void changeLanguage(lng)}
      {...props}
    />
  );
}
