// The route table: guest-only auth pages, guarded app pages inside AppLayout, and fallbacks.
import { createBrowserRouter } from 'react-router';
import { GuestOnly, RequireAuth } from './auth/guards';
import { AppLayout } from './layouts/AppLayout';
import { AssessmentPage } from './pages/brand/AssessmentPage';
import { BrandIndexPage } from './pages/brand/BrandIndexPage';
import { StrategyPage } from './pages/brand/strategy/StrategyPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { OnboardingPage } from './pages/onboarding/OnboardingPage';
import { RegisterPage } from './pages/RegisterPage';
import { RouteError } from './pages/RouteError';
import { SettingsPage } from './pages/settings/SettingsPage';

export const router = createBrowserRouter([
  {
    errorElement: <RouteError />,
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
              { path: '/onboarding', element: <OnboardingPage /> },
              { path: '/brand', element: <BrandIndexPage /> },
              { path: '/brand/assessment', element: <AssessmentPage /> },
              { path: '/brand/strategy', element: <StrategyPage /> },
              { path: '/settings', element: <SettingsPage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
