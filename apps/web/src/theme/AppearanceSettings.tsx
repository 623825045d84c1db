// Settings → Appearance: the theme as three radio options. Applies at once and is remembered on
// this device (localStorage), as it is a property of the screen, not of the account.
import { ChoiceGroup } from '../components/ChoiceGroup';
import { parseChoice, THEME_CHOICES, THEME_LABELS } from './theme';
import { useThemeChoice } from './useTheme';

const OPTIONS = THEME_CHOICES.map((value) => ({
  value,
  label: value === 'system' ? 'Same as this device' : THEME_LABELS[value],
}));

export function AppearanceSettings() {
  const [choice, setChoice] = useThemeChoice();
  return (
    <section
      aria-labelledby="appearance-heading"
      className="rounded-xl border border-slate-200 bg-white shadow-sm"
    >
      <div className="border-b border-slate-200 px-6 py-4">
        <h2 id="appearance-heading" className="text-base font-semibold text-slate-900">
          Appearance
        </h2>
        <p className="mt-1 text-sm text-slate-600">Applies straight away and is remembered on this device.</p>
      </div>
      <div className="px-6 py-6">
        <ChoiceGroup
          legend="Theme"
          options={OPTIONS}
          value={choice}
          onChange={(value) => setChoice(parseChoice(value))}
          columns={3}
        />
      </div>
    </section>
  );
}
