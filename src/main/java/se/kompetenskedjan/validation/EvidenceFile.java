package se.kompetenskedjan.validation;

/** A photo or document of an assessment's evidence, to download. */
public record EvidenceFile(String fileName, String contentType, byte[] content) {
}
