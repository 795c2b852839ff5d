package se.kompetenskedjan.certificates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The master key rule: production refuses to start without a proper key; the demo profile falls back to its own. */
class SigningKeysTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-29T00:30:00Z"), ZoneOffset.UTC);

    @Test
    void withoutAMasterKeyOnlyTheDemoProfileStarts() {
        assertThatThrownBy(() -> new SigningKeys(null, new MockEnvironment(), "", CLOCK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("KK_SIGNING_MASTER_KEY");
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        assertThat(new SigningKeys(null, demo, "", CLOCK)).isNotNull();
    }

    @Test
    void aMasterKeyMustBe32BytesOfBase64() {
        assertThatThrownBy(() -> new SigningKeys(null, new MockEnvironment(), "inte base64!", CLOCK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not base64");
        assertThatThrownBy(() -> new SigningKeys(null, new MockEnvironment(), "c2hvcnQ=", CLOCK))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThat(new SigningKeys(null, new MockEnvironment(), "dGVzdC1vbmx5LXNpZ25pbmctbWFzdGVyLWtleS0zMmI=", CLOCK))
                .isNotNull();
    }
}
