import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page of a PDF, in reading order, as pdf.js extracts it. */
export async function pdfText(data: Uint8Array): Promise<{ pages: number; text: string }> {
  const task = getDocument({ data, useSystemFonts: false });
  const document = await task.promise;
  const parts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? '\n' : '');
  }
  const pages = document.numPages;
  await task.destroy();
  return { pages, text: parts.join('') };
}
