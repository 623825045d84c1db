// `/brand`: where the "Brand" navigation lands — the strategy when there is one, else onboarding.
import { Navigate } from 'react-router';
import { ErrorState } from '../../components/ErrorState';
import { PageLoader } from '../../components/Spinner';
import { useStrategy } from '../../queries/brand';

export function BrandIndexPage() {
  const strategy = useStrategy();
  if (strategy.isPending) return <PageLoader label="Loading your brand…" />;
  if (strategy.isError) {
    return (
      <ErrorState
        error={strategy.error}
        onRetry={() => void strategy.refetch()}
        retrying={strategy.isFetching}
      />
    );
  }
  return <Navigate to={strategy.data ? '/brand/strategy' : '/onboarding'} replace />;
}
