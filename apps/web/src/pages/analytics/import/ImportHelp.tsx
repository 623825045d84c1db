// Plain-words help: how to get an X archive, and which columns a CSV needs.
import { IMPORT_MAX_ROWS } from '@brandwright/contracts';

export function ImportHelp() {
  return (
    <div className="space-y-6 text-sm text-slate-700">
      <div>
        <h3 className="font-semibold text-slate-900">From X</h3>
        <ol className="mt-2 list-decimal space-y-1 pl-5">
          <li>On X, open Settings, then Your account, then Download an archive of your data.</li>
          <li>Confirm your password. X emails you when the archive is ready (it can take a day or more).</li>
          <li>Download the ZIP and upload it here as it is, or only the file data/tweets.js inside it.</li>
        </ol>
        <p className="mt-2">Likes and reposts come with each post. Retweets of other people are left out.</p>
      </div>
      <div>
        <h3 className="font-semibold text-slate-900">From a spreadsheet (CSV)</h3>
        <p className="mt-2">
          The first row names the columns. Three are needed: <code>publishedAt</code> (date and time with the
          time zone, such as <code>2026-03-01T09:30:00+01:00</code>), <code>platform</code> (linkedin, x,
          medium, bluesky or mastodon) and <code>text</code>. Add any of <code>url</code>,{' '}
          <code>impressions</code>, <code>likes</code>, <code>comments</code>, <code>shares</code>,{' '}
          <code>clicks</code> and <code>followers</code>; counts are whole numbers.
        </p>
        <p className="mt-2">
          Commas or semicolons both work. Up to {IMPORT_MAX_ROWS.toLocaleString()} rows per file. Posts you
          already imported are skipped, so importing the same file twice changes nothing. Rows that cannot be
          read are listed with the row number your spreadsheet shows.
        </p>
      </div>
    </div>
  );
}
