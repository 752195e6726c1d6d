// The `luoshi` command line as a library: run it in-process (tests, other tools).
export { main, helpText } from './main.js';
export type { Io } from './io/io.js';
export { runLuoshi, type LuoshiRun } from './io/run.js';
export { readDocument, decodeDocument, readJson, ReadError, type DocumentText } from './io/read-document.js';
