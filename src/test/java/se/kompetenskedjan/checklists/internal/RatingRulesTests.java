package se.kompetenskedjan.checklists.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import se.kompetenskedjan.checklists.RatingCommand;
import se.kompetenskedjan.shared.InvalidFieldException.FieldProblem;

class RatingRulesTests {

    private final UUID skill = UUID.randomUUID();
    private final UUID yesNo = UUID.randomUUID();
    private final UUID removed = UUID.randomUUID();
    private final Map<UUID, RatingRules.Item> items = Map.of(
            skill, new RatingRules.Item(skill, false, false),
            yesNo, new RatingRules.Item(yesNo, true, false),
            removed, new RatingRules.Item(removed, false, true));

    @Test
    void theScaleIsZeroToThreeAndYesNoIsZeroOrThree() {
        for (int level = 0; level <= 3; level++) {
            assertThat(RatingRules.validLevel(false, level)).as("level %s", level).isTrue();
        }
        assertThat(RatingRules.validLevel(false, -1)).isFalse();
        assertThat(RatingRules.validLevel(false, 4)).isFalse();
        assertThat(RatingRules.validLevel(true, 0)).isTrue();
        assertThat(RatingRules.validLevel(true, 3)).isTrue();
        assertThat(RatingRules.validLevel(true, 1)).isFalse();
        assertThat(RatingRules.validLevel(true, 2)).isFalse();
    }

    @Test
    void validRatingsHaveNoProblems() {
        assertThat(RatingRules.check(List.of(new RatingCommand(skill, 2, null), new RatingCommand(yesNo, 3, "ja")),
                items)).isEmpty();
        assertThat(RatingRules.check(List.of(), items)).isEmpty();
    }

    @Test
    void eachProblemIsFiledUnderItsRating() {
        List<FieldProblem> problems = RatingRules.check(List.of(
                new RatingCommand(skill, 4, null),
                new RatingCommand(yesNo, 2, null),
                new RatingCommand(UUID.randomUUID(), 1, null),
                new RatingCommand(removed, 1, null),
                new RatingCommand(skill, 1, null)), items);
        assertThat(problems).containsExactly(
                new FieldProblem("ratings[0].level", "validation.assessment.rating.level.range"),
                new FieldProblem("ratings[1].level", "validation.assessment.rating.level.yesNo"),
                new FieldProblem("ratings[2].itemId", "validation.assessment.rating.item.notOnChecklist"),
                new FieldProblem("ratings[3].itemId", "validation.assessment.rating.item.notOnChecklist"),
                new FieldProblem("ratings[4].itemId", "validation.assessment.rating.item.duplicate"));
    }

    @Test
    void evidenceFilesMustBeWhatTheySayAndGetSafeNames() {
        assertThat(EvidenceFiles.matches("application/pdf", "%PDF-1.7".getBytes())).isTrue();
        assertThat(EvidenceFiles.matches("image/png", "%PDF-1.7".getBytes())).isFalse();
        assertThat(EvidenceFiles.matches("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isTrue();
        assertThat(EvidenceFiles.safeName("C:\\bilder\\../städ<1>.jpg", "image/jpeg")).isEqualTo("städ_1_.jpg");
        assertThat(EvidenceFiles.safeName("", "application/pdf")).isEqualTo("bevis.pdf");
    }

    @Test
    void theTypeIsWhatTheBytesAreAndTheNameEndsWithItsExtension() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};
        assertThat(EvidenceFiles.detect("%PDF-1.4\n<html><script>alert(1)</script>".getBytes())).isEqualTo("application/pdf");
        assertThat(EvidenceFiles.detect(png)).isEqualTo("image/png");
        assertThat(EvidenceFiles.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEqualTo("image/jpeg");
        assertThat(EvidenceFiles.detect("<html>%PDF-".getBytes())).isNull();
        assertThat(EvidenceFiles.detect(new byte[0])).isNull();

        assertThat(EvidenceFiles.safeName("x.html", "application/pdf")).isEqualTo("x.pdf");
        assertThat(EvidenceFiles.safeName("Foto.JPG", "image/png")).isEqualTo("Foto.png");
        assertThat(EvidenceFiles.safeName("Foto.JPG", "image/jpeg")).isEqualTo("Foto.JPG");
        assertThat(EvidenceFiles.safeName("skanning", "image/jpeg")).isEqualTo("skanning.jpg");
        assertThat(EvidenceFiles.safeName("Protokoll 2026.03.01", "application/pdf")).isEqualTo("Protokoll 2026.03.01.pdf");
        assertThat(EvidenceFiles.safeName(".htaccess", "application/pdf")).isEqualTo("htaccess.pdf");
        assertThat(EvidenceFiles.safeName("a.pdf. ", "application/pdf")).isEqualTo("a.pdf");
        assertThat(EvidenceFiles.safeName("gpj\u202Eexe.pdf", "application/pdf")).as("no bidi override").isEqualTo("gpj_exe.pdf");
        assertThat(EvidenceFiles.safeName("ö".repeat(300) + ".html", "application/pdf")).hasSize(200).endsWith("ööö.pdf");
    }

    @Test
    void descriptorsFollowTheItemsTask() {
        String[] d = ChecklistCatalogue.descriptors("städa enligt checklistan", false);
        assertThat(d[0]).isEqualTo("Har ännu inte provat att städa enligt checklistan.");
        assertThat(d[3]).isEqualTo("Kan städa enligt checklistan självständigt och enligt rutinen.");
        assertThat(ChecklistCatalogue.descriptors("x", true)[1]).isNull();
        assertThat(ChecklistCatalogue.ALL).hasSize(7).allSatisfy(t -> assertThat(t.items().size()).isBetween(6, 12));
    }
}
