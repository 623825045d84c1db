// Building blocks for the add/remove lists of the strategy (personas, pillars, goals): an item card
// with a named Remove button, the Add row with its limits, and focus handling — a new item's first
// field gets focus, and after a removal focus lands on the Add button instead of vanishing.
import { type ReactNode, type RefObject, useEffect, useId, useState } from 'react';
import { Button } from '../../../components/Button';

export function useItemFocus(formRef: RefObject<HTMLFormElement | null>) {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    formRef.current?.querySelector<HTMLElement>(target)?.focus();
    setTarget(null);
  }, [target, formRef]);
  return {
    focusItem: (key: string) => setTarget(`[data-item="${key}"] :is(input, textarea)`),
    focusAdd: (listId: string) => setTarget(`[data-add-for="${listId}"]`),
  };
}

interface ItemCardProps {
  itemKey: string;
  title: string;
  /** Full accessible name, e.g. "Remove persona 2 (Finance lead)". */
  removeLabel: string;
  canRemove: boolean;
  onRemove: () => void;
  children: ReactNode;
}

/** One list item; its fields form a group named by the item's heading ("Pillar 2: Data"). */
export function ItemCard({ itemKey, title, removeLabel, canRemove, onRemove, children }: ItemCardProps) {
  const headingId = useId();
  return (
    <li data-item={itemKey} className="rounded-lg border border-slate-200 bg-slate-50 p-4 sm:p-5">
      <fieldset aria-labelledby={headingId}>
        <div className="flex items-center justify-between gap-3">
          <h3 id={headingId} className="text-sm font-semibold text-slate-900">
            {title}
          </h3>
          {canRemove && (
            <Button variant="ghost" className="px-2 py-1 text-red-700 hover:text-red-800" onClick={onRemove}>
              <span aria-hidden="true">Remove</span>
              <span className="sr-only">{removeLabel}</span>
            </Button>
          )}
        </div>
        <div className="mt-4 space-y-4">{children}</div>
      </fieldset>
    </li>
  );
}

interface AddRowProps {
  listId: string;
  label: string;
  count: number;
  min: number;
  max: number;
  /** Plural noun for the limits note, e.g. "personas". */
  noun: string;
  onAdd: () => void;
  children?: ReactNode;
}

export function AddRow({ listId, label, count, min, max, noun, onAdd, children }: AddRowProps) {
  const full = count >= max;
  return (
    <div className="flex flex-wrap items-center gap-3">
      {!full && (
        <Button variant="secondary" data-add-for={listId} onClick={onAdd}>
          <span aria-hidden="true">+</span> {label}
        </Button>
      )}
      <p className="text-sm text-slate-600">
        {min === max ? `Exactly ${min} ${noun}.` : `Between ${min} and ${max} ${noun}.`}
        {full && ` You have the maximum of ${max}.`}
      </p>
      {children}
    </div>
  );
}
