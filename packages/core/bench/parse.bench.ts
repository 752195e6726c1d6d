// Parsing throughput of the task-division parser on 100 000 generated rows in the seeds' layouts,
// against Papa Parse (a general delimited-text parser) reading the same tab-separated text, in the same run.
// Runs the built package (dist), as users do.
import Papa from 'papaparse';
import { generateTaskDivisionCorpus, parseTaskDivision } from '../dist/index.js';
import { medianMs, printTable } from './bench.util.js';

const ROWS = 100_000;
const rows: (string | number)[][] = [];
let tabsMbPerS = 0;
let papaMbPerS = 0;
for (const layout of ['tabs', 'spaces'] as const) {
  const text = generateTaskDivisionCorpus(ROWS, layout);
  const mb = Buffer.byteLength(text) / 1024 / 1024;
  let tasks = 0;
  const ms = medianMs(() => {
    tasks = parseTaskDivision(text, { jurisdictionId: 'bench', reportId: 'bench' }).tasks.length;
  }, 5);
  if (tasks !== ROWS) throw new Error(`expected ${ROWS} tasks, parsed ${tasks}`);
  const rate = mb / (ms / 1000);
  if (layout === 'tabs') tabsMbPerS = rate;
  rows.push([`luoshi parseTaskDivision (${layout})`, mb.toFixed(1), ms.toFixed(0), rate.toFixed(1)]);
  if (layout === 'tabs') {
    let records = 0;
    const papaMs = medianMs(() => {
      records = Papa.parse<string[]>(text, { delimiter: '\t', skipEmptyLines: true }).data.length;
    }, 5);
    if (records < ROWS) throw new Error(`Papa Parse read ${records} records`);
    papaMbPerS = mb / (papaMs / 1000);
    rows.push([
      'Papa Parse, delimiter \\t (splits cells only)',
      mb.toFixed(1),
      papaMs.toFixed(0),
      papaMbPerS.toFixed(1),
    ]);
  }
}
printTable(
  `Task-division parsing, ${ROWS.toLocaleString('en')} rows, one core (median of 5)`,
  ['parser', 'MB', 'ms', 'MB/s'],
  rows,
);
console.log(
  `\nluoshi (tabs) / Papa Parse: ${(tabsMbPerS / papaMbPerS).toFixed(2)}× the throughput; aim ≥ 20 MB/s.`,
);
