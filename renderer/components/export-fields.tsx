// Owns the export dialog's form: format, scope, size, background, legend, title, caption and layout seed, as labelled native controls.
import type { ComponentChildren } from 'preact';
import {
  type ExportBackground,
  type ExportFormat,
  type ExportOptions,
  type ExportScope,
  type ExportSizing,
  MAX_SCALE,
  MIN_SCALE,
} from '../export/export-options';

export interface ExportFieldsProps {
  options: ExportOptions;
  change(patch: Partial<ExportOptions>): void;
  /** Fills the caption with the path query shown, when there is one. */
  suggestedCaption: string | null;
}

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  choices: { value: T; label: string }[];
  change(value: T): void;
}) {
  return (
    <fieldset class="export-choice">
      <legend>{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={c.value}>
          <input
            type="radio"
            name={props.name}
            value={c.value}
            checked={props.value === c.value}
            onChange={() => props.change(c.value)}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

function Row({ children }: { children: ComponentChildren }) {
  return <div class="export-row">{children}</div>;
}

function numberFrom(event: Event, fallback: number): number {
  const value = Number((event.currentTarget as HTMLInputElement).value);
  return Number.isFinite(value) ? value : fallback;
}

export function ExportFields({ options, change, suggestedCaption }: ExportFieldsProps) {
  return (
    <div class="export-fields">
      <Choice<ExportFormat>
        legend="Format"
        name="export-format"
        value={options.format}
        choices={[
          { value: 'png', label: 'PNG' },
          { value: 'svg', label: 'SVG' },
          { value: 'pdf', label: 'PDF' },
        ]}
        change={(format) => change({ format })}
      />
      <Choice<ExportScope>
        legend="Scope"
        name="export-scope"
        value={options.scope}
        choices={[
          { value: 'graph', label: 'Whole graph' },
          { value: 'view', label: 'Current view' },
        ]}
        change={(scope) => change({ scope })}
      />
      <fieldset class="export-choice">
        <legend>Size</legend>
        <Row>
          <label>
            <input
              type="radio"
              name="export-sizing"
              checked={options.sizing === 'scale'}
              onChange={() => change({ sizing: 'scale' as ExportSizing })}
            />
            Scale
          </label>
          <select
            aria-label="Scale factor"
            value={String(options.scale)}
            disabled={options.sizing !== 'scale'}
            onChange={(e) => change({ scale: numberFrom(e, options.scale) })}
          >
            {Array.from({ length: MAX_SCALE - MIN_SCALE + 1 }, (_, i) => MIN_SCALE + i).map((s) => (
              <option key={s} value={String(s)}>{`${s}×`}</option>
            ))}
          </select>
        </Row>
        <Row>
          <label>
            <input
              type="radio"
              name="export-sizing"
              checked={options.sizing === 'width'}
              onChange={() => change({ sizing: 'width' as ExportSizing })}
            />
            Width
          </label>
          <input
            type="number"
            aria-label="Target width in pixels"
            min={100}
            max={40000}
            step={100}
            value={options.width}
            disabled={options.sizing !== 'width'}
            onInput={(e) => change({ width: Math.round(numberFrom(e, options.width)) })}
          />
          <span class="export-unit">px</span>
        </Row>
      </fieldset>
      <Choice<ExportBackground>
        legend="Background"
        name="export-background"
        value={options.background}
        choices={[
          { value: 'white', label: 'White' },
          { value: 'dark', label: 'Dark' },
          { value: 'transparent', label: 'Transparent' },
        ]}
        change={(background) => change({ background })}
      />
      <label class="export-check">
        <input type="checkbox" checked={options.legend} onChange={(e) => change({ legend: e.currentTarget.checked })} />
        Include legend
      </label>
      <label class="export-text">
        Title
        <input
          type="text"
          value={options.title}
          maxLength={300}
          onInput={(e) => change({ title: e.currentTarget.value })}
        />
      </label>
      <label class="export-text">
        Caption
        <textarea
          rows={2}
          value={options.caption}
          maxLength={2000}
          onInput={(e) => change({ caption: e.currentTarget.value })}
        />
      </label>
      {suggestedCaption ? (
        <button type="button" class="export-link" onClick={() => change({ caption: suggestedCaption })}>
          Use the path query as caption
        </button>
      ) : null}
      <Row>
        <label class="export-check">
          <input
            type="checkbox"
            checked={options.fixedSeed}
            onChange={(e) => change({ fixedSeed: e.currentTarget.checked })}
          />
          Use fixed layout seed
        </label>
        <input
          type="number"
          aria-label="Layout seed"
          min={0}
          step={1}
          value={options.seed}
          disabled={!options.fixedSeed}
          onInput={(e) => change({ seed: Math.max(0, Math.round(numberFrom(e, options.seed))) })}
        />
      </Row>
    </div>
  );
}
