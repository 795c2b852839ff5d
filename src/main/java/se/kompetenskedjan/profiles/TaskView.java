package se.kompetenskedjan.profiles;

import java.util.List;
import java.util.UUID;

/** One task of the job (arbetsuppgift) in one profile version, and the items (by itemKey) it needs. */
public record TaskView(UUID id, String text, String easyText, List<UUID> itemKeys, int position) {
}
