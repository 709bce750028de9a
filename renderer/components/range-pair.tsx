// Owns a two-thumb range control built from two labelled native range inputs; it commits on release so one drag is one undo step.
import { useEffect, useState } from 'preact/hooks';

export interface RangePairProps {
  name: string;
  bounds: readonly [number, number];
  value: readonly [number, number];
  onCommit(next: [number, number]): void;
}

export function RangePair({ name, bounds, value, onCommit }: RangePairProps) {
  const [draft, setDraft] = useState<[number, number]>([value[0], value[1]]);
  useEffect(() => setDraft([value[0], value[1]]), [value[0], value[1]]);
  const set = (which: 0 | 1, raw: string, commit: boolean) => {
    const n = Number(raw);
    const next: [number, number] = which === 0 ? [Math.min(n, draft[1]), draft[1]] : [draft[0], Math.max(n, draft[0])];
    setDraft(next);
    if (commit) onCommit(next);
  };
  return (
    <fieldset class="range-pair">
      <legend>{name}</legend>
      <label>
        <span>From</span>
        <input
          type="range"
          aria-label={`${name} from`}
          min={bounds[0]}
          max={bounds[1]}
          value={draft[0]}
          onInput={(e) => set(0, e.currentTarget.value, false)}
          onChange={(e) => set(0, e.currentTarget.value, true)}
        />
      </label>
      <label>
        <span>To</span>
        <input
          type="range"
          aria-label={`${name} to`}
          min={bounds[0]}
          max={bounds[1]}
          value={draft[1]}
          onInput={(e) => set(1, e.currentTarget.value, false)}
          onChange={(e) => set(1, e.currentTarget.value, true)}
        />
      </label>
      <output aria-label={`${name} range`}>{`${draft[0]} – ${draft[1]}`}</output>
    </fieldset>
  );
}
