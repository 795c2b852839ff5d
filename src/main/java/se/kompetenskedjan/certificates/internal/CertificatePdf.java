package se.kompetenskedjan.certificates.internal;

import static se.kompetenskedjan.shared.SwedishTime.SWEDEN;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.google.zxing.common.BitMatrix;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.shared.QrSymbol;
import se.kompetenskedjan.profiles.LevelScale;

/**
 * Renders a certificate as an A4 PDF with Apache PDFBox, in Swedish or English, with DejaVu Sans embedded (shipped in
 * src/main/resources/fonts with its licence) and a verification QR code (ZXing) drawn as vector squares.
 */
@Component
class CertificatePdf {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float LEVEL_COLUMN = 150;
    private static final float QR_SIZE = 110;

    private final MessageSource messages;

    CertificatePdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(UUID id, CertificateContent content, java.time.Instant issuedAt, String language, String verifyUrl,
            String revokedNote) {
        Locale locale = Locale.forLanguageTag(language);
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = font(document, "fonts/DejaVuSans.ttf");
            PDType0Font bold = font(document, "fonts/DejaVuSans-Bold.ttf");
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text("certificate.pdf.title", locale) + " – " + content.participantName());
            info.setCreator("Kompetenskedjan");
            Writer w = new Writer(document, regular, bold);
            w.line(bold, 24, text("certificate.pdf.title", locale));
            w.gap(6);
            w.line(bold, 16, content.participantName());
            w.gap(10);
            if (revokedNote != null) {
                w.wrapped(bold, 12, revokedNote, WIDTH);
                w.gap(6);
            }
            w.wrapped(regular, 11, text("certificate.pdf.intro", locale), WIDTH);
            w.gap(8);
            w.field(text("certificate.pdf.workplace", locale), content.workplace());
            if (content.placementTitle() != null) {
                w.field(text("certificate.pdf.placement", locale), content.placementTitle());
            }
            w.field(text("certificate.pdf.period", locale), date(content.periodFrom(), locale) + " – "
                    + date(content.periodTo(), locale));
            w.field(text("certificate.pdf.assessors", locale), String.join(", ", content.assessors()));
            w.field(text("certificate.pdf.issuer", locale), content.issuerName());
            w.field(text("certificate.pdf.issuedOn", locale), date(LocalDate.ofInstant(issuedAt, SWEDEN), locale));
            w.field(text("certificate.pdf.id", locale), id.toString());
            w.gap(12);
            w.line(bold, 14, text("certificate.pdf.items", locale));
            w.gap(4);
            String checklist = null;
            for (CertificateContent.Item item : content.items()) {
                if (!item.checklistTitle().equals(checklist)) {
                    checklist = item.checklistTitle();
                    w.gap(4);
                    w.wrapped(bold, 11, checklist, WIDTH);
                    w.gap(2);
                }
                w.item(item.text(), levelLabel(item.yesNo(), item.level(), locale));
            }
            w.gap(10);
            w.wrapped(regular, 9, text("certificate.pdf.scale", locale), WIDTH);
            w.qr(verifyUrl, text("certificate.pdf.verify", locale));
            w.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String levelLabel(boolean yesNo, int level, Locale locale) {
        String key = yesNo ? (level >= LevelScale.YES ? "level.yesNo.3" : "level.yesNo.0") : "level." + level;
        return messages.getMessage(key, null, key, locale);
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String date(LocalDate date, Locale locale) {
        if (date == null) {
            return "–";
        }
        return "sv".equals(locale.getLanguage()) ? date.toString()
                : date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
    }

    private static PDType0Font font(PDDocument document, String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return PDType0Font.load(document, in);
        }
    }

    /** Writes lines top-down, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument document;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document, PDType0Font regular, PDType0Font bold) throws IOException {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        void gap(float points) {
            y -= points;
        }

        void line(PDType0Font font, float size, String text) throws IOException {
            ensure(size * 1.3f);
            y -= size * 1.2f;
            show(font, size, MARGIN, y, text);
        }

        void wrapped(PDType0Font font, float size, String text, float width) throws IOException {
            for (String line : wrap(font, size, text, width)) {
                line(font, size, line);
            }
        }

        void field(String label, String value) throws IOException {
            float labelWidth = 120;
            List<String> lines = wrap(regular, 11, value == null ? "–" : value, WIDTH - labelWidth);
            ensure(lines.size() * 14f);
            y -= 14;
            show(bold, 11, MARGIN, y, label);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    y -= 14;
                }
                show(regular, 11, MARGIN + labelWidth, y, lines.get(i));
            }
        }

        void item(String text, String level) throws IOException {
            List<String> lines = wrap(regular, 10.5f, text, WIDTH - LEVEL_COLUMN - 10);
            ensure(lines.size() * 13.5f + 4);
            y -= 13.5f;
            show(bold, 10.5f, MARGIN + WIDTH - LEVEL_COLUMN, y, level);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    y -= 13.5f;
                }
                show(regular, 10.5f, MARGIN, y, lines.get(i));
            }
            y -= 4;
        }

        void qr(String url, String caption) throws IOException {
            BitMatrix matrix = QrSymbol.of(url);
            float module = QR_SIZE / matrix.getWidth();
            // the quiet zone of 4 modules that readers need (ISO/IEC 18004) on every side, clear of any text
            float quiet = 4 * module;
            ensure(QR_SIZE + 2 * quiet + 24);
            float left = MARGIN;
            float top = y - 6 - quiet;
            stream.setNonStrokingColor(0f, 0f, 0f);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        stream.addRect(left + col * module, top - (row + 1) * module, module, module);
                    }
                }
            }
            stream.fill();
            float textLeft = left + QR_SIZE + quiet + 4;
            float textY = top - 12;
            for (String line : wrap(bold, 10, caption, WIDTH - QR_SIZE - quiet - 4)) {
                show(bold, 10, textLeft, textY, line);
                textY -= 13;
            }
            for (String line : wrap(regular, 9, url, WIDTH - QR_SIZE - quiet - 4)) {
                show(regular, 9, textLeft, textY, line);
                textY -= 12;
            }
            y = Math.min(textY, top - QR_SIZE - quiet) - 4;
        }

        void close() throws IOException {
            stream.close();
        }

        private void show(PDType0Font font, float size, float x, float at, String text) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, at);
            stream.showText(text);
            stream.endText();
        }

        private static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.replace("\r", "").split("\n")) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.isEmpty() ? word : line + " " + word;
                    if (font.getStringWidth(candidate) / 1000 * size <= width || line.isEmpty()) {
                        if (line.isEmpty() && font.getStringWidth(word) / 1000 * size > width) {
                            // A word longer than the line (a URL): break it by characters.
                            for (char c : word.toCharArray()) {
                                if (font.getStringWidth(line.toString() + c) / 1000 * size > width) {
                                    lines.add(line.toString());
                                    line.setLength(0);
                                }
                                line.append(c);
                            }
                        } else {
                            line.setLength(0);
                            line.append(candidate);
                        }
                    } else {
                        lines.add(line.toString());
                        line.setLength(0);
                        line.append(word);
                    }
                }
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
