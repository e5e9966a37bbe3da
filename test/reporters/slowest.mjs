/** How many of the slowest tests each run keeps, for test/run.mjs to print. */
const KEEP = 5;

/** The `KEEP` longest of `tests` ({ name, duration }), longest first. */
export const keepSlowest = (tests) => [...tests].sort((a, b) => b.duration - a.duration).slice(0, KEEP);
