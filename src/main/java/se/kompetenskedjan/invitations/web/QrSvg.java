package se.kompetenskedjan.invitations.web;

import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code of an invitation link as inline SVG (no script, no external image: the pages' content security policy
 * holds). As for certificates, the symbol is read back with ZXing's reader, and another mask pattern is tried when
 * the preferred one does not read.
 */
final class QrSvg {

    private static final int QUIET = 4;

    private QrSvg() {
    }

    static String of(String text, String label) {
        BitMatrix symbol = symbol(text);
        int size = symbol.getWidth() + 2 * QUIET;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < symbol.getHeight(); y++) {
            for (int x = 0; x < symbol.getWidth(); x++) {
                if (symbol.get(x, y)) {
                    path.append('M').append(x + QUIET).append(' ').append(y + QUIET).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kk-qr\" role=\"img\" width=\"240\" height=\"240\" "
                + "viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\" aria-label=\""
                + escape(label) + "\"><rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    static BitMatrix symbol(String text) {
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

    private static BitMatrix encode(String text, Integer mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalStateException("the link cannot be encoded as a QR code", e);
        }
    }

    static boolean readable(BitMatrix symbol, String text) {
        int pixelsPerModule = 4;
        int size = (symbol.getWidth() + 2 * QUIET) * pixelsPerModule;
        int[] pixels = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int col = x / pixelsPerModule - QUIET;
                int row = y / pixelsPerModule - QUIET;
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

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
