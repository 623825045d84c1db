// `/content/new`: generate a draft from the strategy, or write one from scratch.
import { ContentEditor } from './editor/ContentEditor';
import { GeneratePanel } from './generate/GeneratePanel';
import { BackLink, usePillars } from './pageParts';

export function NewContentPage() {
  const pillars = usePillars();
  return (
    <div className="space-y-8">
      <title>New content · Brandwright</title>
      <div>
        <BackLink />
        <h1 className="mt-2 text-3xl font-semibold tracking-tight text-slate-900">New content</h1>
      </div>
      <GeneratePanel />
      <section
        aria-labelledby="write-heading"
        className="space-y-4 rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
      >
        <h2 id="write-heading" className="text-lg font-semibold text-slate-900">
          Or write it yourself
        </h2>
        <ContentEditor
          piece={null}
          pillars={pillars}
          editFeedback={null}
          onReload={() => undefined}
          onLatest={() => Promise.resolve()}
        />
      </section>
    </div>
  );
}
