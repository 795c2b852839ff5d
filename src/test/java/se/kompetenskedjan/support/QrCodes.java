package se.kompetenskedjan.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads the QR code on a page with ZXing, as a phone's scanner does: a scanner gets frame after frame at different
 * distances, a test gets a few resolutions, two binarizers and both of ZXing's QR readers. On a rendered page a
 * single try misses some codes, depending on how the modules fall on the pixel grid.
 */
public final class QrCodes {

    private QrCodes() {
    }

    /** The QR code on one page of a PDF, rendered at 150, 200 and 300 dpi until it reads. */
    public static Optional<String> read(byte[] pdf, int pageIndex) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int dpi : new int[] {150, 200, 300}) {
                Optional<String> text = read(new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi));
                if (text.isPresent()) {
                    return text;
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable PDF", e);
        }
    }

    public static Optional<String> read(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        List<Function<LuminanceSource, Binarizer>> binarizers = List.of(HybridBinarizer::new,
                GlobalHistogramBinarizer::new);
        for (Function<LuminanceSource, Binarizer> binarizer : binarizers) {
            BinaryBitmap bitmap = new BinaryBitmap(binarizer.apply(source));
            try {
                return Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText());
            } catch (ReaderException e) {
                // next try
            }
            try {
                return Optional.of(new QRCodeMultiReader().decodeMultiple(bitmap)[0].getText());
            } catch (ReaderException e) {
                // next try
            }
        }
        return Optional.empty();
    }
}
