/** Short names of the file types uploads accept, as people know them. */
export const mediaTypeNames: Record<string, string> = {
  "application/pdf": "PDF",
  "image/png": "PNG",
  "image/jpeg": "JPEG",
};
