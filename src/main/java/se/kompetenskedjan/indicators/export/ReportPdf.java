package se.kompetenskedjan.indicators.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.COSObjectable;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import se.kompetenskedjan.indicators.ProtectedReport;
import se.kompetenskedjan.indicators.ProtectedTable;
import se.kompetenskedjan.shared.IndicatorDefinition;

/**
 * The report as a tagged A4 PDF in Swedish: title, heading lines, then each table (header cells as TH, figures as
 * TD) with its definitions. Every piece of text is marked content under a structure element (H1, H2, P, Table, TR,
 * TH, TD), the language is Swedish and the viewer shows the title, so a screen reader reads it in order. Text is set
 * in the DejaVu Sans the certificates embed, so å, ä and ö print as written.
 */
final class ReportPdf {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private ReportPdf() {
    }

    static byte[] render(ProtectedReport report) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(report.title());
            document.getDocumentInformation().setCreator("Kompetenskedjan");
            Tagged tagged = new Tagged(document);
            tagged.text(report.title(), 18, true, StandardStructureTypes.H1, tagged.root);
            for (String[] line : ReportTexts.heading(report)) {
                tagged.text(line[0] + ": " + line[1], 10, false, StandardStructureTypes.P, tagged.root);
            }
            for (ProtectedTable table : report.tables()) {
                tagged.gap(12);
                tagged.text(table.title(), 13, true, StandardStructureTypes.H2, tagged.root);
                tagged.table(ReportFiles.rows(table, report.threshold()));
                for (IndicatorDefinition d : table.definitions()) {
                    tagged.text(d.name() + " (" + ReportTexts.kind(d) + "): " + d.definition(), 9, false,
                            StandardStructureTypes.P, tagged.root);
                }
            }
            tagged.finish();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes top-down, page after page, tagging every piece of text. */
    private static final class Tagged {

        private final PDDocument document;
        private final PDFont regular;
        private final PDFont bold;
        private final PDStructureTreeRoot tree = new PDStructureTreeRoot();
        final PDStructureElement root;
        private final Map<Integer, COSObjectable> parents = new HashMap<>();
        private PDPage page;
        private COSArray pageParents;
        private PDPageContentStream stream;
        private float y;

        Tagged(PDDocument document) throws IOException {
            this.document = document;
            this.regular = font(document, "fonts/DejaVuSans.ttf");
            this.bold = font(document, "fonts/DejaVuSans-Bold.ttf");
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            catalog.setStructureTreeRoot(tree);
            PDMarkInfo mark = new PDMarkInfo();
            mark.setMarked(true);
            catalog.setMarkInfo(mark);
            catalog.setLanguage("sv-SE");
            PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
            preferences.setDisplayDocTitle(true);
            catalog.setViewerPreferences(preferences);
            root = new PDStructureElement(StandardStructureTypes.DOCUMENT, tree);
            tree.appendKid(root);
            newPage();
        }

        private static PDFont font(PDDocument document, String path) throws IOException {
            try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(path)) {
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
            page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            int index = document.getNumberOfPages() - 1;
            page.getCOSObject().setInt(COSName.STRUCT_PARENTS, index);
            pageParents = new COSArray();
            parents.put(index, new PDParentTreeValue(pageParents));
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void gap(float points) {
            y -= points;
        }

        void text(String text, float size, boolean strong, String type, PDStructureElement parent)
                throws IOException {
            PDFont font = strong ? bold : regular;
            List<String> lines = wrap(font, size, encodable(font, text), WIDTH);
            for (String line : lines) {
                if (y - size * 1.4f < MARGIN) {
                    newPage();
                }
                y -= size * 1.4f;
                PDStructureElement element = element(type, parent);
                show(element, line, font, size, MARGIN, y);
            }
        }

        /** A table: its first row and first column are headers; a row that does not fit starts a new page. */
        void table(List<List<String>> rows) throws IOException {
            int columns = rows.get(0).size();
            float first = Math.min(WIDTH * 0.35f, WIDTH / columns * 2);
            float other = (WIDTH - first) / (columns - 1);
            float size = columns > 8 ? 7 : 9;
            PDStructureElement table = element(StandardStructureTypes.TABLE, root);
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                List<List<String>> cells = new ArrayList<>();
                int height = 1;
                for (int c = 0; c < columns; c++) {
                    PDFont font = r == 0 || c == 0 ? bold : regular;
                    List<String> lines = wrap(font, size, encodable(font, row.get(c)), (c == 0 ? first : other) - 4);
                    cells.add(lines);
                    height = Math.max(height, lines.size());
                }
                float rowHeight = height * size * 1.3f + 4;
                if (y - rowHeight < MARGIN) {
                    newPage();
                }
                PDStructureElement tr = element(StandardStructureTypes.TR, table);
                float x = MARGIN;
                for (int c = 0; c < columns; c++) {
                    boolean header = r == 0 || c == 0;
                    PDStructureElement cell = element(header ? StandardStructureTypes.TH : StandardStructureTypes.TD,
                            tr);
                    float lineY = y - size * 1.3f;
                    for (String line : cells.get(c)) {
                        show(cell, line, header ? bold : regular, size, x + 2, lineY);
                        lineY -= size * 1.3f;
                    }
                    x += c == 0 ? first : other;
                }
                y -= rowHeight;
                stream.setLineWidth(0.3f);
                stream.moveTo(MARGIN, y + 1);
                stream.lineTo(MARGIN + WIDTH, y + 1);
                stream.stroke();
            }
            y -= 4;
        }

        private PDStructureElement element(String type, PDStructureElement parent) {
            PDStructureElement element = new PDStructureElement(type, parent);
            element.setPage(page);
            parent.appendKid(element);
            return element;
        }

        private void show(PDStructureElement element, String line, PDFont font, float size, float x, float at)
                throws IOException {
            int mcid = pageParents.size();
            COSDictionary properties = new COSDictionary();
            properties.setInt(COSName.MCID, mcid);
            stream.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, at);
            stream.showText(line);
            stream.endText();
            stream.endMarkedContent();
            element.setPage(page);
            element.appendKid(new PDMarkedContent(COSName.getPDFName(element.getStructureType()), properties));
            pageParents.add(element);
        }

        void finish() throws IOException {
            stream.close();
            PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
            parentTree.setNumbers(parents);
            tree.setParentTree(parentTree);
            tree.setParentTreeNextKey(document.getNumberOfPages());
        }

        private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
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
                if (Character.isWhitespace(cp)) {
                    result.append(' ');
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
