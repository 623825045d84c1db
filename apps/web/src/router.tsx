// The route table: guest-only auth pages, guarded app pages inside AppLayout, and fallbacks.
// Every page is a lazy route: the first load carries only the shell (router, session, layout) and
// the one page asked for, never the editor, charts or calendar (see bench:web for the sizes).
import { createBrowserRouter } from 'react-router';
import { GuestOnly, RequireAuth } from './auth/guards';
import { PageLoader } from './components/Spinner';
import { AppLayout } from './layouts/AppLayout';
import { NotFoundPage } from './pages/NotFoundPage';
import { RouteError } from './pages/RouteError';

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    // Shown while a lazily loaded page's code arrives on a full page load.
    hydrateFallbackElement: <PageLoader />,
    children: [
      {
        element: <GuestOnly />,
        children: [
          {
            path: '/login',
            lazy: async () => ({ Component: (await import('./pages/LoginPage')).LoginPage }),
          },
          {
            path: '/register',
            lazy: async () => ({ Component: (await import('./pages/RegisterPage')).RegisterPage }),
          },
        ],
      },
      {
        element: <RequireAuth />,
        children: [
          {
            element: <AppLayout />,
            // A second boundary keeps the header usable when a single page fails.
            errorElement: <RouteError />,
            children: [
              { path: '/', lazy: async () => ({ Component: (await import('./pages/HomePage')).HomePage }) },
              {
                path: '/onboarding',
                lazy: async () => ({
                  Component: (await import('./pages/onboarding/OnboardingPage')).OnboardingPage,
                }),
              },
              {
                path: '/brand',
                lazy: async () => ({
                  Component: (await import('./pages/brand/BrandIndexPage')).BrandIndexPage,
                }),
              },
              {
                path: '/brand/assessment',
                lazy: async () => ({
                  Component: (await import('./pages/brand/AssessmentPage')).AssessmentPage,
                }),
              },
              {
                path: '/brand/strategy',
                lazy: async () => ({
                  Component: (await import('./pages/brand/strategy/StrategyPage')).StrategyPage,
                }),
              },
              {
                path: '/voice',
                lazy: async () => ({ Component: (await import('./pages/voice/VoicePage')).VoicePage }),
              },
              {
                path: '/analytics/import',
                lazy: async () => ({ Component: (await import('./pages/analytics/ImportPage')).ImportPage }),
              },
              {
                path: '/calendar',
                lazy: async () => ({
                  Component: (await import('./pages/calendar/CalendarPage')).CalendarPage,
                }),
              },
              // The content studio: list, templates, new (generate or write) and the editor.
              {
                path: '/content',
                children: [
                  {
                    index: true,
                    lazy: async () => ({
                      Component: (await import('./pages/content/ContentListPage')).ContentListPage,
                    }),
                  },
                  {
                    path: 'new',
                    lazy: async () => ({
                      Component: (await import('./pages/content/NewContentPage')).NewContentPage,
                    }),
                  },
                  {
                    path: 'templates',
                    lazy: async () => ({
                      Component: (await import('./pages/content/templates/TemplatesPage')).TemplatesPage,
                    }),
                  },
                  {
                    path: ':id',
                    lazy: async () => ({
                      Component: (await import('./pages/content/ContentEditorPage')).EditContentPage,
                    }),
                  },
                ],
              },
              // Publishing: the schedule (needs attention, upcoming, recent) and its slots and settings.
              {
                path: '/schedule',
                children: [
                  {
                    index: true,
                    lazy: async () => ({
                      Component: (await import('./pages/publishing/SchedulePage')).SchedulePage,
                    }),
                  },
                  {
                    path: 'settings',
                    lazy: async () => ({
                      Component: (await import('./pages/publishing/settings/PublishingSettingsPage'))
                        .PublishingSettingsPage,
                    }),
                  },
                ],
              },
              {
                path: '/platforms',
                lazy: async () => ({
                  Component: (await import('./pages/platforms/PlatformsPage')).PlatformsPage,
                }),
              },
              {
                path: '/analytics/best-times',
                lazy: async () => ({
                  Component: (await import('./pages/analytics/BestTimesPage')).BestTimesPage,
                }),
              },
              {
                path: '/analytics/insights',
                lazy: async () => ({
                  Component: (await import('./pages/analytics/insights/InsightsPage')).InsightsPage,
                }),
              },
              {
                path: '/analytics/reports',
                lazy: async () => ({
                  Component: (await import('./pages/analytics/reports/ReportsListPage')).ReportsListPage,
                }),
              },
              {
                path: '/analytics/reports/:month',
                lazy: async () => ({
                  Component: (await import('./pages/analytics/reports/ReportPage')).ReportPage,
                }),
              },
              {
                path: '/analytics/platforms/:platform',
                lazy: async () => ({
                  Component: (await import('./pages/analytics/PlatformAnalyticsPage')).PlatformAnalyticsPage,
                }),
              },
              {
                path: '/settings',
                lazy: async () => ({
                  Component: (await import('./pages/settings/SettingsPage')).SettingsPage,
                }),
              },
            ],
          },
        ],
      },
      // Eager: RouteError renders it too, so it is in the shell anyway.
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
