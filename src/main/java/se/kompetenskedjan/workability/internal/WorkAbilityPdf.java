package se.kompetenskedjan.workability.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.kompetenskedjan.workability.WorkAbilityAssessmentView;
import se.kompetenskedjan.workability.WorkAbilityReport;

/**
 * The dated work-ability report as a PDF (A4, in Swedish), with the same content as the printable page. Text is set
 * in the embedded DejaVu Sans shipped for the certificates, so names in any script the font covers print as written.
 */
@Component
class WorkAbilityPdf {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final MessageSource messages;

    WorkAbilityPdf(MessageSource messages) {
        this.messages = messages;
    }

    byte[] render(WorkAbilityReport report) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer writer = new Writer(document);
            WorkAbilityAssessmentView a = report.assessment();
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text("workability.report.title"));
            info.setCreator("Kompetenskedjan");
            writer.line(text("workability.report.title"), 18, true);
            writer.gap(6);
            writer.line(text("workability.report.date") + ": " + report.reportDate(), 11, false);
            writer.line(text("workability.report.participant") + ": " + report.participantName()
                    + (report.personnummer() == null ? "" : " (" + report.personnummer() + ")"), 11, false);
            writer.line(text("workability.report.requester") + ": " + text("workability.requester." + a.requester().name())
                    + (a.requesterReference() == null ? "" : ", " + text("workability.report.reference") + " "
                            + a.requesterReference()), 11, false);
            writer.line(text("workability.report.period") + ": " + a.periodFrom() + " – " + a.periodTo(), 11, false);
            writer.line(text("workability.report.form") + ": " + a.formName() + " (" + text("workability.report.version")
                    + " " + a.formVersion() + ")", 11, false);
            writer.line(text("workability.report.assessor") + ": " + a.assessorName() + ", " + a.organisationName(), 11,
                    false);
            writer.gap(10);
            for (WorkAbilityAssessmentView.Item item : a.items()) {
                writer.line(item.position() + ". " + item.text() + " (" + text("workability.area." + item.area().name())
                        + ")", 12, true);
                String score = item.score() == null ? text("workability.report.notAnswered")
                        : item.score() + " " + text("workability.report.of") + " " + item.scaleMax() + " (1 = "
                                + item.lowLabel() + ", " + item.scaleMax() + " = " + item.highLabel() + ")";
                writer.line(text("workability.report.score") + ": " + score, 11, false);
                if (item.note() != null) {
                    writer.line(item.note(), 11, false);
                }
                writer.gap(6);
            }
            if (a.summary() != null) {
                writer.line(text("workability.report.summary"), 12, true);
                writer.line(a.summary(), 11, false);
                writer.gap(6);
            }
            writer.line(text("workability.report.signed") + " " + DateTimeFormatter.ISO_LOCAL_DATE
                    .format(report.reportDate()) + " " + text("workability.report.by") + " " + a.assessorName(), 11, false);
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, SWEDISH);
    }

    /** Writes wrapped lines top-down, starting a new page when one is full. */
    private static final class Writer {

        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            this.regular = font(document, "fonts/DejaVuSans.ttf");
            this.bold = font(document, "fonts/DejaVuSans-Bold.ttf");
            newPage();
        }

        private static PDFont font(PDDocument document, String path) throws IOException {
            try (InputStream in = WorkAbilityPdf.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new IOException("font missing from the classpath: " + path);
                }
                return PDType0Font.load(document, in);
            }
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

        void gap(float points) {
            y -= points;
        }

        void line(String text, float size, boolean strong) throws IOException {
            PDFont font = strong ? bold : regular;
            for (String paragraph : encodable(font, text).split("\\R")) {
                for (String line : wrap(font, size, paragraph)) {
                    if (y - size * 1.4f < MARGIN) {
                        newPage();
                    }
                    y -= size * 1.4f;
                    stream.beginText();
                    stream.setFont(font, size);
                    stream.newLineAtOffset(MARGIN, y);
                    stream.showText(line);
                    stream.endText();
                }
            }
        }

        void close() throws IOException {
            stream.close();
        }

        private static List<String> wrap(PDFont font, float size, String text) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > WIDTH) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        /** A character the font has no glyph for becomes a question mark rather than an error. */
        private static String encodable(PDFont font, String text) {
            StringBuilder result = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                if (ch.equals("\n") || ch.equals("\r")) {
                    result.append(ch);
                    return;
                }
                try {
                    font.encode(ch);
                    result.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    result.append('?');
                }
            });
            return result.toString();
        }
    }
}
