// One questionnaire question rendered by its type: text, textarea, number, single or multiple
// choice, or a list typed one item per line.
import type { Question } from '@brandwright/contracts';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { TextAreaField, TextField } from '../../components/Field';
import type { Draft } from './answerDrafts';

interface QuestionFieldProps {
  question: Question;
  value: Draft | undefined;
  error: string | undefined;
  onChange: (value: Draft) => void;
}

function listHint(question: Question): string {
  if (question.help) return question.help;
  return question.max === undefined ? 'One per line.' : `One per line, up to ${question.max}.`;
}

export function QuestionField({ question, value, error, onChange }: QuestionFieldProps) {
  const common = { label: question.label, error, optional: !question.required, required: question.required };
  const text = typeof value === 'string' ? value : '';
  switch (question.type) {
    case 'single':
    case 'multi':
      return <ChoiceQuestion question={question} value={value} error={error} onChange={onChange} />;
    case 'number':
      return (
        <TextField
          {...common}
          type="number"
          inputMode="numeric"
          step={1}
          min={question.min}
          max={question.max}
          hint={question.help}
          placeholder={question.placeholder}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    case 'textarea':
    case 'list':
      return (
        <TextAreaField
          {...common}
          rows={question.type === 'list' ? 4 : 3}
          maxLength={question.type === 'textarea' ? question.max : undefined}
          hint={question.type === 'list' ? listHint(question) : question.help}
          placeholder={question.placeholder}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
    default:
      return (
        <TextField
          {...common}
          maxLength={question.max}
          hint={question.help}
          placeholder={question.placeholder}
          value={text}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}

function ChoiceQuestion({ question, value, error, onChange }: QuestionFieldProps) {
  const options = question.options ?? [];
  const shared = {
    legend: question.label,
    options,
    hint: question.help,
    error,
    optional: !question.required,
    columns: options.length > 4 ? 3 : 2,
  } as const;
  if (question.type === 'multi') {
    const picked = Array.isArray(value) ? value : [];
    return <ChoiceGroup {...shared} multiple value={picked} max={question.max} onChange={onChange} />;
  }
  return <ChoiceGroup {...shared} value={typeof value === 'string' ? value : ''} onChange={onChange} />;
}
