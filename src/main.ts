#!/usr/bin/env node
// Entry point of the `ansinh` command.
import { buildCli, reportCliError } from './cli.js';

const args = process.argv.length > 2 ? process.argv : [...process.argv, 'serve'];
buildCli().parseAsync(args).catch(reportCliError);
