package se.kompetenskedjan.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import se.kompetenskedjan.shared.InvalidFieldException;

/** The password policy's rules, one by one (plain JUnit: the policy needs only the active profiles). */
class PasswordPolicyTests {

    private final PasswordPolicy production = new PasswordPolicy(new MockEnvironment());
    private final PasswordPolicy demo = policy("demo");

    @Test
    void atLeastTwelveCharactersCountedAsUnicodeCodePoints() {
        assertThat(production.problem("elva tecken", "anna")).contains("user.password.length");
        assertThat(production.problem("tolv tecken!", "anna")).isEmpty();
        // Four emoji are eight UTF-16 units but four characters.
        assertThat(production.problem("🦊🦊🦊🦊 rävar", "anna")).contains("user.password.length");
        assertThat(production.problem("🦊🦊🦊🦊 rävarna", "anna")).isEmpty();
        assertThat(production.problem(null, "anna")).contains("user.password.length");
    }

    @Test
    void atMost256Characters() {
        String words = "en lång mening om ett litet hus vid en stor sjö ";
        String long256 = words.repeat(6).substring(0, 256);
        assertThat(production.problem(long256, "anna")).isEmpty();
        assertThat(production.problem(long256 + "x", "anna")).contains("user.password.tooLong");
        assertThat(production.problem("åäö-ÅÄÖ-".repeat(8), "anna")).as("64 characters").isEmpty();
    }

    @Test
    void notTheUsernameNorAnyPartOfItOfThreeOrMoreCharacters() {
        assertThat(production.problem("anna.karlsson", "anna.karlsson")).contains("user.password.username");
        assertThat(production.problem("Anna.Karlsson-2026", "anna.karlsson")).contains("user.password.username");
        assertThat(production.problem("huset vid KARLSSONS brygga", "anna.karlsson")).contains("user.password.username");
        assertThat(production.problem("min vän anna på ön", "anna.karlsson")).contains("user.password.username");
        assertThat(production.problem("jobbet på kommunen", "anna@kommunen.se")).contains("user.password.username");
        assertThat(production.problem("bo och li på en gård", "bo.li")).as("parts shorter than 3 are not checked").isEmpty();
        assertThat(production.problem("bo.li på en gård", "bo.li")).as("but the whole username is").contains("user.password.username");
        assertThat(production.problem("tre glada kor i hagen", "anna.karlsson")).isEmpty();
    }

    @Test
    void notACommonPassword() {
        assertThat(production.problem("1qaz2wsx3edc", "anna")).as("in the shipped list").contains("user.password.common");
        assertThat(production.problem("QWERTYUIOPASDFGH", "anna")).as("in the list, whatever the case").contains("user.password.common");
        assertThat(production.problem("Sommar2026!!!", "anna")).as("a Swedish favourite").contains("user.password.common");
        assertThat(production.problem("Kompetenskedjan1", "anna")).as("the service's name").contains("user.password.common");
        assertThat(production.problem("Lösenord123456", "anna")).contains("user.password.common");
        assertThat(production.problem("aaaaaaaaaaaaaaaa", "anna")).as("one character repeated").contains("user.password.common");
        assertThat(production.problem("abcabcabcabc", "anna")).contains("user.password.common");
        assertThat(production.problem("sommaren vid sjön 2026", "anna")).as("a real sentence").isEmpty();
    }

    @Test
    void noRulesAboutCharacterClasses() {
        assertThat(production.problem("korvgubbe i snöstorm", "anna")).as("lower case letters only").isEmpty();
        assertThat(production.problem("839274619302", "anna")).as("digits only").isEmpty();
        assertThat(production.problem("KORVGUBBEISNÖSTORM", "anna")).as("upper case only").isEmpty();
    }

    @Test
    void thePublishedDemoPasswordWorksInTheDemoOnly() {
        assertThat(demo.problem(PasswordPolicy.PUBLISHED_DEMO_PASSWORD, "koordinator")).isEmpty();
        assertThat(production.problem(PasswordPolicy.PUBLISHED_DEMO_PASSWORD, "koordinator")).contains("user.password.common");
        assertThat(production.problem("DEMO-LOSENORD-2026", "koordinator")).contains("user.password.common");
        MockEnvironment configured = new MockEnvironment().withProperty("kk.demo.password", "ett-annat-demolosen");
        assertThat(new PasswordPolicy(configured).problem("ett-annat-demolosen", "kim")).contains("user.password.common");
    }

    @Test
    void checkNamesTheField() {
        assertThatThrownBy(() -> production.check("newPassword", "kort", "anna"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.problems())
                        .containsExactly(new InvalidFieldException.FieldProblem("newPassword", "user.password.length")));
        production.check("newPassword", "tre glada kor i hagen", "anna");
    }

    private static PasswordPolicy policy(String profile) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profile);
        return new PasswordPolicy(environment);
    }
}
