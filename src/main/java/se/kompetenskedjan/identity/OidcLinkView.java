package se.kompetenskedjan.identity;

import java.util.UUID;

public record OidcLinkView(UUID userId, String username, String subject) {
}
