package se.kompetenskedjan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

/**
 * The text of a PDF as OpenPDF reads it: the application writes its PDFs with Apache PDFBox, so tests read them back
 * with a library that did not write them.
 */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            // OpenPDF gives the "fi" of DejaVu Sans as the ligature character U+FB01; NFKC makes it two letters again
            return Normalizer.normalize(text, Normalizer.Form.NFKC);
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }
}
