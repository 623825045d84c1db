// The add/remove lists of the strategy (personas, pillars, goals): numbered item cards whose fields
// form a group named by the item's heading, a named Remove button per item, an Add row with the
// list's limits, and focus handling — a new item's first field gets focus, and after a removal
// focus lands on the Add button instead of vanishing with the removed item.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../../components/Button';

interface EditableListProps<T extends { key: string }> {
  items: readonly T[];
  /** Singular noun for headings and buttons, e.g. "Pillar". */
  noun: string;
  min: number;
  max: number;
  /** The item's own name, shown after its number once it has one. */
  nameOf: (item: T) => string;
  /** Adds an item and returns its key. */
  onAdd: () => string;
  onRemove: (key: string) => void;
  renderFields: (item: T, index: number) => ReactNode;
  /** A message about the list as a whole (e.g. too many items). */
  error?: string | undefined;
  /** Shown between the items and the Add row (e.g. the pillars' running total). */
  children?: ReactNode;
}

function useFocusAfterChange() {
  const containerRef = useRef<HTMLDivElement>(null);
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    containerRef.current?.querySelector<HTMLElement>(target)?.focus();
    setTarget(null);
  }, [target]);
  return { containerRef, focus: setTarget };
}

export function EditableList<T extends { key: string }>(props: EditableListProps<T>) {
  const { items, noun, min, max, nameOf, onAdd, onRemove, renderFields, error, children } = props;
  const { containerRef, focus } = useFocusAfterChange();
  const lower = noun.toLowerCase();

  function titleOf(item: T, index: number): string {
    const name = nameOf(item).trim();
    return `${noun} ${index + 1}${name ? `: ${name}` : ''}`;
  }

  return (
    <div ref={containerRef} className="space-y-4">
      <ol className="space-y-4">
        {items.map((item, index) => (
          <ItemCard
            key={item.key}
            itemKey={item.key}
            title={titleOf(item, index)}
            canRemove={items.length > min}
            onRemove={() => {
              onRemove(item.key);
              focus('[data-add-item]');
            }}
          >
            {renderFields(item, index)}
          </ItemCard>
        ))}
      </ol>
      {error && <p className="text-sm font-medium text-red-700">{error}</p>}
      {children}
      <div className="flex flex-wrap items-center gap-3">
        {items.length < max && (
          <Button
            variant="secondary"
            data-add-item
            onClick={() => focus(`[data-item="${onAdd()}"] :is(input, textarea)`)}
          >
            <span aria-hidden="true">+</span> Add {lower}
          </Button>
        )}
        <p className="text-sm text-slate-600">
          {`Between ${min} and ${max} ${lower}s.`}
          {items.length >= max && ` You have the maximum of ${max}.`}
        </p>
      </div>
    </div>
  );
}

interface ItemCardProps {
  itemKey: string;
  title: string;
  canRemove: boolean;
  onRemove: () => void;
  children: ReactNode;
}

function ItemCard({ itemKey, title, canRemove, onRemove, children }: ItemCardProps) {
  const headingId = useId();
  return (
    <li data-item={itemKey} className="rounded-lg border border-slate-200 bg-slate-50 p-4 sm:p-5">
      <fieldset aria-labelledby={headingId}>
        <div className="flex items-center justify-between gap-3">
          <h3 id={headingId} className="text-sm font-semibold text-slate-900">
            {title}
          </h3>
          {canRemove && (
            <Button variant="ghost" className="px-2 py-1" onClick={onRemove}>
              <span aria-hidden="true">Remove</span>
              <span className="sr-only">Remove {title}</span>
            </Button>
          )}
        </div>
        <div className="mt-4 space-y-4">{children}</div>
      </fieldset>
    </li>
  );
}
