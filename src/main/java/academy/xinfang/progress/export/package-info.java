/**
 * Output adapters of progress: the formats reports and records leave the platform in. None of this is a domain rule,
 * only a rendering of records the domain and repositories produce:
 *
 * <ul>
 *   <li>{@link academy.xinfang.progress.export.XapiStatements} writes learning records as xAPI statements whose ids
 *       are derived from the event, so exporting twice gives the same ids.
 *   <li>{@link academy.xinfang.progress.export.CsvExport} and {@link academy.xinfang.progress.export.XlsxExport}
 *       write reports that open in spreadsheet programs with Chinese intact.
 *   <li>{@link academy.xinfang.progress.export.CertificatePdf} draws a certificate.
 * </ul>
 */
package academy.xinfang.progress.export;
