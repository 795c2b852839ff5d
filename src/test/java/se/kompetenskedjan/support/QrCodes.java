package se.kompetenskedjan.support;

import java.awt.image.BufferedImage;
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

/**
 * Reads the QR code on a rendered page with ZXing, as a phone's scanner does: tried in several ways. ZXing's single
 * reader misses about 1 % of valid codes even as clean images (it settles on the first three finder-like patterns it
 * sees), and its multi-code reader misses others next to text; a scanner gets many frames, a test gets these tries.
 */
public final class QrCodes {

    private QrCodes() {
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
