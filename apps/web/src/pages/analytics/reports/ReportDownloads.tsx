// "Download PDF" and "Download CSV" for one month's report (fetched with the token, then saved).
import { useState } from 'react';
import { downloadReport } from '../../../api/reports';
import { Button } from '../../../components/Button';
import { describeError } from '../../../components/ErrorState';

export function ReportDownloads({ month }: { month: string }) {
  const [pending, setPending] = useState<'pdf' | 'csv' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const download = async (kind: 'pdf' | 'csv') => {
    setPending(kind);
    setError(null);
    try {
      await downloadReport(month, kind);
    } catch (err) {
      setError(describeError(err));
    } finally {
      setPending(null);
    }
  };
  return (
    <div className="flex flex-col items-start gap-1">
      <div className="flex gap-2">
        <Button pending={pending === 'pdf'} onClick={() => download('pdf')}>
          Download PDF
        </Button>
        <Button variant="secondary" pending={pending === 'csv'} onClick={() => download('csv')}>
          Download CSV
        </Button>
      </div>
      {error && (
        <p role="alert" className="text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
