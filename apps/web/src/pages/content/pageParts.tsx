// What both content pages share: the link back to the list and the strategy's pillar names.
import { Link } from 'react-router';
import { useStrategy } from '../../queries/brand';

export function usePillars(): string[] {
  const strategy = useStrategy();
  return strategy.data?.strategy.contentPillars.map((p) => p.name) ?? [];
}

export function BackLink() {
  return (
    <Link to="/content" className="text-sm font-medium text-indigo-800 hover:underline">
      ← All content
    </Link>
  );
}
