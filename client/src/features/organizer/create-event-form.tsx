// The create-event form: title, description, a wall-clock start in a chosen IANA zone. Errors from the
// client checks and from the API appear next to their fields; focus moves to the first one.
import { useId, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { describeGraphqlError } from '../../lib/graphql-errors';
import { formatInTimeZone } from '../../lib/time-format';
import { createEvent } from './api/create-event';
import type { OrganizerEvent } from './api/create-event';
import { timeZoneOptions } from './time-zones';
import { toStartsAt } from './starts-at';
import { DESCRIPTION_MAX, TITLE_MAX, validateEventForm } from './validate-event-form';
import type { EventFormErrors, EventFormField, EventFormValues } from './validate-event-form';

export interface CreateEventFormProps {
  browserZone: string;
  onCreated(event: OrganizerEvent): void;
}

const FIELDS: EventFormField[] = ['title', 'description', 'startsAt', 'timeZone'];

function isFormField(field: string): field is EventFormField {
  return (FIELDS as string[]).includes(field);
}

export function CreateEventForm({ browserZone, onCreated }: CreateEventFormProps) {
  const id = useId();
  const zones = useMemo(() => timeZoneOptions(browserZone), [browserZone]);
  const empty: EventFormValues = { title: '', description: '', startsAtLocal: '', timeZone: browserZone };
  const [values, setValues] = useState<EventFormValues>(empty);
  const [errors, setErrors] = useState<EventFormErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState(false);
  const refs = {
    title: useRef<HTMLInputElement>(null),
    description: useRef<HTMLTextAreaElement>(null),
    startsAt: useRef<HTMLInputElement>(null),
    timeZone: useRef<HTMLSelectElement>(null),
  };

  function update(patch: Partial<EventFormValues>) {
    const next = { ...values, ...patch };
    setValues(next);
    // Until the first submit, stay quiet; afterwards, errors clear as soon as they are fixed.
    if (submitted) {
      const result = validateEventForm(next, new Date());
      setErrors(result.ok ? {} : result.errors);
    }
  }

  function focusFirst(found: EventFormErrors) {
    const first = FIELDS.find((field) => found[field]);
    if (first) refs[first].current?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setFormError(null);
    setStatus(null);
    const result = validateEventForm(values, new Date());
    if (!result.ok) {
      setErrors(result.errors);
      focusFirst(result.errors);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const created = await createEvent(result.input);
      onCreated(created);
      setValues({ ...empty, timeZone: values.timeZone });
      setSubmitted(false);
      setStatus(`Draft “${created.title}” created.${result.notice ? ` ${result.notice}` : ''}`);
      refs.title.current?.focus();
    } catch (caught) {
      const described = describeGraphqlError(caught);
      const fieldErrors: EventFormErrors = {};
      for (const [field, message] of Object.entries(described.fieldErrors)) {
        if (isFormField(field)) fieldErrors[field] = message;
      }
      setErrors(fieldErrors);
      setFormError(described.message);
      focusFirst(fieldErrors);
    } finally {
      setPending(false);
    }
  }

  const preview = (() => {
    const converted = values.startsAtLocal ? toStartsAt(values.startsAtLocal, values.timeZone) : null;
    if (!converted?.ok || values.timeZone === browserZone) return null;
    return `That is ${formatInTimeZone(converted.iso, browserZone)} in your time zone (${browserZone}).`;
  })();

  const fieldProps = (field: EventFormField, hint?: string) => {
    const describedBy = [errors[field] ? `${id}-${field}-error` : null, hint ? `${id}-${field}-hint` : null]
      .filter(Boolean)
      .join(' ');
    return {
      id: `${id}-${field}`,
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': describedBy || undefined,
    };
  };

  const fieldError = (field: EventFormField) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form className="card form" onSubmit={submit} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Create an event</h2>
      {formError && (
        <p className="error" role="alert">
          Could not create the event: {formError}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          {...fieldProps('title')}
          ref={refs.title}
          name="title"
          required
          maxLength={TITLE_MAX}
          value={values.title}
          onChange={(e) => update({ title: e.target.value })}
        />
        {fieldError('title')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>
          Description <span className="muted">(optional)</span>
        </label>
        <textarea
          {...fieldProps('description')}
          ref={refs.description}
          name="description"
          rows={4}
          value={values.description}
          onChange={(e) => update({ description: e.target.value })}
        />
        {fieldError('description')}
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-startsAt`}>Starts at</label>
          <input
            {...fieldProps('startsAt', 'hint')}
            ref={refs.startsAt}
            name="startsAt"
            type="datetime-local"
            required
            value={values.startsAtLocal}
            onChange={(e) => update({ startsAtLocal: e.target.value })}
          />
          <p id={`${id}-startsAt-hint`} className="hint">
            Local time at the event. {preview}
          </p>
          {fieldError('startsAt')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-timeZone`}>Time zone</label>
          <select
            {...fieldProps('timeZone')}
            ref={refs.timeZone}
            name="timeZone"
            required
            value={values.timeZone}
            onChange={(e) => update({ timeZone: e.target.value })}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          {fieldError('timeZone')}
        </div>
      </div>
      <p className="hint">
        Descriptions can be up to {DESCRIPTION_MAX.toLocaleString()} characters. New events are saved as drafts.
      </p>
      <button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create draft'}
      </button>
      <div role="status" aria-live="polite" className="live-region">
        {status && <p className="success">{status}</p>}
      </div>
    </form>
  );
}
