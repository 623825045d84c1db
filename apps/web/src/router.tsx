// The route table: guest-only auth pages, guarded app pages inside AppLayout, and fallbacks.
import { createBrowserRouter } from 'react-router';
import { GuestOnly, RequireAuth } from './auth/guards';
import { AppLayout } from './layouts/AppLayout';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { RegisterPage } from './pages/RegisterPage';
import { RouteError } from './pages/RouteError';
import { SettingsPage } from './pages/settings/SettingsPage';
import { VoicePage } from './pages/voice/VoicePage';

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
              { path: '/voice', element: <VoicePage /> },
              { path: '/settings', element: <SettingsPage /> },
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
