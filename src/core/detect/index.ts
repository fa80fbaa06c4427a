export {
  detectDocument,
  DETECT_REASON_CODES,
  type DetectReason,
  type DetectReasonCode,
  SAMPLE_LENGTH,
  type Detection,
  type DocumentKind,
  type DocumentSample,
} from './detect-document.ts';
export { detectLanguage, type Language } from './language.ts';
export { looksLikePlanPdfLink } from './plan-pdf-link.ts';
