// "When" in the schedule and reschedule dialogs: publish now or at a date and time typed in the
// profile's zone (named, with its offset), and a note when daylight saving time moves the time.
import { Link } from 'react-router';
import { TextField } from '../../components/Field';
import { type InstantResult, todayInZone, type WallTime, zoneLabel } from '../../lib/zonedTime';

interface WallTimeFieldsProps {
  idPrefix: string;
  zone: string;
  wall: WallTime;
  onChange: (wall: WallTime) => void;
  instant: InstantResult | null;
  dateError: string | undefined;
  timeError: string | undefined;
}

function dstNote(instant: InstantResult | null): string | null {
  if (!instant?.ok || !instant.dst) return null;
  if (instant.dst === 'gap')
    return `The clocks go forward that night, so that time does not exist: it will go out at ${instant.wall.time}.`;
  return 'The clocks go back that night, so that time happens twice: it will go out the first time.';
}

/** Where the zone comes from, and where to change it. */
function ZoneNote() {
  return (
    <p className="text-xs text-slate-600">
      Times follow the time zone in your profile.{' '}
      <Link to="/settings" className="font-medium text-indigo-800 underline">
        Change it in Settings
      </Link>
    </p>
  );
}

export function WallTimeFields({ zone, wall, onChange, instant, dateError, timeError }: WallTimeFieldsProps) {
  const note = dstNote(instant);
  return (
    <div className="space-y-2">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="Date"
          type="date"
          required
          min={todayInZone(zone)}
          value={wall.date}
          onChange={(e) => onChange({ ...wall, date: e.target.value })}
          error={dateError}
        />
        <TextField
          label="Time"
          type="time"
          required
          value={wall.time}
          onChange={(e) => onChange({ ...wall, time: e.target.value })}
          error={timeError}
          hint={zoneLabel(zone)}
        />
      </div>
      <ZoneNote />
      <p role="status" className="text-sm text-amber-900">
        {note}
      </p>
    </div>
  );
}

interface WhenFieldsProps extends WallTimeFieldsProps {
  mode: 'now' | 'later';
  onMode: (mode: 'now' | 'later') => void;
}

export function WhenFields({ mode, onMode, ...wallProps }: WhenFieldsProps) {
  const name = `${wallProps.idPrefix}-when`;
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">When</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        {(
          [
            ['later', 'At a date and time'],
            ['now', 'Publish now'],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="radio"
              name={name}
              value={value}
              checked={mode === value}
              onChange={() => onMode(value)}
              className="size-4 accent-indigo-700"
            />
            {label}
          </label>
        ))}
      </div>
      {mode === 'later' && <WallTimeFields {...wallProps} />}
    </fieldset>
  );
}
