package se.kompetenskedjan.checklists;

/** A photo or document of an assessment's evidence, to download. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {
}
