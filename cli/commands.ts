/** The list of commands; each entry names a module in this folder with a `run(args)` export. */
import { registerCommand } from './main.ts';

void registerCommand;
