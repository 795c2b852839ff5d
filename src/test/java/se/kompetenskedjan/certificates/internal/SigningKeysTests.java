package se.kompetenskedjan.certificates.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The master key rule: production refuses to start without a proper key; the demo profile falls back to its own. */
class SigningKeysTests {

    @Test
    void withoutAMasterKeyOnlyTheDemoProfileStarts() {
        assertThatThrownBy(() -> new SigningKeys(null, new MockEnvironment(), ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("KK_SIGNING_MASTER_KEY");
        MockEnvironment demo = new MockEnvironment();
        demo.setActiveProfiles("demo");
        assertThat(new SigningKeys(null, demo, "")).isNotNull();
    }

    @Test
    void aMasterKeyMustBe32BytesOfBase64() {
        assertThatThrownBy(() -> new SigningKeys(null, new MockEnvironment(), "inte base64!"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not base64");
        assertThatThrownBy(() -> new SigningKeys(null, new MockEnvironment(), "c2hvcnQ="))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThat(new SigningKeys(null, new MockEnvironment(), "dGVzdC1vbmx5LXNpZ25pbmctbWFzdGVyLWtleS0zMmI="))
                .isNotNull();
    }
}
