/**
 * A form asking for one value (the results token, an invitation code): its label, a hint and,
 * after a value that is not one, the error that says so, tied to the field for screen readers.
 * The texts are the pages' own (`texts.ts`), not configured: they are HTML as written.
 */
export interface OneField {
  method: 'get' | 'post';
  /** The field's name and id; the hint and error ids are made from it. */
  name: string;
  label: string;
  hint: string;
  submit: string;
  /** The error to show after a wrong value, or nothing. */
  error: string | undefined;
  /** The input's own attributes: type, autocomplete and the like. */
  attributes: string;
  /** Hidden inputs sent with the value. */
  hidden?: string;
}

export function oneFieldForm({ method, name, label, hint, submit, error, attributes, hidden = '' }: OneField): string {
  const wrong = error !== undefined;
  return `<form method="${method}" class="token${wrong ? ' has-error' : ''}">
<label for="${name}">${label}</label>
<p class="hint" id="${name}-hint">${hint}</p>
${wrong ? `<p class="error" id="${name}-error">${error}</p>\n` : ''}${hidden}<input id="${name}" name="${name}" ${attributes} required aria-describedby="${name}-hint${wrong ? ` ${name}-error` : ''}"${wrong ? ' aria-invalid="true" autofocus' : ''}>
<button type="submit">${submit}</button>
</form>`;
}
