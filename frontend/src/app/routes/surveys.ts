import { createRoute, lazyRouteComponent, stripSearchParams } from '@tanstack/react-router';
import {
  INTRODUCTIONS_SEARCH_DEFAULTS,
  INVITATIONS_SEARCH_DEFAULTS,
  introductionsSearchSchema,
  invitationsSearchSchema,
  SURVEYS_SEARCH_DEFAULTS,
  surveysSearchSchema,
} from '@/features/surveys/routes/survey-search';
import { canAnswerOwnSurveys, canEditTemplates, canReadSurveys } from '@/features/surveys/permissions';
import { loadLazyMessages } from '@/i18n/lazy-messages';
import type { NavEntry } from '../area';
import { rootRoute } from './root';

// The surveys area's screens, with their messages loaded alongside (not on the landing page).
const beforeLoad = () => loadLazyMessages('surveys', 'survey-answer');

const surveysRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'surveys',
  validateSearch: surveysSearchSchema,
  search: { middlewares: [stripSearchParams(SURVEYS_SEARCH_DEFAULTS)] },
  beforeLoad,
  component: lazyRouteComponent(() => import('@/features/surveys/routes/SurveysPage'), 'SurveysPage'),
});
const surveyNewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'surveys/new',
  validateSearch: surveysSearchSchema,
  beforeLoad,
  component: lazyRouteComponent(() => import('@/features/surveys/routes/SurveyNewPage'), 'SurveyNewPage'),
});
const surveyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'surveys/$id',
  validateSearch: invitationsSearchSchema,
  search: { middlewares: [stripSearchParams(INVITATIONS_SEARCH_DEFAULTS)] },
  beforeLoad,
  component: lazyRouteComponent(() => import('@/features/surveys/routes/SurveyDetailPage'), 'SurveyDetailPage'),
});
const surveySheetsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'surveys/$id/sheets',
  beforeLoad,
  component: lazyRouteComponent(() => import('@/features/surveys/routes/SurveySheetsPage'), 'SurveySheetsPage'),
});
const surveyAnalysisRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'surveys/$id/analysis',
  beforeLoad,
  component: lazyRouteComponent(() => import('@/features/surveys/routes/SurveyAnalysisPage'), 'SurveyAnalysisPage'),
});
const surveyReportRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'surveys/$id/report',
  beforeLoad,
  component: lazyRouteComponent(() => import('@/features/surveys/routes/AggregateReportPage'), 'AggregateReportPage'),
});
const feedbackRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'surveys/$id/feedback/$firmId',
  beforeLoad,
  component: lazyRouteComponent(() => import('@/features/surveys/routes/FeedbackReportPage'), 'FeedbackReportPage'),
});
const proxyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'surveys/$id/invitations/$invitationId/proxy',
  beforeLoad,
  component: lazyRouteComponent(() => import('@/features/surveys/routes/ProxyEntryPage'), 'ProxyEntryPage'),
});
const templatesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'survey-templates',
  beforeLoad,
  component: lazyRouteComponent(() => import('@/features/surveys/routes/TemplatesPage'), 'TemplatesPage'),
});
const templateNewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'survey-templates/new',
  beforeLoad,
  component: lazyRouteComponent(() => import('@/features/surveys/routes/TemplateEditorPage'), 'TemplateNewPage'),
});
const templateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'survey-templates/$id',
  beforeLoad,
  component: lazyRouteComponent(() => import('@/features/surveys/routes/TemplateEditorPage'), 'TemplateEditPage'),
});
const introductionsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'introductions',
  validateSearch: introductionsSearchSchema,
  search: { middlewares: [stripSearchParams(INTRODUCTIONS_SEARCH_DEFAULTS)] },
  beforeLoad,
  component: lazyRouteComponent(() => import('@/features/surveys/routes/IntroductionsPage'), 'IntroductionsPage'),
});
const mySurveysRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'my-surveys',
  beforeLoad,
  component: lazyRouteComponent(() => import('@/features/surveys/routes/MySurveysPage'), 'MySurveysPage'),
});
const mySurveyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'my-surveys/$id',
  beforeLoad,
  component: lazyRouteComponent(() => import('@/features/surveys/routes/MySurveyAnswerPage'), 'MySurveyAnswerPage'),
});

export const routes = [
  surveysRoute,
  surveyNewRoute,
  surveyRoute,
  surveySheetsRoute,
  surveyAnalysisRoute,
  surveyReportRoute,
  feedbackRoute,
  proxyRoute,
  templatesRoute,
  templateNewRoute,
  templateRoute,
  introductionsRoute,
  mySurveysRoute,
  mySurveyRoute,
] as const;

export const nav: NavEntry[] = [
  { to: '/surveys', labelKey: 'nav.surveys', order: 52, shownTo: (me) => canReadSurveys(me.roles) },
  { to: '/introductions', labelKey: 'nav.introductions', order: 53, shownTo: (me) => canReadSurveys(me.roles) },
  { to: '/survey-templates', labelKey: 'nav.surveyTemplates', order: 54, shownTo: (me) => canEditTemplates(me.roles) },
  { to: '/my-surveys', labelKey: 'nav.mySurveys', order: 65, shownTo: (me) => canAnswerOwnSurveys(me.roles) },
];
