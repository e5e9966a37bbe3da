/**
 * A reporter that tells each problem once: the survey re-checks its set-up on every update,
 * and a console message repeated on every keystroke would bury the first one.
 */
/** Reports a problem once per key: `once(key, () => console.warn(…))`. */
export type Once = (key: string, report: () => void) => void;

export function onceEach(): Once {
  const seen = new Set<string>();
  return (key, report) => {
    if (seen.has(key)) return;
    seen.add(key);
    report();
  };
}
