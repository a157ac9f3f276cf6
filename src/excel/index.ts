/** The Office.js door (DESIGN.md §1): the WorkbookPort the task pane uses inside Excel. */
export { createExcelPort, type ExcelPortOptions, type ExcelRun } from './port';
export { PortError, toPortError } from './errors';
