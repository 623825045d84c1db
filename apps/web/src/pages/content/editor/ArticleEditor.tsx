// The rich-text editor for articles (Tiptap), limited to what the server's sanitiser keeps:
// paragraphs, h2/h3, bold, italic, links, lists, quotes and code. It edits HTML.
import Link from '@tiptap/extension-link';
import { type Editor, EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';

interface ArticleEditorProps {
  html: string;
  labelledBy: string;
  describedBy?: string | undefined;
  onChange: (html: string) => void;
}

export function ArticleEditor({ html, labelledBy, describedBy, onChange }: ArticleEditorProps) {
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        link: false,
        underline: false,
        strike: false,
        horizontalRule: false,
      }),
      Link.configure({ openOnClick: false, protocols: ['http', 'https', 'mailto'] }),
    ],
    content: html,
    onUpdate: ({ editor: e }) => onChange(e.getHTML()),
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelledBy,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        class:
          'min-h-72 rounded-b-lg border border-slate-300 bg-white px-4 py-3 text-sm text-slate-900 ' +
          'focus:outline-2 focus:outline-indigo-600 [&_h2]:mt-4 [&_h2]:text-xl [&_h2]:font-semibold ' +
          '[&_h3]:mt-3 [&_h3]:text-lg [&_h3]:font-semibold [&_p]:my-2 [&_ul]:list-disc [&_ul]:pl-6 ' +
          '[&_ol]:list-decimal [&_ol]:pl-6 [&_blockquote]:border-l-4 [&_blockquote]:pl-3 [&_a]:text-indigo-800 [&_a]:underline',
      },
    },
  });
  return (
    <div>
      <Toolbar editor={editor} />
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  // Re-render on selection changes so aria-pressed follows the cursor.
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bullets: e.isActive('bulletList'),
      numbers: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools = [
    ['Bold', active.bold, () => chain().toggleBold().run()],
    ['Italic', active.italic, () => chain().toggleItalic().run()],
    ['Heading', active.h2, () => chain().toggleHeading({ level: 2 }).run()],
    ['Subheading', active.h3, () => chain().toggleHeading({ level: 3 }).run()],
    ['Bulleted list', active.bullets, () => chain().toggleBulletList().run()],
    ['Numbered list', active.numbers, () => chain().toggleOrderedList().run()],
    ['Quote', active.quote, () => chain().toggleBlockquote().run()],
    ['Link', active.link, () => toggleLink(editor)],
  ] as const;
  return (
    <div
      role="toolbar"
      aria-label="Formatting"
      className="flex flex-wrap gap-1 rounded-t-lg border border-b-0 border-slate-300 bg-slate-50 p-1"
    >
      {tools.map(([label, pressed, run]) => (
        <button
          key={label}
          type="button"
          aria-pressed={pressed}
          onClick={run}
          className="rounded-md px-2.5 py-1 text-xs font-semibold text-slate-700 hover:bg-white aria-pressed:bg-indigo-100 aria-pressed:text-indigo-900"
        >
          {label}
        </button>
      ))}
    </div>
  );
}

function toggleLink(editor: Editor): void {
  if (editor.isActive('link')) {
    editor.chain().focus().unsetLink().run();
    return;
  }
  const href = window.prompt('Link address (https://…)');
  if (!href) return;
  if (!/^(https?:\/\/|mailto:)/i.test(href.trim())) {
    window.alert('Links must start with https://, http:// or mailto:');
    return;
  }
  editor.chain().focus().extendMarkRange('link').setLink({ href: href.trim() }).run();
}
