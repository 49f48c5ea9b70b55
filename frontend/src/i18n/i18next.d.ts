import 'i18next';
import type ja from './locales/ja.json';
import type surveyAnswer from './locales/ja/survey-answer.json';

// Japanese is the reference: a key missing there is a type error at its call site.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof ja & typeof surveyAnswer };
  }
}
