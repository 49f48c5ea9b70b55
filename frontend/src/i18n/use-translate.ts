import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '@/lib/problem';

type UntypedT = (key: string, options: Record<string, unknown>) => string;

/**
 * `t` for keys only known at run time (problem types, API message keys); they fall back
 * to a defaultValue when unknown. Typed keys stay with `useTranslation().t`.
 */
export function asTranslate(t: TFunction): Translate {
  // i18next's typed `t` accepts only the keys of locales/ja; these keys come from the API.
  const untyped = t as unknown as UntypedT;
  return (key, options) => untyped(key, options ?? {});
}

/** {@link asTranslate} for the language now shown: a new function after a switch. */
export function useTranslate(): Translate {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => asTranslate(i18n.getFixedT(language)), [i18n, language]);
}
