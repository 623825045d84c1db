// Entry point: query client, auth provider and router, mounted into #root.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { isApiError } from './api/errors';
import { bootstrapSession } from './api/session';
import { AuthProvider } from './auth/AuthProvider';
import { meQuery } from './queries/users';
import { router } from './router';
import { startThemeSync } from './theme/useTheme';
import './index.css';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Retrying cannot fix a 4xx (bad input, missing permission); it can fix a blip or a 5xx.
      retry: (failureCount, error) => !(isApiError(error) && error.isPermanent) && failureCount < 2,
    },
    mutations: { retry: false },
  },
});

startThemeSync();
// The session refresh starts now, while the page's lazy chunk is still downloading, instead of
// after React's first render (AuthProvider's effect joins this same request); the account follows
// as soon as there is a token, before the guards render and ask for it.
void bootstrapSession().then(async (signedIn) => {
  if (signedIn) await queryClient.prefetchQuery(meQuery);
});

const root = document.getElementById('root');
if (!root) throw new Error('Missing #root element in index.html');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>
  </StrictMode>,
);
