/** What the command prints: its lines start with its name, so an operator's log says who spoke. */
export const say = (line: string) => console.log(`mor-survey-server: ${line}`);

/** What a command that prints data on standard output says beside it, on standard error. */
export const tell = (line: string) => process.stderr.write(`mor-survey-server: ${line}\n`);

/** Prints why the command cannot go on, and exits with status 1. */
export const fail = (line: string): never => {
  console.error(`mor-survey-server: ${line}`);
  process.exit(1);
};
