// Reading a report's files back in tests: the workbook with ExcelJS, the PDF's pages and text
// with PDF.js (through unpdf, a development dependency).
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';

export async function readWorkbook(buffer: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book;
}

export async function readPdf(buffer: Buffer) {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { totalPages, text } = await extractText(pdf, { mergePages: true });
  return { pages: totalPages, text };
}
