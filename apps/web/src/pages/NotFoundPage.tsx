// Catch-all for unknown paths.
import { BrandMark } from '../components/BrandMark';
import { ButtonLink } from '../components/Button';

export function NotFoundPage() {
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center px-4 text-center">
      <title>Page not found · Brandwright</title>
      <BrandMark className="text-lg text-slate-900" />
      <main id="main" className="mt-8 max-w-md">
        <p className="text-sm font-semibold text-indigo-700">404</p>
        <h1 className="mt-1 text-2xl font-semibold text-slate-900">Page not found</h1>
        <p className="mt-2 text-slate-600">The page you are looking for does not exist or has moved.</p>
        <ButtonLink to="/" className="mt-6">
          Go to home
        </ButtonLink>
      </main>
    </div>
  );
}
