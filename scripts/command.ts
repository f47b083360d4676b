// What every command line here shares: bad input prints its message alone (no stack trace).
import { ContentError, ContentErrors, UsageError } from '../src/lib/content/errors';
import { XliffError } from '../src/lib/translations/xliff';

export { UsageError };

/**
 * Runs a command's body. A string it returns is printed (one starting with `usage:` to stderr, with
 * exit code 2); a number is the exit code. A content error prints alone with exit code 1, as the
 * build does; a usage, argument or XLIFF error prints alone with exit code 2.
 */
export async function runCommand(main: () => string | number | void | Promise<string | number | void>): Promise<void> {
  try {
    const result = await main();
    if (typeof result === 'string') {
      const usage = result.startsWith('usage:');
      (usage ? console.error : console.log)(result);
      process.exitCode = usage ? 2 : 0;
    } else {
      process.exitCode = result ?? 0;
    }
  } catch (error) {
    // parseArgs' own errors carry an ERR_PARSE_ARGS_… code.
    const badArgs = String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
    const content = error instanceof ContentError || error instanceof ContentErrors;
    if (!(content || error instanceof XliffError || error instanceof UsageError || badArgs)) throw error;
    console.error((error as Error).message);
    process.exitCode = content ? 1 : 2;
  }
}
