package se.kompetenskedjan.checklists.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an uploaded file is, judged from its bytes alone (the content type and name the browser sends are the
 * uploader's claim), and the safe name it is stored and downloaded under: no path, no odd characters, and an
 * extension that matches the type found, so that "x.html" holding a PDF is kept as "x.pdf".
 */
final class EvidenceFiles {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    /** The extensions a name may keep per type; the first is added when the name has none of them. */
    static final Map<String, List<String>> EXTENSIONS = Map.of(
            "application/pdf", List.of("pdf"),
            "image/png", List.of("png"),
            "image/jpeg", List.of("jpg", "jpeg", "jpe"));

    private static final int MAX_NAME = 200;

    private EvidenceFiles() {
    }

    /** The content type the bytes are (application/pdf, image/png, image/jpeg), or null for anything else. */
    static String detect(byte[] content) {
        if (startsWith(content, PDF)) {
            return "application/pdf";
        }
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        return startsWith(content, JPEG) ? "image/jpeg" : null;
    }

    static boolean matches(String contentType, byte[] content) {
        return contentType != null && contentType.equals(detect(content));
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }

    /**
     * The file's own name without any path or odd characters, with an extension for the content type (a wrong one
     * replaced), at most 200 characters; "bevis" when nothing is left. The caller has refused control characters.
     */
    static String safeName(String fileName, String contentType) {
        List<String> extensions = EXTENSIONS.getOrDefault(contentType, List.of("bin"));
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = trim(name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()-]", "_"));
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (dot >= 0 && extensions.contains(extension.toLowerCase(Locale.ROOT))) {
            name = name.substring(0, dot);
        } else {
            if (extension.matches("(?=.*\\p{L})[\\p{L}\\p{N}]{1,5}")) {
                // a wrong extension such as "html": replaced rather than kept in front of the right one
                name = name.substring(0, dot);
            }
            extension = extensions.get(0);
        }
        name = trim(name);
        if (name.isEmpty()) {
            name = "bevis";
        }
        int room = MAX_NAME - extension.length() - 1;
        if (name.length() > room) {
            name = name.substring(0, room).strip();
        }
        return name + "." + extension;
    }

    /** Without dots and spaces at either end (".htaccess", "namn. "). */
    private static String trim(String name) {
        return name.replaceAll("^[. ]+|[. ]+$", "");
    }
}
