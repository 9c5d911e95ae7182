// pdfkit ships no types and @types/pdfkit describes its drawing API, not the class this package
// adds a method to; only the class's prototype is used here.
declare module "pdfkit" {
  const PDFDocument: { prototype: object };
  export default PDFDocument;
}
