// Search over the user's content: by words (full-text) or by meaning (semantic). The query is
// applied on submit, not per keystroke, and lives in the URL like the other filters.
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/Field';

interface ContentSearchProps {
  query: string;
  mode: string;
  onSearch: (query: string, mode: string) => void;
}

export function ContentSearch({ query, mode, onSearch }: ContentSearchProps) {
  const [text, setText] = useState(query);
  const [how, setHow] = useState(mode || 'text');

  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(text.trim(), text.trim() ? how : '');
  }

  return (
    <search>
      <form onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <div className="min-w-60 flex-1">
          <TextField
            label="Search your content"
            type="search"
            maxLength={300}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <SelectField label="Match" value={how} onChange={(e) => setHow(e.target.value)}>
          <option value="text">Words</option>
          <option value="semantic">Meaning</option>
        </SelectField>
        <Button type="submit" variant="secondary">
          Search
        </Button>
      </form>
    </search>
  );
}
