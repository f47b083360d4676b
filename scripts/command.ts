// What every command line here shares: bad input prints its message alone (no stack trace) and exits 2.
import { ContentError } from '../src/lib/content/errors';
import { XliffError } from '../src/lib/translations/xliff';

/** A wrong argument, printed as its message alone. */
export class UsageError extends Error {}

/** Runs a command: its return value (or 0) is the exit code; a content, XLIFF, usage or argument error is printed alone with exit code 2. */
export async function runCommand(main: () => number | void | Promise<number | void>): Promise<void> {
  try {
    process.exitCode = (await main()) ?? 0;
  } catch (error) {
    // parseArgs' own errors carry an ERR_PARSE_ARGS_… code.
    const badArgs = String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
    if (!(error instanceof ContentError || error instanceof XliffError || error instanceof UsageError || badArgs)) throw error;
    console.error((error as Error).message);
    process.exitCode = 2;
  }
}
