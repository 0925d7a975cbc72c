import { processIo } from './cli-io.js';
import { runCli } from './run-cli.js';

// A reader that stops early (`okta-sync export | head`) closes the pipe;
// that is not a failure worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') {
    throw error;
  }

  process.exit(process.exitCode ?? 0);
});

const code = await runCli(process.argv.slice(2), processIo());
process.exitCode = code;
