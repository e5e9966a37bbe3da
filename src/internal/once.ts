/**
 * A reporter that tells each problem once: the survey re-checks its set-up on every update,
 * and a console message repeated on every keystroke would bury the first one.
 */
export function onceEach(): (key: string, report: () => void) => void {
  const seen = new Set<string>();
  return (key, report) => {
    if (seen.has(key)) return;
    seen.add(key);
    report();
  };
}
