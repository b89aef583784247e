/**
 * The lines under a field: its one-line help and, when the entry is refused, why. Their ids
 * (`${id}-help`, `${id}-error`) are what the field's aria-describedby names.
 */
export function FieldNotes({
  id,
  help,
  error,
}: {
  id: string;
  help: string;
  error: string | null | undefined;
}) {
  return (
    <>
      <p className="field-help" id={`${id}-help`}>
        {help}
      </p>
      {error ? (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
