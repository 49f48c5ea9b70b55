import 'i18next';
import type auth from './locales/ja/auth.json';
import type buyers from './locales/ja/buyers.json';
import type catalogue from './locales/ja/catalogue.json';
import type common from './locales/ja/common.json';
import type firms from './locales/ja/firms.json';
import type home from './locales/ja/home.json';
import type imports from './locales/ja/imports.json';
import type kpi from './locales/ja/kpi.json';
import type me from './locales/ja/me.json';
import type negotiations from './locales/ja/negotiations.json';
import type products from './locales/ja/products.json';
import type programs from './locales/ja/programs.json';
import type projects from './locales/ja/projects.json';
import type surveyAnswer from './lazy/ja/survey-answer.json';
import type surveyScreens from './lazy/ja/surveys.json';
import type surveys from './locales/ja/surveys.json';

// Japanese is the reference: a key missing there is a type error at its call site. The app
// merges every file of locales/ja at start-up; TypeScript cannot list a folder, so a new
// area adds its file here too (else its `t('<area>.…')` calls fail typecheck).
type JapaneseMessages = typeof auth &
  typeof buyers &
  typeof catalogue &
  typeof common &
  typeof firms &
  typeof home &
  typeof imports &
  typeof kpi &
  typeof me &
  typeof negotiations &
  typeof products &
  typeof programs &
  typeof projects &
  typeof surveys &
  // Loaded with the area's pages (lazy-messages.ts), typed all the same.
  typeof surveyAnswer &
  typeof surveyScreens;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: JapaneseMessages };
  }
}
