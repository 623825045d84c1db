// Downloads the CSV of the range shown (one row per post and platform, every metric).
import { useState } from 'react';
import { type DayRange, downloadExport } from '../../api/analytics';
import { Button } from '../../components/Button';
import { describeError } from '../../components/ErrorState';

export function ExportButton({ range }: { range: DayRange | null }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-start gap-1">
      <Button
        variant="secondary"
        pending={pending}
        onClick={async () => {
          setPending(true);
          setError(null);
          try {
            await downloadExport(range);
          } catch (err) {
            setError(describeError(err));
          } finally {
            setPending(false);
          }
        }}
      >
        Export CSV
      </Button>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
