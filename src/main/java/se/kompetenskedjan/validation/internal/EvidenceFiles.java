package se.kompetenskedjan.validation.internal;

import java.util.Arrays;

/** Checks that an uploaded file's bytes are what its content type says, and gives it a safe name. */
final class EvidenceFiles {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private EvidenceFiles() {
    }

    static boolean matches(String contentType, byte[] content) {
        return switch (contentType) {
            case "image/jpeg" -> startsWith(content, JPEG);
            case "image/png" -> startsWith(content, PNG);
            case "application/pdf" -> startsWith(content, PDF);
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }

    /** The file's own name without any path or odd characters, at most 200 characters; a default when none. */
    static String safeName(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
        if (name.isEmpty()) {
            name = "bevis" + (contentType.equals("application/pdf") ? ".pdf" : contentType.equals("image/png") ? ".png" : ".jpg");
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
