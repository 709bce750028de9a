// Owns the "Types from attribute" choice shown after opening a file without an ontology; changing it re-imports the file.
import type { TypeChoice } from '../files/open-flow';

/** '' asks the reader for no type attribute, so every element gets the generated "default" type. */
const NO_ATTRIBUTE = '';

export function FileTypeChoice({
  choice,
  choose,
  dismiss,
}: {
  choice: TypeChoice | null;
  choose(attribute: string): void;
  dismiss(): void;
}) {
  if (!choice) return null;
  const options =
    choice.attributes.includes(choice.current) || choice.current === NO_ATTRIBUTE
      ? choice.attributes
      : [choice.current, ...choice.attributes];
  return (
    <section class="file-type-choice" aria-label="Entity and relation types">
      <label>
        {`${choice.fileName} has no ontology. Types from attribute: `}
        <select
          aria-label="Types from attribute"
          value={choice.current}
          onChange={(event) => choose((event.currentTarget as HTMLSelectElement).value)}
        >
          {options.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          <option value={NO_ATTRIBUTE}>(none: one default type)</option>
        </select>
      </label>
      <button type="button" aria-label="Dismiss type choice" onClick={dismiss}>
        ×
      </button>
    </section>
  );
}
