/**
 * `npm run cli -- <command> [--db PATH] [--json]`: the same handlers as the UI,
 * for IT staff and scripted checks. Output on stdout (`--json`: machine-readable);
 * errors on stderr with a non-zero exit. The commands live in cli/, one file
 * per group; this is the program, its global options and the exit code.
 */
import { Command, CommanderError } from 'commander';
import { AppError } from '../core/errors';
import { registerAgencies } from './cli/agencies';
import { registerCalendar } from './cli/calendar';
import { registerFigures } from './cli/figures';
import { registerMatrix, registerPlans } from './cli/plans';
import { registerNarrative } from './cli/narrative';
import { registerReports } from './cli/reports';
import { CliError, closeOpenStore, type GlobalOptions, type RegisterCommands } from './cli/shared';

/** In the order `--help` lists them. */
const GROUPS: readonly RegisterCommands[] = [
  registerAgencies,
  registerPlans,
  registerCalendar,
  registerReports,
  registerFigures,
  registerNarrative,
  registerMatrix,
];

function buildProgram(): Command {
  const program = new Command('plan-desk')
    .description('Plan Desk — dòng lệnh cho cán bộ tin học')
    .option('--db <path>', 'đường dẫn tệp dữ liệu (mặc định: thư mục dữ liệu của ứng dụng, hoặc biến PLAN_DESK_DB)')
    .option('--json', 'in kết quả dạng JSON')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  const globals = (): GlobalOptions => program.opts<GlobalOptions>();
  for (const register of GROUPS) register(program, globals);
  return program;
}

/**
 * `npm run cli -- … | head` closes the pipe once it has read enough. That is the
 * reader's choice, not a failure: later output is dropped and the command still
 * finishes (an import still saves) and exits with its own code. Unhandled, the
 * EPIPE would end the run with a stack trace and exit code 1.
 */
function dropOutputToClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
  }
}

async function main(): Promise<number> {
  dropOutputToClosedPipes();
  const program = buildProgram();
  try {
    await program.parseAsync(process.argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    const json = program.opts<GlobalOptions>().json;
    const code = error instanceof AppError ? error.code : 'CLI_ERROR';
    const message = error instanceof AppError || error instanceof CliError ? error.message : String(error);
    process.stderr.write(json ? `${JSON.stringify({ error: { code, message } })}\n` : `Lỗi: ${message}\n`);
    return 1;
  } finally {
    closeOpenStore();
  }
}

process.exitCode = await main();
