import { ContentError, ContentErrors } from '../src/lib/content/errors';
import { UsageError } from '../src/lib/authoring/commands';

/** Runs a command line's body: prints what it returns; a usage or content error is printed alone, with exit code 1. */
export function runCommand(body: () => string): void {
  try {
    const message = body();
    const usage = message.startsWith('usage:');
    (usage ? console.error : console.log)(message);
    if (usage) process.exitCode = 1;
  } catch (error) {
    if (!(
      error instanceof UsageError ||
      error instanceof ContentError ||
      error instanceof ContentErrors ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ))
      throw error;
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
