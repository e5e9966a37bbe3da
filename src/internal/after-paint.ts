/**
 * Resolves once the browser has painted the next frame, so work that can wait (reading Web
 * Storage is a slow synchronous call on a page's first use) does not delay the first sight of
 * the survey. Where frames do not run (a hidden tab), it resolves after 100 ms instead.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
}
