// The event form for creating and editing: what, when (wall-clock times in a chosen IANA zone, previewed in
// the viewer's), where (venue and/or online link), listing (category, tags, seats). Errors from the client
// checks and from the API (errorInfo.field) appear next to their fields and focus moves to the first.
import { useId, useMemo, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { CreateEventInput } from '../../gql/graphql';
import { describeGraphqlError } from '../../lib/graphql-errors';
import { PendingButton } from '../../lib/pending-button';
import { toStartsAt } from '../../lib/starts-at';
import { formatInTimeZone } from '../../lib/time-format';
import { timeZoneOptions } from './time-zones';
import { DESCRIPTION_MAX, EVENT_FORM_FIELDS, TITLE_MAX, isEventFormField, validateEventForm } from './validate-event-form';
import type { EventFormErrors, EventFormField, EventFormValues } from './validate-event-form';

export interface EventFormProps {
  initial: EventFormValues;
  browserZone: string;
  submitLabel: string;
  pendingLabel: string;
  /** Editing keeps a start that was already in the past; creating needs a future one. */
  requireFutureStart(values: EventFormValues): boolean;
  /** Saves; rejects with the API's error, whose field errors are shown inline. */
  onSave(input: CreateEventInput): Promise<void>;
  /** Extra content for a failed save (e.g. "reload" after a conflict). */
  renderError?(error: ReturnType<typeof describeGraphqlError>): ReactNode;
}

type ValueKey = keyof EventFormValues;

// Which value each error field sits next to (and gets focus on error).
const INPUT_OF: Record<EventFormField, ValueKey> = {
  title: 'title',
  description: 'description',
  startsAt: 'startsAtLocal',
  endsAt: 'endsAtLocal',
  timeZone: 'timeZone',
  venue: 'venueName',
  'venue.name': 'venueName',
  'venue.address': 'venueAddress',
  'venue.city': 'venueCity',
  'venue.country': 'venueCountry',
  onlineUrl: 'onlineUrl',
  category: 'category',
  tags: 'tags',
  capacity: 'capacity',
};

export function EventForm(props: EventFormProps) {
  const { initial, browserZone } = props;
  const id = useId();
  const zones = useMemo(() => timeZoneOptions(browserZone), [browserZone]);
  const [values, setValues] = useState<EventFormValues>(initial);
  const [errors, setErrors] = useState<EventFormErrors>({});
  const [saveError, setSaveError] = useState<ReturnType<typeof describeGraphqlError> | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [pending, setPending] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const inputId = (key: ValueKey) => `${id}-${key}`;
  const errorId = (field: EventFormField) => `${id}-${field.replace('.', '-')}-error`;

  function validate(next: EventFormValues) {
    return validateEventForm(next, new Date(), { requireFutureStart: props.requireFutureStart(next) });
  }

  function update(patch: Partial<EventFormValues>) {
    const next = { ...values, ...patch };
    setValues(next);
    // Quiet until the first submit; afterwards errors clear as soon as they are fixed.
    if (submitted) {
      const result = validate(next);
      setErrors(result.ok ? {} : result.errors);
    }
  }

  function focusFirst(found: EventFormErrors) {
    const first = EVENT_FORM_FIELDS.find((field) => found[field]);
    if (first) formRef.current?.ownerDocument.getElementById(inputId(INPUT_OF[first]))?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitted(true);
    setSaveError(null);
    setNotice(null);
    const result = validate(values);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirst(result.errors);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await props.onSave(result.input);
      setNotice(result.notice);
    } catch (caught) {
      const described = describeGraphqlError(caught);
      const fieldErrors: EventFormErrors = {};
      for (const [field, message] of Object.entries(described.fieldErrors)) {
        if (isEventFormField(field)) fieldErrors[field] = message;
      }
      setErrors(fieldErrors);
      setSaveError(described);
      focusFirst(fieldErrors);
    } finally {
      setPending(false);
    }
  }

  const fieldErrorsOf = (fields: EventFormField[]) => fields.filter((field) => errors[field]);

  function describedBy(fields: EventFormField[], hint?: string): string | undefined {
    return [...fieldErrorsOf(fields).map(errorId), hint].filter(Boolean).join(' ') || undefined;
  }

  function errorText(field: EventFormField) {
    return errors[field] ? (
      <p id={errorId(field)} className="field-error">
        {errors[field]}
      </p>
    ) : null;
  }

  function text(key: ValueKey, label: ReactNode, fields: EventFormField[], extra: Record<string, unknown> = {}, hint?: ReactNode) {
    const hintId = hint ? `${inputId(key)}-hint` : undefined;
    return (
      <div className="field">
        <label htmlFor={inputId(key)}>{label}</label>
        <input
          id={inputId(key)}
          name={key}
          value={values[key]}
          onChange={(e) => update({ [key]: e.target.value })}
          aria-invalid={fieldErrorsOf(fields).length > 0 || undefined}
          aria-describedby={describedBy(fields, hintId)}
          {...extra}
        />
        {hint && (
          <p id={hintId} className="hint">
            {hint}
          </p>
        )}
        {fields.map((field) => (field === 'venue' ? null : <span key={field}>{errorText(field)}</span>))}
      </div>
    );
  }

  const optional = <span className="muted">(optional)</span>;
  const viewerPreview = (local: string) => {
    const converted = local ? toStartsAt(local, values.timeZone) : null;
    if (!converted?.ok || values.timeZone === browserZone) return null;
    return `That is ${formatInTimeZone(converted.iso, browserZone)} in your time zone (${browserZone}).`;
  };

  return (
    <form ref={formRef} className="card form event-form" onSubmit={submit} noValidate aria-label="Event details">
      {saveError && (
        <div className="error-box" role="alert">
          <p>Could not save: {saveError.message}</p>
          {props.renderError?.(saveError)}
        </div>
      )}
      <fieldset>
        <legend>What</legend>
        {text('title', 'Title', ['title'], { required: true, maxLength: TITLE_MAX, autoComplete: 'off' })}
        <div className="field">
          <label htmlFor={inputId('description')}>Description {optional}</label>
          <textarea
            id={inputId('description')}
            name="description"
            rows={5}
            value={values.description}
            onChange={(e) => update({ description: e.target.value })}
            aria-invalid={errors.description ? true : undefined}
            aria-describedby={describedBy(['description'], `${inputId('description')}-hint`)}
          />
          <p id={`${inputId('description')}-hint`} className="hint">
            Plain text, up to {DESCRIPTION_MAX.toLocaleString('en')} characters ({values.description.length} used).
          </p>
          {errorText('description')}
        </div>
      </fieldset>
      <fieldset>
        <legend>When</legend>
        <div className="field-row">
          {text('startsAtLocal', 'Starts at', ['startsAt'], { type: 'datetime-local', required: true }, viewerPreview(values.startsAtLocal) ?? 'Local time at the event.')}
          {text('endsAtLocal', <>Ends at {optional}</>, ['endsAt'], { type: 'datetime-local' }, viewerPreview(values.endsAtLocal))}
        </div>
        <div className="field">
          <label htmlFor={inputId('timeZone')}>Time zone</label>
          <select
            id={inputId('timeZone')}
            name="timeZone"
            required
            value={values.timeZone}
            onChange={(e) => update({ timeZone: e.target.value })}
            aria-invalid={errors.timeZone ? true : undefined}
            aria-describedby={describedBy(['timeZone'])}
          >
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          {errorText('timeZone')}
        </div>
      </fieldset>
      <fieldset aria-describedby={errors.venue ? errorId('venue') : `${id}-where-hint`}>
        <legend>Where</legend>
        <p id={`${id}-where-hint`} className="hint">
          A venue, an online link, or both.
        </p>
        {errorText('venue')}
        <div className="field-row">
          {text('venueName', <>Venue {optional}</>, ['venue', 'venue.name'], { autoComplete: 'off' })}
          {text('venueAddress', <>Address {optional}</>, ['venue.address'], { autoComplete: 'off' })}
        </div>
        <div className="field-row">
          {text('venueCity', <>City {optional}</>, ['venue.city'], { autoComplete: 'off' })}
          {text('venueCountry', <>Country {optional}</>, ['venue.country'], { autoComplete: 'off' })}
        </div>
        {text('onlineUrl', <>Online link {optional}</>, ['onlineUrl'], { type: 'url', inputMode: 'url', placeholder: 'https://' })}
      </fieldset>
      <fieldset>
        <legend>Listing</legend>
        <div className="field-row">
          {text('category', <>Category {optional}</>, ['category'], { autoComplete: 'off' }, 'One word people filter by, e.g. tech or music.')}
          {text('tags', <>Tags {optional}</>, ['tags'], { autoComplete: 'off' }, 'Up to 10, separated by commas.')}
          {text('capacity', <>Seats {optional}</>, ['capacity'], { type: 'number', min: 1, step: 1, inputMode: 'numeric' }, 'Leave empty for no limit. When full, people join a waitlist.')}
        </div>
      </fieldset>
      <div className="actions">
        <PendingButton type="submit" pending={pending}>
          {pending ? props.pendingLabel : props.submitLabel}
        </PendingButton>
      </div>
      <p role="status" className="status-line">
        {notice}
      </p>
    </form>
  );
}
