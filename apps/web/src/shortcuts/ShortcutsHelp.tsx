// The help sheet `?` opens: every shortcut from the table, grouped, with its keys as <kbd> caps
// (⌘ on a Mac, Ctrl elsewhere). An accessible dialog: the app's Modal (native <dialog>).
import { Fragment } from 'react';
import { Button } from '../components/Button';
import { Modal } from '../components/Modal';
import { isMacPlatform, keyCaps, SHORTCUT_GROUPS, SHORTCUTS, type Shortcut } from './shortcuts';

const KBD =
  'rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs font-semibold text-slate-800';

function Keys({ shortcut, mac }: { shortcut: Shortcut; mac: boolean }) {
  const presses = keyCaps(shortcut.bindings[0], mac);
  return (
    <span className="flex flex-wrap items-center gap-1">
      {presses.map((caps, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: presses of a fixed sequence never reorder.
        <Fragment key={i}>
          {i > 0 && <span className="text-xs text-slate-600">then</span>}
          {caps.map((cap) => (
            <kbd key={cap} className={KBD}>
              {cap}
            </kbd>
          ))}
        </Fragment>
      ))}
    </span>
  );
}

const groupId = (group: string) => `shortcuts-${group.toLowerCase().replace(/\W+/g, '-')}`;

export function ShortcutsHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const mac = isMacPlatform(navigator.platform);
  return (
    <Modal open={open} onClose={onClose} labelledBy="shortcuts-heading">
      <div className="space-y-5 p-6">
        <h2 id="shortcuts-heading" className="text-lg font-semibold text-slate-900">
          Keyboard shortcuts
        </h2>
        <p className="text-sm text-slate-600">Single keys do nothing while you type in a field.</p>
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group} aria-labelledby={groupId(group)}>
            <h3 id={groupId(group)} className="text-sm font-semibold text-slate-800">
              {group}
            </h3>
            <dl className="mt-2 divide-y divide-slate-200">
              {SHORTCUTS.filter((s) => s.group === group).map((shortcut) => (
                <div key={shortcut.id} className="flex items-center justify-between gap-4 py-2 text-sm">
                  <dt className="text-slate-800">{shortcut.description}</dt>
                  <dd>
                    <Keys shortcut={shortcut} mac={mac} />
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <div className="flex justify-end">
          <Button variant="secondary" onClick={onClose}>
            Close
          </Button>
        </div>
      </div>
    </Modal>
  );
}
