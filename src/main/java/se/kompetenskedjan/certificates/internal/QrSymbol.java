package se.kompetenskedjan.certificates.internal;

import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code of a verification address, checked to be readable before it is printed. For about 1 in 50 addresses
 * the symbol ZXing encodes with its preferred mask is one its own reader (the engine of many phone scanners) cannot
 * read even as a perfect image: the data happens to mislead the detector. The symbol is then encoded with the next
 * mask pattern until one reads back.
 */
final class QrSymbol {

    private static final int MODULE_PIXELS = 4;
    private static final int QUIET_MODULES = 4;

    private QrSymbol() {
    }

    /** The modules of the symbol, without quiet zone (the caller keeps four modules clear around it). */
    static BitMatrix of(String text) {
        BitMatrix preferred = encode(text, null);
        if (readable(preferred, text)) {
            return preferred;
        }
        for (int mask = 0; mask < 8; mask++) {
            BitMatrix candidate = encode(text, mask);
            if (readable(candidate, text)) {
                return candidate;
            }
        }
        return preferred;
    }

    /** The symbol with the given mask pattern (0–7), or with the one ZXing prefers when null. */
    static BitMatrix encode(String text, Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalStateException("the address cannot be encoded as a QR code", e);
        }
    }

    /** Whether ZXing's reader, with its detector (not told where the code is), reads the symbol drawn as an image. */
    static boolean readable(BitMatrix symbol, String text) {
        int modules = symbol.getWidth() + 2 * QUIET_MODULES;
        int size = modules * MODULE_PIXELS;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int col = x / MODULE_PIXELS - QUIET_MODULES;
                int row = y / MODULE_PIXELS - QUIET_MODULES;
                boolean dark = col >= 0 && row >= 0 && col < symbol.getWidth() && row < symbol.getHeight()
                        && symbol.get(col, row);
                pixels[y * size + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        try {
            return text.equals(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(size, size, pixels)))).getText());
        } catch (ReaderException e) {
            return false;
        }
    }
}
