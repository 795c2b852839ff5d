package se.kompetenskedjan.progression;

/** An exported progression matrix, ready to send: file name, media type and bytes. */
public record ProgressionExport(String fileName, String contentType, byte[] content, int rows) {

    public enum Format {
        XLSX, CSV
    }
}
