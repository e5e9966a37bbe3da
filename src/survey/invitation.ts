/**
 * The survey's invitation code (SPEC §15): the `invitation` attribute, else a code in the page's
 * address (`?code=`, as an invitation link carries it), which is then taken out of the address
 * bar so it is not left in the history, a bookmark or a screenshot. A value that is not a code
 * is not sent: the survey goes on without one, and the console says why.
 */
import { parseCode } from '../invitation/code.js';
import type { Once } from '../internal/once.js';

const warnNotCode = (where: string, once: Once) =>
  once(`invitation:${where}`, () => console.warn(`mor-survey: ${where} is not an invitation code (M-XXXX-XXXX-XXXX); none is sent.`));

/**
 * The code of the `invitation` attribute in its written form; undefined when absent or not a
 * code. The warning never repeats the value: a near miss is most of someone's real code, and
 * pages' error reporters collect the console.
 */
export function invitationCode(value: string | undefined | null, once: Once): string | undefined {
  const code = parseCode(value);
  if (value && !code) warnNotCode('the invitation attribute', once);
  return code;
}

/**
 * A code in this page's address, taken out of the address bar (the rest of the address kept).
 * A `code` that is not an invitation code is left where it is: it may be the page's own.
 */
export function codeFromAddress(once: Once): string | undefined {
  const { pathname, search, hash } = location;
  const text = new URLSearchParams(search).get('code');
  const code = parseCode(text);
  // Only the code's own parameter goes: the rest of the address stays exactly as written. A page
  // whose history cannot be rewritten (a sandboxed frame) keeps its address; the code still counts.
  if (code) {
    try {
      history.replaceState(history.state, '', pathname + search.replace(/([?&])code=[^&]*&?/, '$1').replace(/[?&]$/, '') + hash);
    } catch {
      once('invitation:address', () => console.warn('mor-survey: the invitation code could not be taken out of the address bar.'));
    }
  } else if (text !== null) warnNotCode(`the address's code=`, once);
  return code;
}
