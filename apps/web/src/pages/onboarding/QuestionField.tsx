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

export function QuestionField(props: QuestionFieldProps) {
  switch (props.question.type) {
    case 'single':
    case 'multi':
      return <ChoiceQuestion {...props} />;
    case 'textarea':
    case 'list':
      return <TextAreaQuestion {...props} />;
    default:
      return <InputQuestion {...props} />;
  }
}

function commonProps({ question, error }: QuestionFieldProps) {
  return {
    label: question.label,
    error,
    optional: !question.required,
    required: question.required,
    placeholder: question.placeholder,
  };
}

function InputQuestion(props: QuestionFieldProps) {
  const { question, value, onChange } = props;
  const numeric = question.type === 'number';
  return (
    <TextField
      {...commonProps(props)}
      hint={question.help}
      {...(numeric
        ? { type: 'number', inputMode: 'numeric', step: 1, min: question.min, max: question.max }
        : { maxLength: question.max })}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

function TextAreaQuestion(props: QuestionFieldProps) {
  const { question, value, onChange } = props;
  const list = question.type === 'list';
  return (
    <TextAreaField
      {...commonProps(props)}
      rows={list ? 4 : 3}
      maxLength={list ? undefined : question.max}
      hint={list ? listHint(question) : question.help}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange(e.target.value)}
    />
  );
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
