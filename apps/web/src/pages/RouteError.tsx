// The router's error element: shown when rendering a route throws, instead of a blank screen.
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { BrandMark } from '../components/BrandMark';
import { Button, ButtonLink } from '../components/Button';
import { NotFoundPage } from './NotFoundPage';

export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  // Logged for diagnosis; the user only sees a calm explanation below.
  console.error(error);
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center px-4 text-center">
      <title>Something went wrong · Brandwright</title>
      <BrandMark className="text-lg text-slate-900" />
      <main id="main" className="mt-8 max-w-md" role="alert">
        <h1 className="text-2xl font-semibold text-slate-900">Something went wrong</h1>
        <p className="mt-2 text-slate-600">
          This page ran into an unexpected problem. Reloading usually fixes it; your saved data is safe.
        </p>
        <div className="mt-6 flex justify-center gap-3">
          <Button onClick={() => window.location.reload()}>Reload page</Button>
          <ButtonLink to="/" variant="secondary" reloadDocument>
            Go to home
          </ButtonLink>
        </div>
      </main>
    </div>
  );
}
