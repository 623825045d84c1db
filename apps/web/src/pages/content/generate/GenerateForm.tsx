// The generate request: platform, type, pillar (from the strategy), an optional template, optional
// topic and how many variants. Validated with the contract's schema; field errors sit beside their controls.
import { type GenerateRequest, generateRequestSchema, type Platform } from '@brandwright/contracts';
import { type FormEvent, useRef, useState } from 'react';
import type { FieldErrors } from '../../../api/errors';
import { Button } from '../../../components/Button';
import { SelectField, TextField } from '../../../components/Field';
import { RecommendationsPanel } from '../../../components/RecommendationsPanel';
import { validate } from '../../../lib/forms';
import { PLATFORM_LABELS, PLATFORMS } from '../labels';

interface GenerateFormProps {
  pillars: readonly string[];
  /** Built-in and own templates, by id and name. */
  templates: readonly { id: string; name: string }[];
  pending: boolean;
  /** Field errors the server sent for the last request. */
  serverErrors: FieldErrors;
  onSubmit: (request: GenerateRequest) => void;
}

export function GenerateForm({ pillars, templates, pending, serverErrors, onSubmit }: GenerateFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [platform, setPlatform] = useState<Platform>('linkedin');
  const [type, setType] = useState<'post' | 'thread' | 'article'>('post');
  const [pillar, setPillar] = useState('');
  const [topic, setTopic] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [variants, setVariants] = useState(3);
  const [errors, setErrors] = useState<FieldErrors>({});
  const shown = { ...serverErrors, ...errors };

  function submit(event: FormEvent) {
    event.preventDefault();
    const values = {
      platform,
      type,
      variants,
      ...(pillar ? { pillar } : {}),
      ...(templateId ? { templateId } : {}),
      ...(topic.trim() ? { topic: topic.trim() } : {}),
    };
    const result = validate(generateRequestSchema, values);
    if (!result.ok) {
      setErrors(result.errors);
      // Wait for the error to render before moving focus to the field it belongs to.
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setErrors({});
    onSubmit(result.data);
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="grid gap-4 sm:grid-cols-2">
      <SelectField
        label="Platform"
        value={platform}
        error={shown.platform}
        onChange={(e) => {
          const next = e.target.value as Platform;
          setPlatform(next);
          if (next === 'medium') setType('article');
          else if (type === 'article') setType('post');
        }}
      >
        {PLATFORMS.map((p) => (
          <option key={p} value={p}>
            {PLATFORM_LABELS[p]}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Type"
        value={type}
        error={shown.type}
        onChange={(e) => setType(e.target.value as typeof type)}
      >
        <option value="post">Post</option>
        <option value="thread">Thread</option>
        <option value="article">Article</option>
      </SelectField>
      <SelectField
        label="Pillar"
        value={pillar}
        error={shown.pillar}
        optional
        hint={pillars.length === 0 ? 'Create a brand strategy to write to your content pillars.' : undefined}
        onChange={(e) => setPillar(e.target.value)}
      >
        <option value="">Any pillar</option>
        {pillars.map((p) => (
          <option key={p} value={p}>
            {p}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Template"
        value={templateId}
        error={shown.templateId}
        optional
        hint="A structure for every variant, such as a story or a how-to."
        onChange={(e) => setTemplateId(e.target.value)}
      >
        <option value="">Let Brandwright choose</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        label="Number of variants"
        value={String(variants)}
        error={shown.variants}
        onChange={(e) => setVariants(Number(e.target.value))}
      >
        {[1, 2, 3, 4, 5].map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </SelectField>
      <div className="sm:col-span-2">
        <TextField
          label="Topic"
          optional
          value={topic}
          error={shown.topic}
          hint="Leave empty and Brandwright picks one from your pillar."
          onChange={(e) => setTopic(e.target.value)}
        />
      </div>
      {pillars.length > 0 && (
        <div className="sm:col-span-2">
          <RecommendationsPanel
            count={3}
            headingLevel="h3"
            useLabel="Use this topic"
            onUse={(r) => {
              setTopic(r.topic);
              if (r.pillar && pillars.includes(r.pillar)) setPillar(r.pillar);
              return true;
            }}
          />
        </div>
      )}
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending} pendingLabel="Generating…">
          Generate
        </Button>
      </div>
    </form>
  );
}
