// The filter form above the list: a date range in the viewer's days, a category and a tag. Applying writes
// them to the address bar (shareable, back-button friendly); the list reloads from there.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { NO_FILTERS } from '../../app/routes';
import type { EventFilters as Filters } from '../../app/routes';
import { filterErrors, hasFilters } from './filters';

export interface EventFiltersProps {
  filters: Filters;
  onApply(filters: Filters): void;
}

export function EventFilters({ filters, onApply }: EventFiltersProps) {
  const id = useId();
  const [values, setValues] = useState<Filters>(filters);
  const [errors, setErrors] = useState<ReturnType<typeof filterErrors>>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = { ...values, category: values.category.trim(), tag: values.tag.trim().replace(/^#/, '') };
    const found = filterErrors(trimmed);
    setErrors(found);
    if (Object.keys(found).length === 0) onApply(trimmed);
  }

  function clear() {
    setValues(NO_FILTERS);
    setErrors({});
    onApply(NO_FILTERS);
  }

  const field = (name: keyof Filters, label: string, type: 'date' | 'text', hint?: string) => {
    const errorId = `${id}-${name}-error`;
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <input
          id={`${id}-${name}`}
          name={name}
          type={type}
          value={values[name]}
          placeholder={hint}
          onChange={(e) => setValues({ ...values, [name]: e.target.value })}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={errors[name] ? errorId : undefined}
        />
        {errors[name] && (
          <p id={errorId} className="field-error">
            {errors[name]}
          </p>
        )}
      </div>
    );
  };

  return (
    <form role="search" aria-label="Filter events" className="card form filters" onSubmit={submit} noValidate>
      <div className="field-row">
        {field('from', 'From', 'date')}
        {field('to', 'To', 'date')}
        {field('category', 'Category', 'text', 'e.g. tech')}
        {field('tag', 'Tag', 'text', 'e.g. graphql')}
      </div>
      <div className="actions">
        <button type="submit">Apply filters</button>
        {(hasFilters(filters) || hasFilters(values)) && (
          <button type="button" className="secondary" onClick={clear}>
            Clear filters
          </button>
        )}
      </div>
    </form>
  );
}
