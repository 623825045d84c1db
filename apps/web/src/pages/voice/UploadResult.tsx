// The outcome of an upload, announced politely: posts added, posts already known, posts skipped.
import type { AddVoiceSamplesResult } from '@brandwright/contracts';

const SHOWN_SKIPS = 8;

const posts = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'post' : 'posts'}`;

function summary(name: string, data: AddVoiceSamplesResult): string {
  const added = data.items.filter((item) => !item.duplicate).length;
  const known = data.items.length - added;
  const parts = [`Added ${posts(added)} from ${name}.`];
  if (known > 0) parts.push(`${posts(known)} ${known === 1 ? 'was' : 'were'} already among your samples.`);
  if (data.skipped.length > 0) parts.push(`Skipped ${posts(data.skipped.length)}:`);
  return parts.join(' ');
}

export function UploadResult({ result }: { result: { name: string; data: AddVoiceSamplesResult } | null }) {
  const skipped = result?.data.skipped ?? [];
  return (
    <div role="status" aria-atomic="true">
      {result && (
        <div className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
          <p className="font-medium">{summary(result.name, result.data)}</p>
          {skipped.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {skipped.slice(0, SHOWN_SKIPS).map((skip) => (
                <li key={skip.index}>
                  Post {skip.index + 1}: {skip.reason}
                </li>
              ))}
              {skipped.length > SHOWN_SKIPS && <li>…and {posts(skipped.length - SHOWN_SKIPS)} more</li>}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
