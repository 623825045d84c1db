// The route table: guest-only auth pages, guarded app pages inside AppLayout, and fallbacks.
import { createBrowserRouter } from 'react-router';
import { GuestOnly, RequireAuth } from './auth/guards';
import { PageLoader } from './components/Spinner';
import { AppLayout } from './layouts/AppLayout';
import { BrandIndexPage } from './pages/brand/BrandIndexPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RegisterPage } from './pages/RegisterPage';
import { RouteError } from './pages/RouteError';
import { SettingsPage } from './pages/settings/SettingsPage';

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
    // Shown while a lazily loaded page's code arrives on a full page load.
    hydrateFallbackElement: <PageLoader />,
    children: [
      {
        element: <GuestOnly />,
        children: [
          { path: '/login', element: <LoginPage /> },
          { path: '/register', element: <RegisterPage /> },
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
              { path: '/', element: <HomePage /> },
              // The brand pages load on first visit, keeping the initial bundle small.
              {
                path: '/onboarding',
                lazy: async () => ({
                  Component: (await import('./pages/onboarding/OnboardingPage')).OnboardingPage,
                }),
              },
              { path: '/brand', element: <BrandIndexPage /> },
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
                      Component: (await import('./pages/content/ContentEditorPage')).NewContentPage,
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
                path: '/analytics/platforms/:platform',
                lazy: async () => ({
                  Component: (await import('./pages/analytics/PlatformAnalyticsPage')).PlatformAnalyticsPage,
                }),
              },
              { path: '/settings', element: <SettingsPage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
