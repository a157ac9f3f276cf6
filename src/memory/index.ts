/** In-memory workbook and its WorkbookPort (component tests, demos, the browser without Excel). */
export { MemoryWorkbook, sheetFromPlan, type MemorySheet, type Selection } from './workbook';
export { createMemoryPort, WorkbookError, type MemoryOp, type MemoryPortOptions } from './port';
