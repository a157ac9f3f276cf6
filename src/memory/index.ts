/** In-memory workbook and its WorkbookPort (component tests, demos, the browser without Excel). */
export { MemoryWorkbook } from './workbook';
export { createMemoryPort, WorkbookError, type MemoryPortOptions } from './port';
