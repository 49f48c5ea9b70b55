/**
 * i18next for the public answer page alone: only the answer form's messages
 * (lazy/<language>/survey-answer.json), not every area's, so the link's page stays small.
 * The signed-in app merges the same files with the others (messages.ts).
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './lazy/en/survey-answer.json';
import ja from './lazy/ja/survey-answer.json';

/** The key the signed-in app keeps the chosen language under, so both agree on a shared device. */
const LANGUAGE_STORAGE_KEY = 'iwaki-matching.language';

type AnswerLanguage = 'ja' | 'en';

function stored(): AnswerLanguage | undefined {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return value === 'ja' || value === 'en' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the reader chose a language here before (then the contact's preference does not override it). */
export function hasChosenLanguage(): boolean {
  return stored() !== undefined;
}

/** Switches the page's language; `remember` keeps a reader's own choice. */
export async function switchAnswerLanguage(language: AnswerLanguage, remember: boolean): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  document.title = i18next.t('surveyAnswer.documentTitle');
  if (remember) {
    try {
      window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // storage switched off: the choice lasts for this page
    }
  }
}

export async function initAnswerI18n(): Promise<typeof i18next> {
  const lng = stored() ?? 'ja';
  await i18next.use(initReactI18next).init({
    resources: { ja: { translation: ja }, en: { translation: en } },
    lng,
    fallbackLng: 'ja',
    supportedLngs: ['ja', 'en'],
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = lng;
  document.title = i18next.t('surveyAnswer.documentTitle');
  return i18next;
}
