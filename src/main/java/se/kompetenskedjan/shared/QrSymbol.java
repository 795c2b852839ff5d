package se.kompetenskedjan.shared;

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
 * A QR code (a certificate's verification address, an invitation link), checked to be readable before it is shown. For about 1 in 50 addresses
 * the symbol ZXing encodes with its preferred mask is one its own reader (the engine of many phone scanners) cannot
 * read even as a perfect image: the data happens to mislead the detector. The symbol is then encoded with the next
 * mask pattern until one reads back.
 */
public final class QrSymbol {

    private static final int MODULE_PIXELS = 4;
    private static final int QUIET_MODULES = 4;

    private QrSymbol() {
    }

    /** The modules of the symbol, without quiet zone (the caller keeps four modules clear around it). */
    public static BitMatrix of(String text) {
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
    public static BitMatrix encode(String text, Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalStateException("the text cannot be encoded as a QR code", e);
        }
    }

    /** Whether ZXing's reader, with its detector (not told where the code is), reads the symbol drawn as an image. */
    public static boolean readable(BitMatrix symbol, String text) {
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

    /** The symbol as inline SVG (no script, no external image: the pages' content security policy holds). */
    public static String svg(String text, String label) {
        BitMatrix symbol = of(text);
        int size = symbol.getWidth() + 2 * QUIET_MODULES;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < symbol.getHeight(); y++) {
            for (int x = 0; x < symbol.getWidth(); x++) {
                if (symbol.get(x, y)) {
                    path.append('M').append(x + QUIET_MODULES).append(' ').append(y + QUIET_MODULES).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kk-qr\" role=\"img\" width=\"240\" height=\"240\" "
                + "viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\" aria-label=\""
                + escape(label) + "\"><rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
