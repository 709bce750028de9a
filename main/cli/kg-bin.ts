// Owns the process entry of the kg binary: run, then exit with the command's status.
import { nodeCliContext, runKg } from './kg';

runKg(process.argv.slice(2), nodeCliContext).then((code) => {
  process.exitCode = code;
});
